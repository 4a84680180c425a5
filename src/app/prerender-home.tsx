// Built for Node at build time only: the home screen as HTML, so the first paint
// of the usual first screen doesn't wait for JavaScript. main.tsx hydrates it.
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { AppRoutes } from './routes';

export function renderHome(): string {
  return renderToString(
    <StaticRouter location="/">
      <AppRoutes />
    </StaticRouter>,
  );
}
