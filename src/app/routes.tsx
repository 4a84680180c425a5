// Every screen has a URL, and each screen's code loads when it is first opened.
// Declarative routes with React.lazy: the data router would add ~17 KB gzip to
// the first load (docs/decisions/002-declarative-routes.md).
import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { AppLayout } from './app-layout';
import { NotFoundScreen } from '../ui/not-found-screen';

const HomeScreen = lazy(() =>
  import('../features/library/home-screen').then((m) => ({ default: m.HomeScreen })),
);
const ModuleScreen = lazy(() =>
  import('../features/practice/module-screen').then((m) => ({ default: m.ModuleScreen })),
);
const StepScreen = lazy(() =>
  import('../features/practice/step-screen').then((m) => ({ default: m.StepScreen })),
);
const DoneScreen = lazy(() =>
  import('../features/practice/done-screen').then((m) => ({ default: m.DoneScreen })),
);
const HelpScreen = lazy(() =>
  import('../features/safety/help-screen').then((m) => ({ default: m.HelpScreen })),
);
const WhyItHurtsScreen = lazy(() =>
  import('../features/safety/why-it-hurts-screen').then((m) => ({ default: m.WhyItHurtsScreen })),
);
const AboutScreen = lazy(() =>
  import('../features/safety/about-screen').then((m) => ({ default: m.AboutScreen })),
);
const DataScreen = lazy(() =>
  import('../features/settings/data-screen').then((m) => ({ default: m.DataScreen })),
);

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<HomeScreen />} />
        <Route path="practices" element={<HomeScreen />} />
        <Route path="practices/:moduleId" element={<ModuleScreen />} />
        <Route path="practices/:moduleId/steps/:n" element={<StepScreen />} />
        <Route path="practices/:moduleId/done" element={<DoneScreen />} />
        <Route path="help" element={<HelpScreen />} />
        <Route path="learn/why-it-hurts" element={<WhyItHurtsScreen />} />
        <Route path="about" element={<AboutScreen />} />
        <Route path="settings/data" element={<DataScreen />} />
        <Route path="*" element={<NotFoundScreen />} />
      </Route>
    </Routes>
  );
}
