import type { ReactNode } from 'react';
import { layout } from './layout';
import { UnreadableNotice } from './unreadable-notice';
import { WAITING_FOR_DATA } from './screen-loading';

type Phase = 'idle' | 'loading' | 'ready' | 'unreadable';

/**
 * Shows a screen once its records are read: until then a quiet line in the
 * screen's own place; if they can't be read, says so (never an empty list).
 */
export function LoadGate({
  phase,
  what,
  onRetry,
  children,
}: {
  phase: Phase;
  /** "your goals", "your journal". */
  what: string;
  onRetry: () => void;
  children: () => ReactNode;
}) {
  if (phase === 'ready') return children();
  if (phase === 'unreadable') return <UnreadableNotice what={what} onRetry={onRetry} />;
  return (
    <p className={layout.muted} role="status" {...WAITING_FOR_DATA}>
      Opening {what}…
    </p>
  );
}
