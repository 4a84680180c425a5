import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { preloadAllScreens } from '../../src/app/routes';
import { SCREEN_PATHS } from '../../src/app/screen-paths';

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
    const { Suspense, use } = await import('react');
    const { render, screen } = await import('@testing-library/react');
    const { createSuspenseCache } = await import('../../src/lib/suspense-cache');
    const words = createSuspenseCache(async (key: string) => `Words for ${key}`);
    let suspended = 0;
    function Fallback() {
      suspended += 1;
      return <p>Loading…</p>;
    }
    function Words() {
      return <p>{use(words.get('reframing'))}</p>;
    }
    await words.get('reframing');
    render(
      <Suspense fallback={<Fallback />}>
        <Words />
      </Suspense>,
    );
    expect(screen.getByText('Words for reframing')).toBeInTheDocument();
    expect(suspended).toBe(0);
  });

  it("a practice step's address loads the practice's content along with the screen's code", async () => {
    const { preloadScreenFor } = await import('../../src/app/routes');
    const { preloadPracticeModule } = await import('../../src/features/practice/use-practice-module');
    await preloadScreenFor('/practices/reframing/steps/2');
    const content = preloadPracticeModule('reframing') as Promise<unknown> & { status?: string };
    expect(content.status).toBe('fulfilled');
  });
});
