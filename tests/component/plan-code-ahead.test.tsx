// The safety plan must open at once from where it is offered (issue 26), even
// with the connection gone: its code is loaded before anyone taps for it.
import { act, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { AppRoutes, preloadAllScreens, preloadScreenFor } from '../../src/app/routes';
import { SCREEN_PATHS } from '../../src/app/screen-paths';
import { CareCard } from '../../src/ui/care-card';
import { ScreenPreload } from '../../src/ui/screen-preload';

/** Which screens' code was loaded, in order. */
const loaded = vi.hoisted(() => [] as string[]);

vi.mock('../../src/features/plan/plan-screen', () => {
  loaded.push('plan');
  return { PlanScreen: () => <h1>My safety plan</h1> };
});
vi.mock('../../src/features/practice/module-screen', () => {
  loaded.push('module');
  return { ModuleScreen: () => <h1>A practice</h1> };
});

describe("the safety plan's code, loaded before the tap", () => {
  // First in this file: nothing has loaded the plan's code yet.
  it('comes first when the other screens load after the first tap', async () => {
    const turns: (() => void)[] = [];
    const done = preloadAllScreens(() => new Promise<void>((resolve) => turns.push(resolve)));
    for (let given = 0; given < SCREEN_PATHS.length; given++) {
      await waitFor(() => expect(turns).toHaveLength(given + 1));
      turns[given]!();
    }
    await done;
    expect(loaded.indexOf('plan')).toBeGreaterThanOrEqual(0);
    expect(loaded.indexOf('plan')).toBeLessThan(loaded.indexOf('module'));
  });

  it('starts loading as the help page is shown, before any tap', async () => {
    await preloadScreenFor('/help');
    await act(async () => {
      render(
        <MemoryRouter initialEntries={['/help']}>
          <AppRoutes />
        </MemoryRouter>,
      );
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Need help now' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(loaded).toContain('plan'));
  });

  it('starts loading as a care card is shown', async () => {
    const preload = vi.fn();
    render(
      <MemoryRouter>
        <ScreenPreload value={preload}>
          <CareCard plan="none">That sounds like a heavy day.</CareCard>
        </ScreenPreload>
      </MemoryRouter>,
    );
    await waitFor(() => expect(preload).toHaveBeenCalledWith('/plan'));
  });

});
