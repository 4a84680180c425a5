// Every screen's address, and how its page is prerendered at build. Plain data
// (no React), so the build, the preview server and the service worker share it.
// src/app/routes.tsx gives each name its screen; the type checker holds the two together.

/**
 * A shell names its screen's module (as routes.tsx imports it, under src/), so its
 * page can fetch that code alongside the app's entry instead of after it.
 *
 * - `content`: the same for everyone (practices, reads, settings): prerendered in
 *   full, with nothing stored, so it paints at once by its own address.
 * - `shell`: shows what the person stored (journal, goals): the page holds the
 *   screen as it first renders, before its data, and the app fills it in.
 *
 * `reads` names the collections the screen loads whole, so reading them can begin
 * while its code is still on the way (src/app/read-ahead-for.ts).
 */
export type PageKind = 'content' | 'shell';

export const SCREEN_PATHS = [
  { name: 'home', path: '/', page: 'content' },
  { name: 'practices', path: '/practices', page: 'content' },
  { name: 'module', path: '/practices/:moduleId', page: 'content', reads: ['progress', 'completions'] },
  { name: 'step', path: '/practices/:moduleId/steps/:n', page: 'content', reads: ['progress', 'completions'] },
  { name: 'done', path: '/practices/:moduleId/done', page: 'shell', screen: 'features/practice/done-screen', reads: ['completions'] },
  { name: 'journal', path: '/journal', page: 'shell', screen: 'features/journal/journal-screen', reads: ['journal', 'drafts'] },
  { name: 'newEntry', path: '/journal/new', page: 'shell', screen: 'features/journal/entry-editor-screen', reads: ['drafts'] },
  { name: 'entry', path: '/journal/:entryId', page: 'shell', screen: 'features/journal/entry-editor-screen', reads: ['journal', 'drafts'] },
  { name: 'goals', path: '/goals', page: 'shell', screen: 'features/goals/goals-screen', reads: ['goals', 'drafts'] },
  { name: 'newGoal', path: '/goals/new', page: 'shell', screen: 'features/goals/goal-editor-screen', reads: ['goals', 'drafts'] },
  { name: 'goal', path: '/goals/:goalId', page: 'shell', screen: 'features/goals/goal-screen', reads: ['goals', 'drafts'] },
  { name: 'editGoal', path: '/goals/:goalId/edit', page: 'shell', screen: 'features/goals/goal-editor-screen', reads: ['goals', 'drafts'] },
  { name: 'belonging', path: '/belonging', page: 'shell', screen: 'features/belonging/belonging-screen', reads: ['belonging-circles', 'belonging-people'] },
  { name: 'strengths', path: '/strengths', page: 'shell', screen: 'features/strengths/strengths-screen', reads: ['strengths'] },
  { name: 'plan', path: '/plan', page: 'shell', screen: 'features/plan/plan-screen', reads: ['plan', 'plan-settings'] },
  { name: 'insights', path: '/insights', page: 'shell', screen: 'features/insights/insights-screen' },
  { name: 'summary', path: '/insights/summary', page: 'shell', screen: 'features/summary/summary-screen', reads: ['check-ins', 'completions', 'journal', 'goals', 'drafts'] },
  { name: 'help', path: '/help', page: 'content' },
  { name: 'whyItHurts', path: '/learn/why-it-hurts', page: 'content' },
  { name: 'about', path: '/about', page: 'content' },
  { name: 'settings', path: '/settings', page: 'content' },
  { name: 'data', path: '/settings/data', page: 'shell', screen: 'features/settings/data-screen' },
  { name: 'lock', path: '/settings/lock', page: 'content' },
  { name: 'devices', path: '/settings/devices', page: 'shell', screen: 'features/devices/devices-screen' },
] as const satisfies readonly { name: string; path: string; page: PageKind; screen?: string; reads?: readonly string[] }[];

export type ScreenName = (typeof SCREEN_PATHS)[number]['name'];

/** A page written at build: its address (or pattern, for a shell), its file in dist/, its kind. */
export type PrerenderedPage = { address: string; file: string; page: PageKind; screen?: string };

type ModuleShape = { id: string; stepCount: number };

/**
 * Every page to write: one per practice and per step (their ids are known at
 * build), and one shell per pattern whose ids are the person's own (an entry, a goal).
 */
export function pagesToPrerender(modules: readonly ModuleShape[]): PrerenderedPage[] {
  return SCREEN_PATHS.flatMap((screen) =>
    expand(screen.path, modules).map((address) => ({
      address,
      file: fileFor(address),
      page: screen.page,
      ...('screen' in screen ? { screen: screen.screen } : {}),
    })),
  );
}

function expand(path: string, modules: readonly ModuleShape[]): string[] {
  if (!path.includes(':moduleId')) return [path];
  return modules.flatMap((module) => {
    const withModule = path.replace(':moduleId', module.id);
    if (!withModule.includes(':n')) return [withModule];
    return Array.from({ length: module.stepCount }, (_, i) => withModule.replace(':n', String(i + 1)));
  });
}

/**
 * The file in dist/ for an address: /help is help.html (so `vite preview` and the
 * service worker's clean URLs find it), / is index.html, and a pattern's :param
 * becomes _param (journal/_entryId.html).
 */
export function fileFor(address: string): string {
  if (address === '/') return 'index.html';
  return `${address.slice(1).replace(/:/g, '_')}.html`;
}

/**
 * A pattern such as /journal/:entryId as a regular expression's source: each
 * :param one non-empty part, a trailing slash allowed. The one matcher of
 * addresses: the build writes it on each page (pageAttributes), and
 * public/first-paint.js runs it there.
 */
export function patternSource(pattern: string): string {
  const parts = pattern === '/' ? [] : pattern.slice(1).split('/');
  const each = parts.map((part) => `/${part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
  return `^${each.join('')}/*$`;
}

/** Whether an address fits a pattern such as /journal/:entryId (a trailing slash is fine). */
export function matchesPattern(pattern: string, pathname: string): boolean {
  return new RegExp(patternSource(pattern)).test(pathname);
}

/**
 * What a built page says on its <html> about the address it was made for: the
 * address (or pattern), and the pattern's matcher, which first-paint.js runs to
 * tell that address from another one served the same page.
 */
export function pageAttributes(address: string): Record<'data-screen-for' | 'data-screen-match', string> {
  return { 'data-screen-for': address, 'data-screen-match': patternSource(address) };
}

/**
 * For an address no page was written for, the shell page that serves it (the
 * journal entry shell for /journal/<id>), or null. Only patterns whose ids are
 * the person's own have shells; an unknown practice gets index.html and the
 * app's not-found screen.
 */
export function shellFileFor(pathname: string): string | null {
  // /journal/new has its own page, though it fits /journal/:entryId too.
  if (SCREEN_PATHS.some(({ path }) => !path.includes(':') && matchesPattern(path, pathname))) return null;
  const shell = SCREEN_PATHS.find(
    ({ path }) => /:(?!moduleId|n\b)/.test(path) && matchesPattern(path, pathname),
  );
  return shell ? fileFor(shell.path) : null;
}
