import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { preloadAllScreens } from '../../src/app/routes';
import { SCREEN_PATHS } from '../../src/app/screen-paths';
import type { ReactNode } from 'react';

/** Renders `shown` under a Suspense boundary; says how often its fallback was drawn. */
async function fallbacksDrawn(shown: ReactNode): Promise<number> {
  const { Suspense } = await import('react');
  const { render } = await import('@testing-library/react');
  let drawn = 0;
  function Fallback() {
    drawn += 1;
    return <p>Loading…</p>;
  }
  render(<Suspense fallback={<Fallback />}>{shown}</Suspense>);
  return drawn;
}

describe('loading the other screens after the first tap', () => {
  it('loads them one at a time, each only once the app gives it a turn', async () => {
    const turns: (() => void)[] = [];
    const done = preloadAllScreens(() => new Promise<void>((resolve) => turns.push(resolve)));
    await waitFor(() => expect(turns).toHaveLength(1));
    // Nothing more is asked for while the first turn has not come.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(turns).toHaveLength(1);
    for (let given = 0; given < SCREEN_PATHS.length; given++) {
      turns[given]!();
      if (given + 1 < SCREEN_PATHS.length) await waitFor(() => expect(turns).toHaveLength(given + 2));
    }
    await done;
    expect(turns).toHaveLength(SCREEN_PATHS.length);
  });
});

describe('the first screen, loaded before its first render', () => {
  it('shows content that arrived ahead of the render at once, with no suspended render to throw away', async () => {
    const { use } = await import('react');
    const { screen } = await import('@testing-library/react');
    const { createSuspenseCache } = await import('../../src/lib/suspense-cache');
    const words = createSuspenseCache(async (key: string) => `Words for ${key}`);
    function Words() {
      return <p>{use(words.get('reframing'))}</p>;
    }
    await words.get('reframing');
    expect(await fallbacksDrawn(<Words />)).toBe(0);
    expect(screen.getByText('Words for reframing')).toBeInTheDocument();
  });

  it("a practice step's address loads the practice's content along with the screen's code", async () => {
    const { preloadScreenFor } = await import('../../src/app/routes');
    const { preloadPracticeModule } = await import('../../src/features/practice/use-practice-module');
    await preloadScreenFor('/practices/reframing/steps/2');
    const content = preloadPracticeModule('reframing') as Promise<unknown> & { status?: string };
    expect(content.status).toBe('fulfilled');
  });
});

describe('a screen whose code is still on its way', () => {
  it('shows once its code arrives, without React warning of a use() it suspended on and then skipped', async () => {
    const { Suspense, startTransition } = await import('react');
    const { createRoot } = await import('react-dom/client');
    const { lazyScreen } = await import('../../src/ui/lazy-screen');
    let arrive: () => void = () => {};
    const Later = lazyScreen(
      () => new Promise((resolve) => (arrive = () => resolve(() => <p>The screen arrived</p>))),
    );
    const box = document.createElement('div');
    const root = createRoot(box);
    const shown = (screen: React.ReactNode) => (
      <Suspense fallback={<p>Loading…</p>}>{screen}</Suspense>
    );
    root.render(shown(<p>The screen before</p>));
    await waitFor(() => expect(box.textContent).toBe('The screen before'));
    // As a tap on a link does: the new screen renders in a transition, and the
    // screen before stays until it is ready.
    startTransition(() => root.render(shown(<Later />)));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(box.textContent).toBe('The screen before');
    arrive();
    // Any console.error, React's warning included, fails the test (tests/setup.ts).
    await waitFor(() => expect(box.textContent).toBe('The screen arrived'));
    root.unmount();
  });

  it('shows at once when its code arrived before the render, with no fallback drawn', async () => {
    const { screen } = await import('@testing-library/react');
    const { lazyScreen } = await import('../../src/ui/lazy-screen');
    const Ready = lazyScreen(async () => () => <p>Already here</p>);
    await Ready.preload();
    expect(await fallbacksDrawn(<Ready />)).toBe(0);
    expect(screen.getByText('Already here')).toBeInTheDocument();
  });
});
