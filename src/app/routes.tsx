// Every screen has a URL, and each screen's code loads when it is first opened.
// Declarative routes with lazily loaded screens: the data router would add ~17 KB gzip to
// the first load (docs/decisions/002-declarative-routes.md).
import { lazy } from 'react';
import { matchPath, Route, Routes } from 'react-router';
import { AppLayout } from './app-layout';
import { HomeScreen as LibraryHome } from '../features/library/home-screen';
import { eagerScreen, lazyScreen, type LazyScreen } from '../ui/lazy-screen';
import { ScreenPreload } from '../ui/screen-preload';
import { NotFoundScreen } from '../ui/not-found-screen';
import { SCREEN_PATHS, type ScreenName } from './screen-paths';

// The home screen is most people's first screen: it ships in the entry chunk,
// saving a round trip before the first paint on a slow connection.
// The quick check-in on it loads only when the person opens it.
const QuickCheckIn = lazy(() => import('../features/check-in/quick-check-in').then((m) => ({ default: m.QuickCheckIn })));
const HomeScreen = eagerScreen(function Home() {
  return <LibraryHome CheckIn={QuickCheckIn} />;
});

/** Each screen by name; addresses are in screen-paths.ts. */
const SCREENS = {
  home: HomeScreen,
  practices: HomeScreen,
  module: lazyScreen(() => import('../features/practice/module-screen').then((m) => m.ModuleScreen)),
  step: lazyScreen(() => import('../features/practice/step-screen').then((m) => m.StepScreen)),
  done: lazyScreen(() => import('../features/practice/done-screen').then((m) => m.DoneScreen)),
  journal: lazyScreen(() => import('../features/journal/journal-screen').then((m) => m.JournalScreen)),
  newEntry: lazyScreen(() => import('../features/journal/entry-editor-screen').then((m) => m.NewEntryScreen)),
  entry: lazyScreen(() => import('../features/journal/entry-editor-screen').then((m) => m.EditEntryScreen)),
  goals: lazyScreen(() => import('../features/goals/goals-screen').then((m) => m.GoalsScreen)),
  newGoal: lazyScreen(() => import('../features/goals/goal-editor-screen').then((m) => m.NewGoalScreen)),
  goal: lazyScreen(() => import('../features/goals/goal-screen').then((m) => m.GoalScreen)),
  editGoal: lazyScreen(() => import('../features/goals/goal-editor-screen').then((m) => m.EditGoalScreen)),
  belonging: lazyScreen(() => import('../features/belonging/belonging-screen').then((m) => m.BelongingScreen)),
  strengths: lazyScreen(() => import('../features/strengths/strengths-screen').then((m) => m.StrengthsScreen)),
  plan: lazyScreen(() => import('../features/plan/plan-screen').then((m) => m.PlanScreen)),
  insights: lazyScreen(() => import('../features/insights/insights-screen').then((m) => m.InsightsScreen)),
  summary: lazyScreen(() => import('../features/summary/summary-screen').then((m) => m.SummaryScreen)),
  help: lazyScreen(() => import('../features/safety/help-screen').then((m) => m.HelpScreen)),
  whyItHurts: lazyScreen(() => import('../features/safety/why-it-hurts-screen').then((m) => m.WhyItHurtsScreen)),
  about: lazyScreen(() => import('../features/safety/about-screen').then((m) => m.AboutScreen)),
  settings: lazyScreen(() => import('../features/settings/appearance-screen').then((m) => m.AppearanceScreen)),
  // Your data holds "Bring in from another app", a feature of its own: both load together.
  data: lazyScreen(() =>
    Promise.all([import('../features/settings/data-screen'), import('../features/imports/bring-in-section')]).then(
      ([{ DataScreen }, { BringInSection }]) =>
        function Data() {
          return <DataScreen BringIn={BringInSection} />;
        },
    ),
  ),
  lock: lazyScreen(() => import('../features/lock/lock-settings-screen').then((m) => m.LockSettingsScreen)),
  devices: lazyScreen(() => import('../features/devices/devices-screen').then((m) => m.DevicesScreen)),
} satisfies Record<ScreenName, LazyScreen>;

/**
 * Loads the code of the screen at this address, and a practice's content, so the
 * first render neither waits for them nor is thrown away while they arrive.
 */
/** Loads the code of the screen at this address; true once it has arrived. */
export function preloadScreenFor(pathname: string): Promise<boolean> {
  for (const { name, path } of SCREEN_PATHS) {
    const match = matchPath(path, pathname);
    if (!match) continue;
    const moduleId = match.params.moduleId;
    const content = moduleId
      ? import('../features/practice/use-practice-module').then((m) => m.preloadPracticeModule(moduleId))
      : null;
    return Promise.all([SCREENS[name].preload(), content]).then(
      () => true,
      () => false,
    );
  }
  return Promise.resolve(false);
}

/**
 * Loads every screen's code (not its data), so later navigations are instant:
 * all at once, or one at a time, each after `turn` (an idle moment in the app).
 * The safety plan comes first: it is the screen someone in crisis needs, at once,
 * perhaps with the connection about to go.
 */
export function preloadAllScreens(turn?: () => Promise<void>): Promise<unknown> {
  const screens = [SCREENS.plan, ...Object.values(SCREENS).filter((Screen) => Screen !== SCREENS.plan)];
  const load = (Screen: LazyScreen) => Screen.preload().catch(() => undefined);
  if (!turn) return Promise.all(screens.map(load));
  return screens.reduce<Promise<unknown>>((previous, Screen) => previous.then(turn).then(() => load(Screen)), Promise.resolve());
}

export function AppRoutes() {
  return (
    // A screen offering a link that must open at once (the safety plan) loads its code while shown.
    <ScreenPreload value={preloadScreenFor}>
      <Routes>
        <Route element={<AppLayout />}>
          {SCREEN_PATHS.map(({ name, path }) => {
            const Screen = SCREENS[name];
            return <Route key={path} path={path} element={<Screen />} />;
          })}
          <Route path="*" element={<NotFoundScreen />} />
        </Route>
      </Routes>
    </ScreenPreload>
  );
}
