// The layers as docs/decisions/015-layers.md draws them, checked against the
// code's own imports (type-only and dynamic ones too): if a file reaches a layer
// it may not, or two files import each other round a loop, this fails and names them.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCycles, importGraph } from '../../src/app/import-graph';

const graph = importGraph('src');

/** The layer a file sits in: its top folder, or its storage sub-folder. */
function layerOf(file: string): string {
  const parts = file.split('/');
  return parts[1] === 'storage' ? `storage/${parts[2]}` : (parts[1] ?? '');
}

const STORAGE_BASE = ['storage/backends', 'storage/signals'];
const ENGINE = [...STORAGE_BASE, 'storage/engine'];
const STORAGE_BELOW_LOCK = [...ENGINE, 'storage/collections'];
/** Every other storage folder is built on the engine (lock, backup, device, sync, ...): read from the folders, so a new one is fenced with no edit. */
const BUILT_ON_ENGINE = fs
  .readdirSync('src/storage', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !STORAGE_BELOW_LOCK.includes(`storage/${entry.name}`))
  .map((entry) => `storage/${entry.name}`);
const STORAGE = [...STORAGE_BELOW_LOCK, ...BUILT_ON_ENGINE];

/** Whom each layer may import, besides itself and lib/. */
const MAY_IMPORT: Record<string, string[]> = {
  lib: [],
  content: [],
  'storage/backends': STORAGE_BASE,
  'storage/signals': STORAGE_BASE,
  'storage/engine': ENGINE,
  'storage/collections': STORAGE_BELOW_LOCK,
  ...Object.fromEntries(BUILT_ON_ENGINE.map((layer) => [layer, STORAGE])),
  state: [...STORAGE, 'content'],
  ui: ['content'],
  features: ['state', ...STORAGE, 'ui', 'content'],
  app: ['features', 'state', ...STORAGE, 'ui', 'content'],
};

describe('the layers', () => {
  it('names a rule for every folder in src and storage', () => {
    const unknown = [...new Set([...graph.keys()].map(layerOf))].filter(
      (layer) => !(layer in MAY_IMPORT) && !layer.endsWith('.tsx') && !layer.endsWith('.ts'),
    );
    expect(unknown).toEqual([]);
  });

  it('lets each layer import only the layers beneath it', () => {
    const crossings = [...graph].flatMap(([file, targets]) =>
      targets
        .filter((target) => {
          const from = layerOf(file);
          const to = layerOf(target);
          const allowed = MAY_IMPORT[from];
          return allowed !== undefined && to !== from && to !== 'lib' && !allowed.includes(to);
        })
        .map((target) => `${file} -> ${target}`),
    );
    expect(crossings).toEqual([]);
  });

  it('keeps features apart: none imports another', () => {
    const featureOf = (file: string) => (file.startsWith('src/features/') ? file.split('/')[2] : null);
    const crossings = [...graph].flatMap(([file, targets]) =>
      targets
        .filter((target) => featureOf(file) && featureOf(target) && featureOf(file) !== featureOf(target))
        .map((target) => `${file} -> ${target}`),
    );
    expect(crossings).toEqual([]);
  });

  it('has no import cycle, counting type-only and dynamic imports', () => {
    expect(importCycles(graph).map((cycle) => cycle.join(' -> '))).toEqual([]);
  });

  it('holds no React or zustand in storage: it speaks in promises and notices', () => {
    const reactive = [...graph.keys()].filter(
      (file) => file.startsWith('src/storage/') && /from '(react|zustand)[/']/.test(fs.readFileSync(file, 'utf8')),
    );
    expect(reactive).toEqual([]);
  });
});
