// What a phone needs to install Mend: its name, colours and icons (public/icons,
// drawn from public/favicon.svg by scripts/draw-icons.mjs).
import type { ManifestOptions } from 'vite-plugin-pwa';

export const webManifest: Partial<ManifestOptions> = {
  name: 'Mend: after a rejection',
  short_name: 'Mend',
  description: 'Gentle, guided practices for after a rejection. Private, on your own device.',
  lang: 'en',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  background_color: '#f7f5f2',
  theme_color: '#f7f5f2',
  icons: [
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
};
