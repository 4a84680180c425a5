// Compiles content/ at build time into virtual modules, so no Markdown parser
// ships to the browser. A broken file fails the build with its file and line.
import { resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { compileContent, type CompiledContent } from './compile-content.ts';
import { summarizeModule } from './compile-module.ts';
import { ContentError } from './content-error.ts';

const CATALOG = 'virtual:mend/catalog';
const SEARCH_INDEX = 'virtual:mend/search-index';
const MODULE_PREFIX = 'virtual:mend/module/';
const PAGE_PREFIX = 'virtual:mend/page/';

export function mendContent(options: { dir?: string } = {}): Plugin {
  const dir = resolve(options.dir ?? 'content');
  let cache: CompiledContent | null = null;

  const content = (): CompiledContent => {
    cache ??= compileContent(dir);
    return cache;
  };

  return {
    name: 'mend-content',
    resolveId(id) {
      if (id === CATALOG || id === SEARCH_INDEX || id.startsWith(MODULE_PREFIX) || id.startsWith(PAGE_PREFIX)) return `\0${id}`;
      return null;
    },
    load(id) {
      if (!id.startsWith('\0virtual:mend/')) return null;
      const name = id.slice(1);
      try {
        const { modules, pages, files } = content();
        for (const file of files) this.addWatchFile(file);
        if (name === SEARCH_INDEX) {
          const index = Object.fromEntries(modules.map((m) => [m.id, summarizeModule(m).searchText]));
          return `export const searchText = ${JSON.stringify(index)};`;
        }
        if (name === CATALOG) {
          // The search text is its own chunk, loaded on the first search.
          const summaries = modules.map((m) => {
            const { searchText: _searchText, ...summary } = summarizeModule(m);
            return summary;
          });
          const loaders = modules
            .map((m) => `${JSON.stringify(m.id)}: () => import(${JSON.stringify(MODULE_PREFIX + m.id)})`)
            .join(',\n');
          const pageLoaders = pages
            .map((p) => `${JSON.stringify(p.id)}: () => import(${JSON.stringify(PAGE_PREFIX + p.id)})`)
            .join(',\n');
          return [
            `export const modules = ${JSON.stringify(summaries)};`,
            `export const moduleLoaders = {${loaders}};`,
            `export const pageLoaders = {${pageLoaders}};`,
          ].join('\n');
        }
        if (name.startsWith(MODULE_PREFIX)) {
          const module = modules.find((m) => m.id === name.slice(MODULE_PREFIX.length));
          if (!module) this.error(`No content module called ${name.slice(MODULE_PREFIX.length)}`);
          return `export default ${JSON.stringify(module)};`;
        }
        const page = pages.find((p) => p.id === name.slice(PAGE_PREFIX.length));
        if (!page) this.error(`No content page called ${name.slice(PAGE_PREFIX.length)}`);
        return `export default ${JSON.stringify(page)};`;
      } catch (error) {
        if (error instanceof ContentError) this.error(`Content error in ${error.message}`);
        throw error;
      }
    },
    configureServer(server: ViteDevServer) {
      server.watcher.add(dir);
      server.watcher.on('all', (_event, path) => {
        if (!path.startsWith(dir) || !path.endsWith('.md')) return;
        cache = null;
        for (const module of server.moduleGraph.idToModuleMap.values()) {
          if (module.id?.startsWith('\0virtual:mend/')) server.moduleGraph.invalidateModule(module);
        }
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
