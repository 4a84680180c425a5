// The build's first-load group (vite.config.ts, docs/decisions/022): every module
// the app's page loads at once ships in one file, the entry's. Left to itself,
// Rolldown places each piece the entry shares with later screens into the entry one
// at a time, and keeps a piece apart whenever another piece it has yet to place
// imports it (placing it would make a cycle for that moment). Which pieces end up
// apart then turns on the order it visits them: a small first-load module importing
// a widely shared one (the lock's flag importing `watched`) split the storage door,
// the wipe gate and zustand into files of their own.
import { resolve } from 'node:path';
import type { Rolldown } from 'vite';

type ChunkingContext = Rolldown.ChunkingContext;

/** The app's page (the bench's page, an entry of its own, is left out). */
const APP_PAGE = resolve('index.html').replace(/\\/g, '/');

const loadedByPass = new WeakMap<ChunkingContext, Set<string>>();

/** The page's modules and their static imports, and theirs: what it loads before anything else. */
function loadedAtOnce(ctx: ChunkingContext): Set<string> {
  const known = loadedByPass.get(ctx);
  if (known) return known;
  const found = new Set<string>();
  const queue = [APP_PAGE];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    const info = found.has(id) ? null : ctx.getModuleInfo(id);
    if (!info) continue;
    found.add(id);
    queue.push(...info.importedIds);
  }
  loadedByPass.set(ctx, found);
  return found;
}

/** A code-splitting group's name function: `first-load` for what the page loads at once. */
export function firstLoadChunk(id: string, ctx: ChunkingContext): string | null {
  return loadedAtOnce(ctx).has(id) ? 'first-load' : null;
}
