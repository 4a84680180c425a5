// The code's own imports, read from its files (at build time and in tests):
// every relative import, type-only and dynamic ones too, resolved to the file it
// names. The build uses it to find what the entry loads at once (vite.config.ts);
// a test uses it to keep the layers and to find import cycles.
import fs from 'node:fs';
import path from 'node:path';

const SPECIFIER = /(?:\bfrom|\bimport|\bimport\s*\()\s*['"](\.{1,2}\/[^'"?]+)(?:\?[^'"]*)?['"]/g;
const WORKER_URL = /new URL\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*,\s*import\.meta\.url/g;

function filesUnder(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return filesUnder(full);
    return /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

function resolve(from: string, specifier: string): string | null {
  const base = path.join(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Each file under `root` (relative to the repository), with the files it imports. */
export function importGraph(root = 'src'): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of filesUnder(root)) {
    const text = fs.readFileSync(file, 'utf8');
    const targets = [...text.matchAll(SPECIFIER), ...text.matchAll(WORKER_URL)]
      .map((match) => resolve(file, match[1]!))
      .filter((target): target is string => target !== null);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

// A static import that stays in the built code: not `import type`/`export type`
// (erased), not `import()` (loaded later). With verbatimModuleSyntax an import of
// types only, written `import { type A }`, stays as an import, so it counts.
const STATIC_IMPORT = /^\s*(?:import(?!\s+type\s)(?:[^'";]*?\sfrom)?|export(?!\s+type\s)[^'";]*?\sfrom)\s*['"](\.{1,2}\/[^'"?]+)(?:\?[^'"]*)?['"]/gm;

/** Every file the entry loads at once: its static imports, and theirs, and so on. */
export function loadedWith(entry: string): Set<string> {
  const found = new Set<string>();
  const visit = (file: string) => {
    if (found.has(file)) return;
    found.add(file);
    for (const match of fs.readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      const target = resolve(file, match[1]!);
      if (target && /\.(ts|tsx)$/.test(target)) visit(target);
    }
  };
  visit(entry);
  return found;
}

/** Every cycle, each named by the files in it, found by a depth-first walk. */
export function importCycles(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const trail: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    trail.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') cycles.push([...trail.slice(trail.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    trail.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return cycles;
}
