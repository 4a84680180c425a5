/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { mendContent } from './src/content/vite-plugin.ts';

export default defineConfig({
  plugins: [react(), mendContent({ dir: 'content' })],
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  build: { target: 'es2022', sourcemap: false, reportCompressedSize: false },
  test: {
    environment: 'jsdom',
    include: ['tests/{unit,component,content}/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
  },
});
