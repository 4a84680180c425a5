/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { bundleStats } from './src/app/bundle-stats-plugin.ts';
import { contentSecurityPolicy } from './src/app/csp-plugin.ts';
import { firstLoadChunk } from './src/app/first-load-chunk.ts';
import { webManifest } from './src/app/web-manifest.ts';
import { prerenderPages } from './src/app/prerender-plugin.ts';
import { mendContent } from './src/content/vite-plugin.ts';

export default defineConfig(({ mode }) => ({
  plugins: [
    react(),
    mendContent({ dir: 'content' }),
    contentSecurityPolicy(),
    prerenderPages(),
    bundleStats(),
    // The offline copy and the install manifest (docs/decisions/007).
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/app',
      filename: 'service-worker.ts',
      registerType: 'prompt',
      // Registered by src/app/service-worker-registration.ts, after the first paint.
      injectRegister: false,
      manifest: webManifest,
      injectManifest: { globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,txt}'] },
    }),
  ],
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  build: {
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    // A screen imported later (the first screen's own, or one opened in the app)
    // gets its chunks through the browser's module loader. Vite's helper would add a
    // <link rel=modulepreload> per chunk from script instead, which on a slow phone
    // was the longest task of a page's start (about half a step page's blocking time).
    // The entry's own imports stay hinted, and a shell's screen is fetched by the page.
    modulePreload: { resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []) },
    // One stylesheet for every screen (about 7 KB gzip): each prerendered page is
    // styled from its first paint, whichever screen it holds.
    cssCodeSplit: false,
    // Each chunk a page loads costs a slow phone's main thread a task of its own as it
    // arrives (a practice page once started with 31). So everything the page loads at
    // once is one file, the entry (src/app/first-load-chunk.ts), and the stored-record
    // code (collections, their schemas' use, the store helper) and the small helpers
    // around it is one chunk, not twenty. The first group comes first: what the entry
    // loads at once never joins `records`, or the whole chunk would join the first load.
    rolldownOptions: {
      // `npm run bench` adds a page that seeds and times storage (see outDir below).
      ...(mode === 'bench' ? { input: { app: resolve('index.html'), bench: resolve('tests/bench/bench.html') } } : {}),
      output: {
        codeSplitting: {
          groups: [
            { name: firstLoadChunk, priority: 1 },
            { name: 'records', test: isRecordsModule, includeDependenciesRecursively: false },
            // Sync's code in one chunk: its folder code on its own imported nothing from the
            // entry, so Rolldown gave its own helpers a file of their own, a second request
            // before the first screen (the size check caught it).
            { name: 'sync', test: /\/src\/storage\/sync\//, includeDependenciesRecursively: false },
          ],
        },
      },
    },
    // `npm run bench` builds the app plus a page that seeds and times storage,
    // into its own folder so the shipped build never contains it.
    ...(mode === 'bench' ? { outDir: 'dist-bench' } : {}),
  },
  test: {
    environment: 'jsdom',
    include: ['tests/{unit,component,content}/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // Screens render whole apps in jsdom; a busy two-core machine needs more than 5 s.
    testTimeout: 15_000,
    // Vitest leaves one core free by default: on a two-core machine that is one
    // worker, and the suite took about 40% longer.
    maxWorkers: '100%',
  },
}));

/** Storage loaded only when the person uses it: the lock, and sync between devices. */
const LOADED_WHEN_USED = ['/src/storage/lock/', '/src/storage/sync/'];

/**
 * The modules of the `records` chunk (see build above): storage and the state
 * built on it, by folder, but not the lock or sync (loaded when used).
 */
function isRecordsModule(id: string): boolean {
  const path = id.replace(/\\/g, '/');
  if (LOADED_WHEN_USED.some((folder) => path.includes(folder))) return false;
  return /\/src\/(storage|state)\//.test(path) || /\/src\/lib\/(ids|dates|newest-first|compare-words|yield-to-main|merge|keyed-debounce|on-leave|tab-id)\.ts$/.test(path);
}
