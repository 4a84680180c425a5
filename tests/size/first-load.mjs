// Measures the JavaScript a browser loads before the first screen shows: the
// entry script, its static imports and preloads, and the home screen's chunk with
// its static imports. Dynamic import() of later screens is not counted.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const STATIC_IMPORT = /(?:^|[;\n}])\s*import\s*(?:[\w*${}\s,]+from\s*)?["']\.\/([^"']+\.js)["']/g;

export function measureFirstLoad(dist = 'dist') {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const assets = new Set(readdirSync(join(dist, 'assets')));
  // The entry and its imports are named on <html> (started by public/first-paint.js).
  const named = [...html.matchAll(/data-entry(?:-imports)?="([^"]*)"/g)].flatMap((m) => m[1].split(' '));
  const files = new Set([
    ...named.filter(Boolean).map((href) => href.replace(/^\/assets\//, '')),
    ...[...html.matchAll(/<script[^>]+src="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]),
    ...[...assets].filter((name) => /^home-screen-.*\.js$/.test(name)),
  ]);
  const queue = [...files];
  while (queue.length > 0) {
    const code = readFileSync(join(dist, 'assets', queue.pop()), 'utf8');
    for (const match of code.matchAll(STATIC_IMPORT)) {
      const dep = match[1];
      if (!assets.has(dep) || files.has(dep)) continue;
      files.add(dep);
      queue.push(dep);
    }
  }
  const rows = [...files]
    .map((name) => {
      const code = readFileSync(join(dist, 'assets', name));
      return { name, raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
    })
    .sort((a, b) => b.gzip - a.gzip);
  return { totalKb: rows.reduce((sum, row) => sum + row.gzip, 0) / 1024, rows };
}
