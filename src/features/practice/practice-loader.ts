import { data, type LoaderFunctionArgs } from 'react-router';
import { loadModule } from '../../content/catalog';
import type { Module } from '../../content/module-schema';
import { usePracticeStore } from './practice-store';

/** Loads the module's text and the person's runs before the screen shows. */
export async function practiceLoader({ params }: LoaderFunctionArgs): Promise<{ module: Module }> {
  const [module] = await Promise.all([
    loadModule(params.moduleId ?? ''),
    usePracticeStore.getState().load(),
  ]);
  if (!module) throw data('No such practice', { status: 404 });
  if (params.n !== undefined) {
    const n = Number(params.n);
    if (!Number.isInteger(n) || n < 1 || n > module.steps.length)
      throw data('No such step', { status: 404 });
  }
  return { module };
}
