// Fails when the JavaScript loaded before the first screen passes the budget,
// and names the largest modules in that load. Reads the built dist/ folder:
// index.html's entry, its static imports, and the home route's lazy chunks.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 105;
const dist = 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const assets = new Set(readdirSync(join(dist, 'assets')));

const entry = [...html.matchAll(/<script[^>]+src="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]);
const preloads = [
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/assets\/([^"]+\.js)"/g),
].map((m) => m[1]);

// The first screen is the home route: its lazy chunks (and what they import) load before it shows.
const files = new Set([...entry, ...preloads]);
const queue = [...files];
const isFirstScreenChunk = (name) => /^home-screen-/.test(name);
for (const name of assets) {
  if (!name.endsWith('.js') || !isFirstScreenChunk(name)) continue;
  queue.push(name);
  files.add(name);
}
while (queue.length > 0) {
  const name = queue.pop();
  const code = readFileSync(join(dist, 'assets', name), 'utf8');
  // Static imports only ("import ... from"), not dynamic import() of later screens.
  for (const match of code.matchAll(
    /(?:^|[;\n}])\s*import\s*(?:[\w*${}\s,]+from\s*)?["']\.\/([^"']+\.js)["']/g,
  )) {
    const dep = match[1];
    if (!assets.has(dep) || files.has(dep)) continue;
    files.add(dep);
    queue.push(dep);
  }
}

const rows = [...files].map((name) => {
  const code = readFileSync(join(dist, 'assets', name));
  return { name, raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
});
rows.sort((a, b) => b.gzip - a.gzip);
const total = rows.reduce((sum, row) => sum + row.gzip, 0) / 1024;

console.log(
  `JavaScript before the first screen: ${total.toFixed(1)} KB gzip (budget ${BUDGET_KB} KB), ${rows.length} files`,
);
for (const row of rows.slice(0, 8))
  console.log(`  ${(row.gzip / 1024).toFixed(1).padStart(6)} KB  ${row.name}`);
if (total > BUDGET_KB) {
  console.error(
    `Over budget by ${(total - BUDGET_KB).toFixed(1)} KB. Largest files are listed above; load heavy code only when its screen opens.`,
  );
  process.exit(1);
}
