// Types of the virtual modules the content plugin builds from content/.
declare module 'virtual:mend/catalog' {
  import type { Module, ModuleSummary, Page } from './module-schema';
  export const modules: ModuleSummary[];
  export const moduleLoaders: Record<string, () => Promise<{ default: Module }>>;
  export const pageLoaders: Record<string, () => Promise<{ default: Page }>>;
}

declare module 'virtual:mend/search-index' {
  export const searchText: Record<string, string>;
}
