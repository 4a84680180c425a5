// Fails `npm test` when the JavaScript loaded before the first screen passes the
// budget of QUALITY.md, and names the largest files in that load.
import { measureFirstLoad } from './first-load.mjs';

const BUDGET_KB = 105;
const { totalKb, rows } = measureFirstLoad('dist');

console.log(`JavaScript before the first screen: ${totalKb.toFixed(1)} KB gzip (budget ${BUDGET_KB} KB), ${rows.length} files`);
for (const row of rows.slice(0, 8)) console.log(`  ${(row.gzip / 1024).toFixed(1).padStart(6)} KB  ${row.name}`);
if (totalKb > BUDGET_KB) {
  console.error(`Over budget by ${(totalKb - BUDGET_KB).toFixed(1)} KB. The largest files are listed above: load heavy code only when its screen opens.`);
  process.exit(1);
}
