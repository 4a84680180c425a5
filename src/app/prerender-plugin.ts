// At build time, renders every screen's page (src/app/prerender-pages.tsx) into a
// copy of the built index.html, one file per address (help.html for /help), so
// every address paints before any JavaScript runs. Pages are added to the bundle
// before it is written, so the service worker's precache lists them too.
// `vite preview` serves /help from help.html by itself; the shells of the person's
// own addresses (/journal/<id>) are served by the middleware below.
import react from '@vitejs/plugin-react';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin, Rollup } from 'vite';
import { mendContent } from '../content/vite-plugin.ts';
import { pageAttributes, pagesToPrerender, shellFileFor } from './screen-paths.ts';

type PrerenderModule = {
  renderPage: (address: string) => Promise<string>;
  renderEarlyPaint: (address: string) => string;
  moduleSummaries: { id: string; stepCount: number }[];
};

export function prerenderPages(): Plugin {
  let outDir = 'dist';
  let isServerBuild = false;
  return {
    name: 'mend-prerender-pages',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      isServerBuild = Boolean(config.build.ssr);
    },
    configurePreviewServer(server) {
      server.middlewares.use((request, _response, next) => {
        const pathname = decodedPath(request.url ?? '/');
        const accepts = request.headers.accept ?? '';
        if (request.method === 'GET' && accepts.includes('text/html') && !existsSync(join(outDir, `${pathname}.html`))) {
          const shell = shellFileFor(pathname);
          if (shell) request.url = `/${shell}`;
        }
        next();
      });
    },
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        if (isServerBuild) return;
        const index = bundle['index.html'];
        if (!index || index.type !== 'asset') return;
        const template = startAfterFirstPaint(String(index.source));
        if (!template.includes('<div id="root"></div>')) throw new Error('index.html has no empty #root to prerender into');
        const { renderPage, renderEarlyPaint, moduleSummaries } = await buildPrerenderer();
        // MEND_PAINTER=off builds the app without the early painter, for the bench's side-by-side.
        const painter = process.env.MEND_PAINTER === 'off' ? null : await buildPainter();
        if (painter) this.emitFile({ type: 'asset', fileName: painter.fileName, source: painter.code });
        for (const { address, file, page, screen } of pagesToPrerender(moduleSummaries)) {
          const body = await renderPage(address);
          const earlyPaint = address === '/' || !painter ? '' : renderEarlyPaint(address);
          const html = (earlyPaint && painter ? withPainter(template, `/${painter.fileName}`) : template)
            .replace('<html lang="en"', `<html lang="en" ${htmlAttributes({ ...pageAttributes(address), 'data-page': page })}`)
            .replace(/data-entry-imports="([^"]*)"/, (_, imports: string) => `data-entry-imports="${[imports, ...(screen ? screenImports(bundle, screen, template) : [])].join(' ').trim()}"`)
            // A function, so a "$" in the page is never read as a replacement pattern.
            .replace('<div id="root"></div>', () => `<div id="root">${address === '/' ? body : untypable(body + earlyPaint)}</div>`);
          if (file === 'index.html') index.source = html;
          else this.emitFile({ type: 'asset', fileName: file, source: html });
        }
      },
    },
  };
}

/**
 * A shell's screen needs the app to show anything: its code (and what that
 * imports) is named with the entry's imports, so it downloads alongside the
 * entry, not after it.
 */
function screenImports(bundle: Rollup.OutputBundle, screen: string, template: string): string[] {
  const chunks = Object.values(bundle).filter((output): output is Rollup.OutputChunk => output.type === 'chunk');
  const main = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(`/src/${screen}.tsx`));
  if (!main) throw new Error(`No chunk for the screen src/${screen}.tsx named in screen-paths.ts`);
  const files = new Set<string>();
  const visit = (fileName: string) => {
    if (files.has(fileName) || template.includes(`/${fileName}`)) return;
    files.add(fileName);
    for (const imported of chunks.find((chunk) => chunk.fileName === fileName)?.imports ?? []) visit(imported);
  };
  visit(main.fileName);
  return [...files].map((fileName) => `/${fileName}`);
}

async function buildPrerenderer(): Promise<PrerenderModule> {
  const { build } = await import('vite');
  const serverOut = resolve('node_modules/.cache/mend-prerender');
  await build({
    configFile: false,
    logLevel: 'warn',
    plugins: [react(), mendContent({ dir: 'content' })],
    build: {
      ssr: resolve('src/app/prerender-pages.tsx'),
      outDir: serverOut,
      emptyOutDir: true,
      rollupOptions: { output: { entryFileNames: 'prerender-pages.mjs' } },
    },
  });
  // Set before the module's chunks run, as stores listen for other tabs once they
  // load: at build time there are none, and an open BroadcastChannel would keep
  // the build from exiting.
  Reflect.deleteProperty(globalThis, 'BroadcastChannel');
  return (await import(`${pathToFileURL(join(serverOut, 'prerender-pages.mjs')).href}?at=${Date.now()}`)) as PrerenderModule;
}

/**
 * src/app/early-paint/painter.ts built on its own, as one small file without
 * React or zod: it runs before the app on pages that carry an early-paint template.
 */
async function buildPainter(): Promise<Rollup.OutputChunk> {
  const { build } = await import('vite');
  const built = await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      copyPublicDir: false,
      modulePreload: false,
      rollupOptions: {
        input: resolve('src/app/early-paint/painter.ts'),
        preserveEntrySignatures: 'strict',
        output: { format: 'es', entryFileNames: 'assets/early-paint-[hash].js' },
      },
    },
  });
  const outputs = (Array.isArray(built) ? built : [built]) as Rollup.RollupOutput[];
  const files = outputs.flatMap((output) => output.output);
  const chunk = files[0];
  if (files.length !== 1 || chunk?.type !== 'chunk') throw new Error(`The early painter should build as one file, not ${files.map((file) => file.fileName).join(', ')}`);
  return chunk;
}

/**
 * Names the painter on first-paint.js's own <script> (data-painter), and fetches
 * it alongside the page, so it is there once the page has painted.
 */
function withPainter(html: string, painter: string): string {
  return html.replace('<script src="/first-paint.js"', `<link rel="modulepreload" href="${painter}" />\n    <script src="/first-paint.js" data-painter="${painter}"`);
}

/**
 * Fields and buttons on a prerendered page can't be used (they look the same) until
 * the app has replaced the page with the live screen, so no word typed and no box
 * ticked in that moment is lost. Links work as they are. (The home screen is taken
 * over in place, and keeps what was typed: see home-screen.tsx.)
 */
function untypable(html: string): string {
  return html
    .replace(/<(textarea|input)(?=[\s>])/g, '<$1 readonly=""')
    .replace(/<(textarea|input|button|select|label)(?=[\s>])/g, '<$1 inert=""');
}

/**
 * Takes the entry <script> and its modulepreload hints out of index.html and names
 * them on first-paint.js's own <script> instead, for it to start once the
 * prerendered screen has painted (at once on other addresses). Not on <html>: a
 * long list there pushed <meta charset> past the first 1024 bytes, where browsers look.
 */
function startAfterFirstPaint(html: string): string {
  const entry = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(html);
  if (!entry) throw new Error('index.html has no module entry script');
  const preloads = [...html.matchAll(/\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g)];
  let result = html.replace(entry[0], '');
  for (const preload of preloads) result = result.replace(preload[0], '');
  const hrefs = preloads.map((preload) => preload[1]).join(' ');
  const firstPaint = '<script src="/first-paint.js"></script>';
  if (!result.includes(firstPaint)) throw new Error('index.html has no first-paint.js script');
  return result.replace(firstPaint, `<script src="/first-paint.js" data-entry="${entry[1]}" data-entry-imports="${hrefs}"></script>`);
}

function htmlAttributes(attributes: Record<string, string>): string {
  const escaped = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return Object.entries(attributes).map(([name, value]) => `${name}="${escaped(value)}"`).join(' ');
}

/** An address's path, decoded; a badly written one (a stray %) as it came. */
function decodedPath(url: string): string {
  const path = url.split('?')[0]!;
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
