// The app's way in to content: the list of modules (always loaded, small) and
// each module's full text (loaded when opened).
import { moduleLoaders, modules, pageLoaders } from 'virtual:mend/catalog';
import { matchesAllWords, normalizeForSearch } from '../lib/text-search';
import type { Module, ModuleSummary, Page, Situation } from './module-schema';

/** The practices the library lists, searches and suggests. First aid has its own way in. */
export const moduleSummaries: readonly ModuleSummary[] = modules.filter((module) => module.listed);

/** Any practice by id, listed or not, for screens that name one (resume, journal, goals). */
export function findModuleSummary(id: string): ModuleSummary | undefined {
  return modules.find((module) => module.id === id);
}

// Ids come from addresses people type: "__proto__" or "valueOf" must find nothing,
// not something every object has.
const own = <V>(table: Record<string, V>, id: string): V | undefined =>
  Object.hasOwn(table, id) ? table[id] : undefined;

/** What the journal and goals need to name a practice: its title and its steps' titles. */
export type PracticeNames = { id: string; title: string; steps: readonly { id: string; title: string }[] };

/** Every practice's id, title and step titles: how the journal and goals name where something came from. */
export function practiceNames(): PracticeNames[] {
  return modules.map(({ id, title, steps }: ModuleSummary) => ({ id, title, steps: steps.map((step) => ({ id: step.id, title: step.title })) }));
}

export async function loadModule(id: string): Promise<Module | undefined> {
  const load = own(moduleLoaders, id);
  return load ? (await load()).default : undefined;
}

export async function loadPage(id: string): Promise<Page | undefined> {
  const load = own(pageLoaders, id);
  return load ? (await load()).default : undefined;
}

export type SearchIndex = Record<string, string>;

/** The full text of every module, for search: loaded when someone first searches. */
export async function loadSearchIndex(): Promise<SearchIndex> {
  return (await import('virtual:mend/search-index')).searchText;
}

/** Until the index arrives, titles and summaries are searched, so typing never waits. */
export function searchModules(query: string, situation: Situation | null, index: SearchIndex | null): ModuleSummary[] {
  return moduleSummaries.filter((module) => {
    if (situation !== null && !module.situations.includes(situation)) return false;
    const text = index?.[module.id] ?? normalizeForSearch(`${module.id.replace(/-/g, ' ')} ${module.title} ${module.summary}`);
    return matchesAllWords(text, query);
  });
}
