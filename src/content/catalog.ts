// The app's way in to content: the list of modules (always loaded, small) and
// each module's full text (loaded when opened).
import { moduleLoaders, modules, pageLoaders } from 'virtual:mend/catalog';
import { matchesAllWords } from '../lib/text-search';
import type { Module, ModuleSummary, Page, Situation } from './module-schema';

export const moduleSummaries: readonly ModuleSummary[] = modules;

export function findModuleSummary(id: string): ModuleSummary | undefined {
  return modules.find((module) => module.id === id);
}

export async function loadModule(id: string): Promise<Module | undefined> {
  const load = moduleLoaders[id];
  return load ? (await load()).default : undefined;
}

export async function loadPage(id: string): Promise<Page | undefined> {
  const load = pageLoaders[id];
  return load ? (await load()).default : undefined;
}

export function searchModules(query: string, situation: Situation | null): ModuleSummary[] {
  return modules.filter(
    (module) =>
      (situation === null || module.situations.includes(situation)) &&
      matchesAllWords(module.searchText, query),
  );
}
