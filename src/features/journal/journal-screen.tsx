import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { localCalendarDay } from '../../lib/relative-day';
import { useLoaded } from '../../state/use-loaded';
import { Button, ButtonLink } from '../../ui/button';
import { Page, layout } from '../../ui/layout';
import { PageHeading } from '../../ui/page-heading';
import { UnreadableNotice } from '../../ui/unreadable-notice';
import { EntryList } from './entry-list';
import { EMPTY_FILTERS, filterEntries, hasFilters, queryWords } from './filter-entries';
import { JournalFilterBar } from './journal-filters';
import { JournalToast } from './journal-toast';
import { PAGE_SIZE, statusWords, WINDOW_SIZE } from './journal-paging';
import styles from './journal.module.css';
import { journal, journalRecords, useJournalStore } from './journal-store';
import { UnfinishedWriting } from './unfinished-writing';
import { useJournalEntries } from './use-journal-entries';
import { WAITING_FOR_DATA } from '../../ui/screen-loading';

export function JournalScreen() {
  const phase = useLoaded(journalRecords);
  const entries = useJournalEntries();
  const filters = useJournalStore((state) => state.filters);
  const { setFilters } = journal;
  // Typing stays quick: the list catches up with the search box a moment later.
  const deferredFilters = useDeferredValue(filters);
  const matches = useMemo(
    () => filterEntries(entries, deferredFilters),
    [entries, deferredFilters],
  );
  const words = useMemo(() => queryWords(deferredFilters.query), [deferredFilters.query]);
  const isFiltered = hasFilters(deferredFilters);

  // Back to the first page whenever what is asked for changes.
  const [paging, setPaging] = useState({ for: matches, end: PAGE_SIZE });
  const end = Math.min(paging.for === matches ? paging.end : PAGE_SIZE, matches.length);
  const start = Math.max(0, end - WINDOW_SIZE);
  // Kept the same while the list is, so a keystroke does not redraw it (EntryList is memoised).
  const showMore = useCallback(() => setPaging({ for: matches, end: end + PAGE_SIZE }), [matches, end]);
  const showNewer = useCallback(
    () => setPaging({ for: matches, end: Math.max(Math.min(WINDOW_SIZE, matches.length), end - PAGE_SIZE) }),
    [matches, end],
  );

  if (phase === 'unreadable') {
    return <UnreadableNotice what="your journal" onRetry={() => void journalRecords.load()} />;
  }
  return (
    <Page>
      <JournalHead />

      {phase !== 'ready' ? (
        <p className={styles.status} {...WAITING_FOR_DATA}>
          Opening your journal…
        </p>
      ) : entries.length === 0 ? (
        <div className={`${layout.card} ${styles.empty}`}>
          <p>Nothing here yet. Start with a practice, or just write.</p>
          <div className={layout.actions}>
            <ButtonLink to="/" variant="secondary">
              Start with a practice
            </ButtonLink>
            <Link to="/journal/new">Just write</Link>
          </div>
        </div>
      ) : (
        <>
          <JournalFilterBar entries={entries} filters={filters} onChange={setFilters} />
          <ListStatus
            words={statusWords(entries.length, matches.length, start, end, isFiltered)}
            // With nothing to show, the message below says it.
            isHidden={matches.length === 0}
          />
          {matches.length > 0 ? (
            <EntryList
              entries={matches}
              start={start}
              end={end}
              words={words}
              today={localCalendarDay()}
              onShowMore={showMore}
              onShowNewer={showNewer}
            />
          ) : (
            <div className={`${layout.card} ${styles.empty}`}>
              <p>
                No entries match
                {deferredFilters.query.trim() ? ` “${deferredFilters.query.trim()}”` : ''}
                {hasFilters({ ...deferredFilters, query: '' }) ? ' with these filters' : ''}. Your
                entries are all still here.
              </p>
              <Button variant="secondary" onClick={() => setFilters(EMPTY_FILTERS)}>
                Clear search and filters
              </Button>
            </div>
          )}
        </>
      )}
    </Page>
  );
}

/** The journal's heading and what sits above the list (also drawn before the app starts: src/app/early-paint). */
export function JournalHead() {
  return (
    <>
      <div className={styles.top}>
        <PageHeading title="Your journal">Your journal</PageHeading>
        <ButtonLink to="/journal/new">Write an entry</ButtonLink>
      </div>
      <p className={layout.lead}>
        Private, and kept on this device. Write as much or as little as you like.
      </p>
      <JournalToast />
      <UnfinishedWriting />
    </>
  );
}

/** How many entries there are and which are shown; said to screen readers even when hidden. */
export function ListStatus({ words, isHidden }: { words: string; isHidden: boolean }) {
  return (
    <p role="status" className={isHidden ? 'visually-hidden' : styles.status}>
      {words}
    </p>
  );
}
