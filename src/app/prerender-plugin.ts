// After the client build, renders the home screen to HTML (src/app/prerender-home.tsx)
// and puts it inside index.html's #root. Build-time only.
import react from '@vitejs/plugin-react';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import { mendContent } from '../content/vite-plugin.ts';

export function prerenderHome(): Plugin {
  let outDir = 'dist';
  let isServerBuild = false;
  return {
    name: 'mend-prerender-home',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      isServerBuild = Boolean(config.build.ssr);
    },
    async closeBundle() {
      if (isServerBuild) return;
      const { build } = await import('vite');
      const serverOut = resolve('node_modules/.cache/mend-prerender');
      await build({
        configFile: false,
        logLevel: 'warn',
        plugins: [react(), mendContent({ dir: 'content' })],
        build: {
          ssr: resolve('src/app/prerender-home.tsx'),
          outDir: serverOut,
          emptyOutDir: true,
          rollupOptions: { output: { entryFileNames: 'prerender-home.mjs' } },
        },
      });
      const { renderHome } = (await import(`${pathToFileURL(join(serverOut, 'prerender-home.mjs')).href}?at=${Date.now()}`)) as {
        renderHome: () => string;
      };
      const indexFile = join(outDir, 'index.html');
      const html = readFileSync(indexFile, 'utf8');
      if (!html.includes('<div id="root"></div>')) throw new Error('index.html has no empty #root to prerender into');
      writeFileSync(indexFile, startAfterFirstPaint(html.replace('<div id="root"></div>', `<div id="root">${renderHome()}</div>`)));
    },
  };
}

/**
 * Takes the entry <script> and its modulepreload hints out of index.html and names
 * them on <html> instead, for public/first-paint.js to start once the prerendered
 * screen has painted (at once on other addresses).
 */
function startAfterFirstPaint(html: string): string {
  const entry = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(html);
  if (!entry) throw new Error('index.html has no module entry script');
  const preloads = [...html.matchAll(/\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g)];
  let result = html.replace(entry[0], '');
  for (const preload of preloads) result = result.replace(preload[0], '');
  const hrefs = preloads.map((preload) => preload[1]).join(' ');
  return result.replace('<html lang="en">', `<html lang="en" data-entry="${entry[1]}" data-entry-imports="${hrefs}">`);
}
