// A screen whose code can't be fetched (the network gone, no offline copy) must
// say so, not leave the tap hanging while the page asks for the file again and
// again (issue 26: "Open my safety plan" offline looked like nothing happened).
import { act, render, screen } from '@testing-library/react';
import { startTransition, Suspense } from 'react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/app/error-boundary';
import { ErrorScreen } from '../../src/app/error-screen';
import { lazyScreen } from '../../src/ui/lazy-screen';

const unreachable = () => new TypeError('Failed to fetch dynamically imported module: /assets/plan-screen.js');

describe('a screen whose code cannot be fetched', () => {
  it('shows what went wrong after one try, rather than trying again for ever', async () => {
    const load = vi.fn(() => Promise.reject(unreachable()));
    // React reports the error its boundary caught; that report alone is expected here.
    const reported = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const Unreachable = lazyScreen(load);
    const shown = (children: React.ReactNode) => (
      <MemoryRouter>
        <ErrorBoundary resetKey="/plan">
          <Suspense fallback={<p>Loading…</p>}>{children}</Suspense>
        </ErrorBoundary>
      </MemoryRouter>
    );
    const view = render(shown(<p>The help page</p>));
    // As a tap on a link does: the new screen renders in a transition.
    await act(async () => startTransition(() => view.rerender(shown(<Unreachable />))));
    expect(await screen.findByRole('heading', { level: 1, name: 'Something went wrong on this screen' })).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
    for (const call of reported.mock.calls) expect(call.map(String).join(' ')).toMatch(/Failed to fetch dynamically imported module/);
  });

  it('is fetched again when asked afresh (a later visit), and then opens', async () => {
    const load = vi
      .fn<() => Promise<React.ComponentType>>()
      .mockRejectedValueOnce(unreachable())
      .mockResolvedValue(() => <h1>My safety plan</h1>);
    const Later = lazyScreen(load);
    await expect(Later.preload()).rejects.toThrow(/Failed to fetch/);
    await Later.preload();
    render(<Later />);
    expect(screen.getByRole('heading', { level: 1, name: 'My safety plan' })).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('says, with the network gone, that the device is offline and nothing was lost (not that Mend was updated)', () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    render(
      <MemoryRouter>
        <ErrorScreen error={unreachable()} />
      </MemoryRouter>,
    );
    const lead = screen.getByText(/offline/);
    expect(lead).toHaveTextContent('This screen couldn’t open because this device seems to be offline.');
    expect(lead).toHaveTextContent('Everything you wrote is still saved here.');
    expect(screen.queryByText(/Mend was updated/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Reload this screen' })).toBeInTheDocument();
  });
});
