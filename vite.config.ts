/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { bundleStats } from './src/app/bundle-stats-plugin.ts';
import { prerenderHome } from './src/app/prerender-plugin.ts';
import { mendContent } from './src/content/vite-plugin.ts';

export default defineConfig(({ mode }) => ({
  plugins: [react(), mendContent({ dir: 'content' }), prerenderHome(), bundleStats()],
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  build: {
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    // `npm run bench` builds the app plus a page that seeds and times storage,
    // into its own folder so the shipped build never contains it.
    ...(mode === 'bench'
      ? {
          outDir: 'dist-bench',
          rollupOptions: { input: { app: resolve('index.html'), bench: resolve('tests/bench/bench.html') } },
        }
      : {}),
  },
  test: {
    environment: 'jsdom',
    include: ['tests/{unit,component,content}/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // Screens render whole apps in jsdom; a busy two-core machine needs more than 5 s.
    testTimeout: 15_000,
  },
}));
