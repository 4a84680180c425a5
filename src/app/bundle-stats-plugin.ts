// Records, at build time, how many bytes each source module adds to each chunk
// (Rollup's own stats), so the size check can name the largest modules in the
// first load. Written outside dist/, so it never ships.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';

export const BUNDLE_STATS_FILE = 'node_modules/.cache/mend-bundle-stats.json';

export function bundleStats(): Plugin {
  let isServerBuild = false;
  return {
    name: 'mend-bundle-stats',
    apply: 'build',
    configResolved(config) {
      isServerBuild = Boolean(config.build.ssr);
    },
    generateBundle(_options, bundle) {
      if (isServerBuild) return;
      const chunks: Record<string, { module: string; bytes: number }[]> = {};
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        chunks[output.fileName.replace(/^assets\//, '')] = Object.entries(output.modules)
          .map(([id, module]) => ({ module: readableId(id), bytes: module.renderedLength }))
          .filter((entry) => entry.bytes > 0)
          .sort((a, b) => b.bytes - a.bytes);
      }
      const file = resolve(BUNDLE_STATS_FILE);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(chunks));
    },
  };
}

function readableId(id: string): string {
  const clean = id.replace(/^\0/, '').replace(/\?.*$/, '');
  const inModules = clean.lastIndexOf('node_modules/');
  return inModules >= 0 ? clean.slice(inModules + 'node_modules/'.length) : relative(process.cwd(), clean);
}
