import { use } from 'react';
import { useParams } from 'react-router';
import { loadModule } from '../../content/catalog';
import type { Module } from '../../content/module-schema';
import { createSuspenseCache } from '../../lib/suspense-cache';
import { usePracticeStore } from './practice-store';

const modules = createSuspenseCache(loadModule);

/**
 * The module named in the URL, with the person's runs loaded; suspends until both
 * are ready. Undefined when there is no such module.
 */
export function usePracticeModule(): Module | undefined {
  const { moduleId = '' } = useParams();
  const module = use(modules.get(moduleId));
  use(usePracticeStore.getState().load());
  return module;
}
