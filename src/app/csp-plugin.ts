// The Content-Security-Policy of what ships: put into every built page's <head>
// at build time only. The dev server (`npm start`) injects styles and a hot-reload
// preamble inline, which this policy rightly forbids, so it runs without one.
import type { Plugin } from 'vite';

/** Everything from our own origin only; nothing inline, nothing elsewhere (docs/privacy.md). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
].join('; ');

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'mend-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      // Right after the charset, which must stay within the page's first 1,024 bytes,
      // and before any script, which the policy must already cover.
      handler: (html) => {
        const charset = '<meta charset="UTF-8" />';
        if (!html.includes(charset)) throw new Error(`index.html needs ${charset} for the CSP to follow`);
        return html.replace(charset, `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`);
      },
    },
  };
}
