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
