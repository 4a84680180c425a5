// Every screen has a URL, and each screen's code loads when it is first opened.
import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppLayout } from './app-layout';
import { ErrorScreen } from './error-screen';
import { NotFoundScreen } from './not-found-screen';

export const routes: RouteObject[] = [
  {
    path: '/',
    Component: AppLayout,
    ErrorBoundary: ErrorScreen,
    children: [
      {
        ErrorBoundary: ErrorScreen,
        children: [
          {
            index: true,
            lazy: async () => {
              const [screen, { libraryLoader }] = await Promise.all([
                import('../features/library/home-screen'),
                import('../features/library/library-loader'),
              ]);
              return { Component: screen.HomeScreen, loader: libraryLoader };
            },
          },
          {
            path: 'practices',
            lazy: async () => {
              const [screen, { libraryLoader }] = await Promise.all([
                import('../features/library/home-screen'),
                import('../features/library/library-loader'),
              ]);
              return { Component: screen.HomeScreen, loader: libraryLoader };
            },
          },
          {
            path: 'practices/:moduleId',
            lazy: async () => {
              const [screen, { practiceLoader }] = await Promise.all([
                import('../features/practice/module-screen'),
                import('../features/practice/practice-loader'),
              ]);
              return { Component: screen.ModuleScreen, loader: practiceLoader };
            },
          },
          {
            path: 'practices/:moduleId/steps/:n',
            lazy: async () => {
              const [screen, { practiceLoader }] = await Promise.all([
                import('../features/practice/step-screen'),
                import('../features/practice/practice-loader'),
              ]);
              return { Component: screen.StepScreen, loader: practiceLoader };
            },
          },
          {
            path: 'practices/:moduleId/done',
            lazy: async () => {
              const [screen, { practiceLoader }] = await Promise.all([
                import('../features/practice/done-screen'),
                import('../features/practice/practice-loader'),
              ]);
              return { Component: screen.DoneScreen, loader: practiceLoader };
            },
          },
          {
            path: 'help',
            lazy: async () => {
              const [screen, { pageLoader }] = await Promise.all([
                import('../features/safety/help-screen'),
                import('../features/safety/page-loader'),
              ]);
              return { Component: screen.HelpScreen, loader: pageLoader('help') };
            },
          },
          {
            path: 'learn/why-it-hurts',
            lazy: async () => {
              const [screen, { pageLoader }] = await Promise.all([
                import('../features/safety/why-it-hurts-screen'),
                import('../features/safety/page-loader'),
              ]);
              return { Component: screen.WhyItHurtsScreen, loader: pageLoader('why-it-hurts') };
            },
          },
          {
            path: 'about',
            lazy: async () => ({
              Component: (await import('../features/safety/about-screen')).AboutScreen,
            }),
          },
          {
            path: 'settings/data',
            lazy: async () => ({
              Component: (await import('../features/settings/data-screen')).DataScreen,
            }),
          },
          { path: '*', Component: NotFoundScreen },
        ],
      },
    ],
  },
];

export const router = createBrowserRouter(routes);
