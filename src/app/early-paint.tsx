// Built for Node at build time only, beside prerender-pages.tsx. A screen whose
// largest part is the person's own words can't be prerendered whole; its page
// carries that part as a <template> with {{slots}}, drawn by the screen's own
// components, and public/first-paint.js fills the slots from IndexedDB and shows
// it before the app starts (docs/decisions/004). The app's live screen then
// replaces the page with the same words in the same place.
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { findModuleSummary } from '../content/catalog';
import { EntryTop, WRITTEN_WORDS } from '../features/journal/entry-editor-screen';
import { EntryTextField } from '../features/journal/entry-form';
import editor from '../features/journal/editor.module.css';
import { SummaryTop } from '../features/practice/done-screen';
import { DAY_WORDS } from '../lib/dates';
import { completionsCollection } from '../storage/collections/completions';
import { journalCollection } from '../storage/collections/journal';

type EarlyPaint = {
  /** Which of first-paint.js's recipes reads the records and fills the slots. */
  recipe: string;
  /** The collection the words are in, and the one format of it that may be drawn. */
  reads: { name: string; version: number };
  /** What else the recipe needs to know, as data-* attributes. */
  data: Record<string, string>;
  top: ReactNode;
};

function earlyPaintOf(address: string): EarlyPaint | null {
  const done = /^\/practices\/([^/]+)\/done$/.exec(address);
  const module = done ? findModuleSummary(done[1]!) : undefined;
  if (module) {
    return {
      recipe: 'practiceDone',
      reads: completionsCollection,
      data: { module: module.id, time: JSON.stringify(DAY_WORDS) },
      top: <SummaryTop module={module} day="{{day}}" />,
    };
  }
  // /journal/<id>, as the entry's shell page (journal/_entryId.html) is made.
  if (address === '/journal/:entryId') {
    return {
      recipe: 'journalEntry',
      reads: journalCollection,
      data: { time: JSON.stringify(WRITTEN_WORDS) },
      top: (
        <>
          <EntryTop written="{{written}}" />
          <form className={editor.form}>
            <div>
              <EntryTextField link={null} defaultValue="{{text}}" />
            </div>
          </form>
        </>
      ),
    };
  }
  return null;
}

/** The <template id="early-paint"> for a page, or '' for a page with none. */
export function renderEarlyPaint(address: string): string {
  const paint = earlyPaintOf(address);
  if (!paint) return '';
  const data = Object.fromEntries(Object.entries(paint.data).map(([name, value]) => [`data-${name}`, value]));
  return renderToString(
    <StaticRouter location={address}>
      <template id="early-paint" data-recipe={paint.recipe} data-reads={paint.reads.name} data-format={paint.reads.version} {...data}>
        {paint.top}
      </template>
    </StaticRouter>,
  );
}
