// Built for Node at build time only: each screen's page as HTML, so the first
// paint of any address doesn't wait for JavaScript (docs/decisions/004 and 006).
// Storage is an empty fake IndexedDB here: content pages show what a first visit shows.
import 'fake-indexeddb/auto';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { moduleSummaries } from '../content/catalog';
import { AppRoutes } from './routes';
import type { PageKind } from './screen-paths';
import { SCREEN_LOADING_ATTRIBUTE } from './screen-loading';

export { moduleSummaries };

// No other tabs at build time; an open BroadcastChannel would also keep the build
// from exiting. Storage checks for it when it first announces a change.
Reflect.deleteProperty(globalThis, 'BroadcastChannel');


const render = (address: string) =>
  renderToString(
    <StaticRouter location={address}>
      <AppRoutes />
    </StaticRouter>,
  );

/**
 * A content page is rendered until nothing is waiting (its module text, the empty
 * stores); a shell is the screen's first render, before any data. renderToString
 * can't wait, so a page that suspended is rendered again once what it waited for
 * has arrived (React keeps each settled promise's value for the next render).
 */
export async function renderPage(address: string, page: PageKind): Promise<string> {
  let html = render(address);
  if (page === 'shell') return html;
  for (let attempt = 0; html.includes(SCREEN_LOADING_ATTRIBUTE); attempt++) {
    if (attempt === 50) throw new Error(`${address} was still loading after 50 tries at build time`);
    await new Promise((resolve) => setTimeout(resolve, 10));
    html = render(address);
  }
  return html;
}
