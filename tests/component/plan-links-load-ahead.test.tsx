// "Opening the safety plan, from any screen: <= 100 ms after the tap, offline too"
// (QUALITY.md, issue 26). Wherever a link to the plan is shown, the plan's code
// starts loading at once, so the first tap on it never waits for the code to arrive.
import { act, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { HomeScreen } from '../../src/features/library/home-screen';
import { ModuleScreen } from '../../src/features/practice/module-screen';
import { preloadPracticeModule } from '../../src/features/practice/use-practice-module';
import { ScreenPreload } from '../../src/ui/screen-preload';

/** Renders a screen at an address with a watched preloader; returns what it was asked to load. */
async function showAt(path: string, pattern: string, screenElement: React.ReactNode) {
  const preload = vi.fn();
  await act(async () => {
    render(
      <ScreenPreload value={preload}>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path={pattern} element={screenElement} />
          </Routes>
        </MemoryRouter>
      </ScreenPreload>,
    );
  });
  return preload;
}

describe("the safety plan's code, loaded wherever a link to the plan is shown", () => {
  it('starts loading as the home screen shows its "My safety plan" link', async () => {
    const preload = await showAt('/', '/', <HomeScreen />);
    expect(screen.getByRole('link', { name: 'My safety plan' })).toHaveAttribute('href', '/plan');
    expect(preload).toHaveBeenCalledWith('/plan');
  });

  it("starts loading as the first-aid practice's warning links to the plan", async () => {
    await preloadPracticeModule('first-aid');
    const preload = await showAt('/practices/first-aid', '/practices/:moduleId', <ModuleScreen />);
    expect(await screen.findByRole('link', { name: 'open your safety plan' })).toHaveAttribute('href', '/plan?view=steps&step=1');
    expect(preload).toHaveBeenCalledWith('/plan');
  });

  it("leaves the plan's code alone on a practice whose words never link to it", async () => {
    await preloadPracticeModule('reconnection');
    const preload = await showAt('/practices/reconnection', '/practices/:moduleId', <ModuleScreen />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Reach for connection' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /safety plan/ })).toBeNull();
    // The screen has rendered and its effects have run (inside the awaited act).
    expect(preload).not.toHaveBeenCalledWith('/plan');
  });
});
