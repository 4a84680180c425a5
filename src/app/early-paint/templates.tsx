// Built for Node at build time only, beside prerender-pages.tsx. A screen whose
// largest part is the person's own words can't be prerendered whole; its page
// carries that part as a <template> with {{slots}} (see fill.ts), drawn by the
// screen's own components, and painter.ts fills it from IndexedDB and shows it
// before the app starts (docs/decisions/004). The app's live screen then
// replaces the page with the same words in the same place.
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { findModuleSummary, practiceNames } from '../../content/catalog';
import { GoalTop } from '../../features/goals/goal-top';
import { GoalLists, GoalsHead } from '../../features/goals/goals-screen';
import { EntryTop } from '../../features/journal/entry-editor-screen';
import { EntryTextField } from '../../features/journal/entry-form';
import { EntryItem } from '../../features/journal/entry-item';
import { EntriesSection, EntryDay } from '../../features/journal/entry-list';
import { EMPTY_FILTERS } from '../../features/journal/filter-entries';
import { JournalFilterBar } from '../../features/journal/journal-filters';
import { JournalHead, ListStatus } from '../../features/journal/journal-screen';
import editor from '../../features/journal/editor.module.css';
import { NotFinished, SummaryTop } from '../../features/practice/done-screen';
import { CompletionSchema } from '../../storage/collections/completions';
import { GoalSchema } from '../../storage/collections/goals';
import { StoredJournalEntrySchema } from '../../storage/collections/journal';
import { Page } from '../../ui/layout';
import { NOTHING_YET_TEMPLATE } from './recipe';
import { shapeOf } from './shape-of';

type EarlyPaint = {
  /** Which of painter.ts's recipes reads the records and fills the template. */
  recipe: string;
  /** The schema of the collection the words are in: its records are drawn only in that shape. */
  reads: Parameters<typeof shapeOf>[0];
  /** What else the recipe needs to know, as data-* attributes. */
  data?: Record<string, string>;
  /** The template is the whole screen as it first shows: the waiting line goes. */
  isWhole?: boolean;
  top: ReactNode;
  /** The whole screen as it shows with nothing of the person's for it yet, drawn when the recipe finds that. */
  nothingYet?: ReactNode;
};

function earlyPaintOf(address: string): EarlyPaint | null {
  const done = /^\/practices\/([^/]+)\/done$/.exec(address);
  const module = done ? findModuleSummary(done[1]!) : undefined;
  if (module) {
    return {
      recipe: 'practiceDone',
      reads: CompletionSchema,
      data: { module: module.id },
      top: <SummaryTop module={module} day="{{day}}" />,
      // Not begun either (a run begun offers to resume, which the app draws).
      nothingYet: <NotFinished module={module} hasRun={false} />,
    };
  }
  // The shells of the person's own addresses, as journal/_entryId.html is made.
  if (address === '/journal/:entryId') {
    return {
      recipe: 'journalEntry',
      reads: StoredJournalEntrySchema,
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
  if (address === '/goals/:goalId') {
    return {
      recipe: 'goal',
      reads: GoalSchema,
      data: {
        practices: JSON.stringify(
          practiceNames().map(({ id, title }) => ({ id, title, steps: [] })),
        ),
      },
      isWhole: true,
      top: (
        <Page>
          <GoalTop view={GOAL_SLOTS} />
        </Page>
      ),
    };
  }
  // A newcomer's bookmark: with no goal stored yet, the screen is its invitation
  // to a first goal, as the goals screen draws it with none (the build's store is empty).
  if (address === '/goals') {
    return {
      recipe: 'noGoalsYet',
      reads: GoalSchema,
      isWhole: true,
      top: (
        <>
          <GoalsHead />
          <GoalLists />
        </>
      ),
    };
  }
  if (address === '/journal') {
    return {
      recipe: 'journalList',
      reads: StoredJournalEntrySchema,
      data: { practices: JSON.stringify(practiceNames()) },
      isWhole: true,
      top: (
        <>
          <JournalHead />
          <JournalFilterBar entries={[]} filters={EMPTY_FILTERS} onChange={() => {}} />
          <ListStatus words="{{status}}" isHidden={false} />
          <EntriesSection>
            <EntryDay label="{{label}}">
              <EntryItem
                // Every part an entry may have, each marked (data-part) for entries without it.
                entry={{
                  id: '{{id}}',
                  text: '{{excerpt}}',
                  mood: '{{mood}}' as unknown as number,
                  tags: ['{{tag}}'],
                }}
                time="{{time}}"
                source={{ text: '{{sourceText}}', to: '/{{sourcePath}}' }}
                dayLabel="{{label}}"
                words={[]}
              />
            </EntryDay>
          </EntriesSection>
        </>
      ),
    };
  }
  return null;
}

const GOAL_SLOTS = {
  id: '{{id}}',
  title: '{{title}}',
  why: '{{why}}',
  practice: { id: '{{practiceId}}', title: '{{practiceTitle}}' },
  priority: '{{priority}}',
  isArchived: true,
  target: { day: '{{targetDay}}', relative: '{{targetRelative}}', full: '{{targetFull}}' },
  plannedFor: '{{plannedFor}}',
  today: '{{today}}',
};

/** The <template id="early-paint"> for a page, or '' for a page with none. */
export function renderEarlyPaint(address: string): string {
  const paint = earlyPaintOf(address);
  if (!paint) return '';
  const data = Object.fromEntries(
    Object.entries(paint.data ?? {}).map(([name, value]) => [`data-${name}`, value]),
  );
  return renderToString(
    <StaticRouter location={address}>
      <template
        id="early-paint"
        data-recipe={paint.recipe}
        data-shape={JSON.stringify(shapeOf(paint.reads))}
        data-whole={paint.isWhole ? '' : undefined}
        {...data}
      >
        {paint.top}
      </template>
      {paint.nothingYet ? (
        <template id={NOTHING_YET_TEMPLATE} data-whole="">
          {paint.nothingYet}
        </template>
      ) : null}
    </StaticRouter>,
  );
}
