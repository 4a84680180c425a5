// Every screen has a URL, and each screen's code loads when it is first opened.
// Declarative routes with lazily loaded screens: the data router would add ~17 KB gzip to
// the first load (docs/decisions/002-declarative-routes.md).
import { matchPath, Route, Routes } from 'react-router';
import { AppLayout } from './app-layout';
import { HomeScreen as LibraryHome } from '../features/library/home-screen';
import { eagerScreen, lazyScreen, type LazyScreen } from './lazy-screen';
import { NotFoundScreen } from '../ui/not-found-screen';

// The home screen is most people's first screen: it ships in the entry chunk,
// saving a round trip before the first paint on a slow connection.
const HomeScreen = eagerScreen(LibraryHome);
const ModuleScreen = lazyScreen(() => import('../features/practice/module-screen').then((m) => m.ModuleScreen));
const StepScreen = lazyScreen(() => import('../features/practice/step-screen').then((m) => m.StepScreen));
const DoneScreen = lazyScreen(() => import('../features/practice/done-screen').then((m) => m.DoneScreen));
const HelpScreen = lazyScreen(() => import('../features/safety/help-screen').then((m) => m.HelpScreen));
const WhyItHurtsScreen = lazyScreen(() => import('../features/safety/why-it-hurts-screen').then((m) => m.WhyItHurtsScreen));
const AboutScreen = lazyScreen(() => import('../features/safety/about-screen').then((m) => m.AboutScreen));
const JournalScreen = lazyScreen(() => import('../features/journal/journal-screen').then((m) => m.JournalScreen));
const NewEntryScreen = lazyScreen(() => import('../features/journal/entry-editor-screen').then((m) => m.NewEntryScreen));
const EditEntryScreen = lazyScreen(() => import('../features/journal/entry-editor-screen').then((m) => m.EditEntryScreen));
const GoalsScreen = lazyScreen(() => import('../features/goals/goals-screen').then((m) => m.GoalsScreen));
const NewGoalScreen = lazyScreen(() => import('../features/goals/goal-editor-screen').then((m) => m.NewGoalScreen));
const EditGoalScreen = lazyScreen(() => import('../features/goals/goal-editor-screen').then((m) => m.EditGoalScreen));
const GoalScreen = lazyScreen(() => import('../features/goals/goal-screen').then((m) => m.GoalScreen));
const DataScreen = lazyScreen(() => import('../features/settings/data-screen').then((m) => m.DataScreen));

/** Every screen and its address, in one place. */
const SCREENS: [path: string, Screen: LazyScreen][] = [
  ['/', HomeScreen],
  ['/practices', HomeScreen],
  ['/practices/:moduleId', ModuleScreen],
  ['/practices/:moduleId/steps/:n', StepScreen],
  ['/practices/:moduleId/done', DoneScreen],
  ['/journal', JournalScreen],
  ['/journal/new', NewEntryScreen],
  ['/journal/:entryId', EditEntryScreen],
  ['/goals', GoalsScreen],
  ['/goals/new', NewGoalScreen],
  ['/goals/:goalId', GoalScreen],
  ['/goals/:goalId/edit', EditGoalScreen],
  ['/help', HelpScreen],
  ['/learn/why-it-hurts', WhyItHurtsScreen],
  ['/about', AboutScreen],
  ['/settings/data', DataScreen],
];

/** Loads the code of the screen at this address, so the first render doesn't wait for it. */
export function preloadScreenFor(pathname: string): Promise<unknown> {
  const found = SCREENS.find(([path]) => matchPath(path, pathname));
  return found ? found[1].preload().catch(() => undefined) : Promise.resolve();
}

/** Loads every screen's code (not its data), so later navigations are instant. */
export function preloadAllScreens(): Promise<unknown> {
  return Promise.all(SCREENS.map(([, Screen]) => Screen.preload().catch(() => undefined)));
}

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        {SCREENS.map(([path, Screen]) => (
          <Route key={path} path={path} element={<Screen />} />
        ))}
        <Route path="*" element={<NotFoundScreen />} />
      </Route>
    </Routes>
  );
}
