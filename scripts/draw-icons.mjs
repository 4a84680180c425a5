// Draws the install icons in public/icons from the same shapes as public/favicon.svg,
// in the system Chromium. Run again after changing the mark: node scripts/draw-icons.mjs
import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const MARK = '<path d="M16 40c6-14 10-18 16-18s10 4 16 18" fill="none" stroke="#fff" stroke-width="5" stroke-linecap="round"/><circle cx="32" cy="20" r="4" fill="#fff"/>';
const TEAL = '#1b6464';

/** "any": the favicon's rounded square. "maskable": full bleed, the mark inside the 80% safe circle. */
const ICONS = [
  { file: 'icon-192.png', size: 192, svg: `<rect width="64" height="64" rx="14" fill="${TEAL}"/>${MARK}` },
  { file: 'icon-512.png', size: 512, svg: `<rect width="64" height="64" rx="14" fill="${TEAL}"/>${MARK}` },
  { file: 'icon-maskable-512.png', size: 512, svg: `<rect width="64" height="64" fill="${TEAL}"/><g transform="translate(12.8 12.8) scale(0.6)">${MARK}</g>` },
  { file: 'apple-touch-icon-180.png', size: 180, svg: `<rect width="64" height="64" fill="${TEAL}"/><g transform="translate(6.4 6.4) scale(0.8)">${MARK}</g>` },
];

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ deviceScaleFactor: 1 });
for (const { file, size, svg } of ICONS) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<body style="margin:0;background:transparent"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="${size}" height="${size}" style="display:block">${svg}</svg></body>`,
  );
  writeFileSync(`public/icons/${file}`, await page.screenshot({ omitBackground: true }));
  console.log(`public/icons/${file}`);
}
await browser.close();
