import { use } from 'react';
import { useParams } from 'react-router';
import { loadModule } from '../../content/catalog';
import type { Module } from '../../content/module-schema';
import { createSuspenseCache } from '../../lib/suspense-cache';
import { practice } from './practice-store';

const modules = createSuspenseCache(loadModule);

/** Starts loading a practice's content before its screen first renders. */
export function preloadPracticeModule(moduleId: string): Promise<unknown> {
  return modules.get(moduleId);
}

/**
 * The module named in the URL (suspends until its content has arrived), and
 * starts reading the person's runs; undefined when there is no such module.
 * The content shows at once; the parts that wait for stored answers hold their place.
 */
export function usePracticeModule(): Module | undefined {
  const { moduleId = '' } = useParams();
  const module = use(modules.get(moduleId));
  void practice.load();
  return module;
}
