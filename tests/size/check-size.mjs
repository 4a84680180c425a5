// Fails `npm test` when the JavaScript loaded before the first screen passes the
// budget in docs/performance.md, and names the largest files in that load.
import { existsSync, readFileSync } from 'node:fs';
import { measureFirstLoad } from './first-load.mjs';

const STATS = 'node_modules/.cache/mend-bundle-stats.json';

const BUDGET_KB = 105;
const { totalKb, rows } = measureFirstLoad('dist');

console.log(`JavaScript before the first screen: ${totalKb.toFixed(1)} KB gzip (budget ${BUDGET_KB} KB), ${rows.length} files`);
for (const row of rows.slice(0, 8)) console.log(`  ${(row.gzip / 1024).toFixed(1).padStart(6)} KB  ${row.name}`);

// The largest source modules in that load, from Rollup's stats (rendered size, before minifying).
const stats = existsSync(STATS) ? JSON.parse(readFileSync(STATS, 'utf8')) : {};
const modules = rows.flatMap((row) => stats[row.name] ?? []).sort((a, b) => b.bytes - a.bytes);
if (modules.length > 0) {
  console.log('Largest modules in the first load (rendered size from Rollup, before minifying and gzip):');
  for (const entry of modules.slice(0, 10)) console.log(`  ${(entry.bytes / 1024).toFixed(1).padStart(6)} KB  ${entry.module}`);
}
// Everything the page loads at once ships as one file (src/app/first-load-chunk.ts):
// a piece split from it costs a request, a task as it arrives, and gzip's shared context.
if (rows.length > 1) {
  console.error(`The first load came as ${rows.length} files, not one: ${rows.map((row) => row.name).join(', ')}. Check the first-load group in vite.config.ts.`);
  process.exit(1);
}
if (totalKb > BUDGET_KB) {
  console.error(`Over budget by ${(totalKb - BUDGET_KB).toFixed(1)} KB. The largest files are listed above: load heavy code only when its screen opens.`);
  process.exit(1);
}
