// Built for Node at build time only: each screen's page as HTML, so the first
// paint of any address doesn't wait for JavaScript (docs/decisions/004 and 007).
// Storage is an empty fake IndexedDB here, and stores give their first state.
import 'fake-indexeddb/auto';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { moduleSummaries } from '../content/catalog';
import { AppRoutes } from './routes';
import { SCREEN_LOADING_ATTRIBUTE, WAITING_FOR_CODE } from '../ui/screen-loading';

export { moduleSummaries };
export { renderEarlyPaint } from './early-paint/templates';

const render = (address: string) =>
  renderToString(
    <StaticRouter location={address}>
      <AppRoutes />
    </StaticRouter>,
  );

/**
 * A page as its screen first renders in the browser once its code and content
 * are there. Stores read on the server give their first state (React's server
 * snapshot), so every record-backed part shows its quiet "Opening…", marked as
 * waiting for data, never the build's empty storage as if it were someone's.
 * renderToString can't wait, so a page that suspended on its code or content is
 * rendered again once that has arrived (React keeps each settled promise's value
 * for the next render).
 */
export async function renderPage(address: string): Promise<string> {
  const waiting = `${SCREEN_LOADING_ATTRIBUTE}="${WAITING_FOR_CODE[SCREEN_LOADING_ATTRIBUTE]}"`;
  let html = render(address);
  for (let attempt = 0; html.includes(waiting); attempt++) {
    if (attempt === 50) throw new Error(`${address} was still loading its code or content after 50 tries at build time`);
    await new Promise((resolve) => setTimeout(resolve, 10));
    html = render(address);
  }
  return html;
}
