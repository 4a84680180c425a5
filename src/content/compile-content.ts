// Reads the whole content folder: every module and page, plus the checks that
// need them all at once (related modules exist, orders are unique).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compileModule } from './compile-module.ts';
import { compilePage } from './compile-page.ts';
import { ContentError } from './content-error.ts';
import type { Module, Page } from './module-schema.ts';

export type CompiledContent = { modules: Module[]; pages: Page[]; files: string[] };

export function compileContent(contentDir: string, rootDir = process.cwd()): CompiledContent {
  const read = (path: string) => ({ source: readFileSync(path, 'utf8'), file: relative(rootDir, path) });
  const moduleFiles = markdownFiles(contentDir).filter((name) => name !== 'README.md');
  const pageDir = join(contentDir, 'pages');
  const pageFiles = safeList(pageDir);

  const modules = moduleFiles.map((name) => {
    const { source, file } = read(join(contentDir, name));
    return compileModule(source, file);
  });
  const pages = pageFiles.map((name) => {
    const { source, file } = read(join(pageDir, name));
    return compilePage(source, file);
  });

  const ids = new Set(modules.map((module) => module.id));
  for (const module of modules) {
    const file = relative(rootDir, join(contentDir, `${module.id}.md`));
    const missing = module.related.find((id) => !ids.has(id));
    if (missing) throw new ContentError(file, lineOf(file, rootDir, 'related'), `frontmatter: "related" names "${missing}", which is not a module`);
  }
  modules.sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
  const files = [
    ...moduleFiles.map((name) => join(contentDir, name)),
    ...pageFiles.map((name) => join(pageDir, name)),
  ];
  return { modules, pages, files };
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => entry.name)
    .sort();
}

function safeList(dir: string): string[] {
  try {
    return markdownFiles(dir);
  } catch {
    return [];
  }
}

function lineOf(file: string, rootDir: string, field: string): number {
  const lines = readFileSync(join(rootDir, file), 'utf8').split('\n');
  return lines.findIndex((line) => line.startsWith(`${field}:`)) + 1 || 1;
}
