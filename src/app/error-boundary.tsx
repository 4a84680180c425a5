import { Component, type ReactNode } from 'react';
import { ErrorScreen } from './error-screen';

/** Catches a screen that throws, so a person sees a kind message, never a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  // Moving to another screen clears the error. (Not a key: remounting would also
  // remount the Suspense boundary inside and bring back React's reveal delay.)
  override componentDidUpdate(previous: { resetKey: string }) {
    if (previous.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  override render() {
    return this.state.error ? <ErrorScreen error={this.state.error} /> : this.props.children;
  }
}
