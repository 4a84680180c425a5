// Loaded by public/first-paint.js, once a page that carries an early-paint
// template has painted, and before the app starts (docs/decisions/004). Built on
// its own, without React or zod (prerender-plugin.ts), so it is small enough to
// come before the app: it reads the person's words straight from IndexedDB,
// fills the template the screen's own components drew at build time, and swaps
// the page whole for a copy holding them, so nothing on screen moves.
import { localCalendarDay } from '../../lib/relative-day';
import { readStored } from '../../storage/backends/read-before-app';
import type { PracticeNames } from '../../content/catalog';
import { fillChildren, type Fill } from './fill';
import { NOTHING_YET, NOTHING_YET_TEMPLATE, type PageFacts, type Recipe } from './recipe';
import { fitsShape, type Shape } from './record-shape';
import { goal } from './recipes/goal';
import { journalEntry } from './recipes/journal-entry';
import { journalList } from './recipes/journal-list';
import { noGoalsYet } from './recipes/no-goals-yet';
import { practiceDone } from './recipes/practice-done';

const RECIPES: Readonly<Record<string, Recipe>> = { practiceDone, journalEntry, goal, journalList, noGoalsYet };

/**
 * Draws the template from the stored records; false when it drew nothing.
 * `mayDraw` is asked last, just before the page is swapped: once the app has
 * started it owns #root, and the page is left alone.
 */
export async function paint(
  template: HTMLTemplateElement,
  mayDraw: () => boolean,
): Promise<boolean> {
  const name = template.dataset.recipe ?? '';
  const recipe = Object.hasOwn(RECIPES, name) ? RECIPES[name] : undefined;
  const key = addressKey();
  if (!recipe || (key === null && recipe.reads.some((read) => read.byAddress))) return false;
  const stored = await Promise.all(
    recipe.reads.map((read) => readStored(read.collection, read.byAddress ? key : null)),
  );
  if (!stored.every((values) => values !== null)) return false;
  try {
    const fill = recipe.fill(stored, pageFacts(template));
    if (!fill) return false;
    const chosen = fill === NOTHING_YET ? document.getElementById(NOTHING_YET_TEMPLATE) : template;
    if (!(chosen instanceof HTMLTemplateElement)) return false;
    // Wording the records (the first date formatted loads the locale's data) and
    // building the page are each a slow phone's moment: two tasks, not one long one.
    await nextTask();
    const next = drawn(chosen, fill === NOTHING_YET ? {} : fill);
    if (!next || !mayDraw()) return false;
    document.getElementById('root')?.replaceWith(next);
    return true;
  } catch {
    return false;
  }
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The last part of the address, which names a record (null when badly written: a stray %). */
function addressKey(): string | null {
  try {
    return decodeURIComponent(location.pathname.replace(/\/+$/, '').split('/').pop() ?? '');
  } catch {
    return null;
  }
}

function pageFacts(template: HTMLTemplateElement): PageFacts {
  const practices = JSON.parse(template.dataset.practices ?? '[]') as PracticeNames[];
  const shape = JSON.parse(template.dataset.shape ?? 'null') as Shape | null;
  return {
    data: template.dataset,
    asStored: <T>(value: unknown) => (shape !== null && fitsShape(value, shape) ? (value as T) : undefined),
    search: new URLSearchParams(location.search),
    today: localCalendarDay(),
    findPractice: (id) => practices.find((practice) => practice.id === id),
  };
}

/**
 * A copy of #root with the filled template in place of what the page shows above
 * its waiting line (and of the waiting line too, when the template is the whole
 * screen: data-whole).
 */
function drawn(template: HTMLTemplateElement, fill: Fill): HTMLElement | null {
  const next = document.getElementById('root')?.cloneNode(true) as HTMLElement | undefined;
  const waiting = next?.querySelector('[data-screen-loading]');
  if (!next || !waiting?.parentNode) return null;
  const top = template.content.cloneNode(true) as DocumentFragment;
  fillChildren(top, fill);
  if (template.hasAttribute('data-whole')) waiting.parentNode.replaceChildren(top);
  else waiting.parentNode.replaceChildren(top, waiting);
  return next;
}
