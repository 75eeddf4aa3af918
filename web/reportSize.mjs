// Prints the JavaScript each page loads, gzipped, from the build's manifest, and fails the build
// when the dashboard's is over its budget (the explorer, GraphiQL, is reported, not budgeted).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 400;
const outDir = fileURLToPath(new URL('../dist/web/', import.meta.url));
const manifest = JSON.parse(readFileSync(path.join(outDir, '.vite', 'manifest.json'), 'utf8'));

/** Every JS file an entry loads: its own and its imports, dynamic ones too (they are loaded on use). */
function scripts(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  const chunk = manifest[key];
  for (const next of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) scripts(next, seen);
  return seen;
}

const gzipped = (file) => gzipSync(readFileSync(path.join(outDir, file)), { level: 9 }).length;
const kb = (bytes) => (bytes / 1024).toFixed(1);
const sizes = {};
for (const [page, entry] of [
  ['dashboard', 'index.html'],
  ['print', 'print.html'],
  ['explorer', 'explorer.html'],
]) {
  const files = [...scripts(entry)].map((key) => manifest[key].file).filter((file) => file.endsWith('.js'));
  sizes[page] = files.reduce((sum, file) => sum + gzipped(file), 0);
  console.log(
    `web: ${page} page loads ${files.length} JS files, ${kb(sizes[page])} KB gzipped${page === 'dashboard' ? ` (budget ${BUDGET_KB} KB)` : ''}`,
  );
}
if (sizes.dashboard > BUDGET_KB * 1024) {
  console.error(
    `web: the dashboard's JavaScript is ${kb(sizes.dashboard)} KB gzipped, over its ${BUDGET_KB} KB budget`,
  );
  process.exit(1);
}
