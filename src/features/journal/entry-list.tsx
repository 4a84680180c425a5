import { memo, useEffect, useMemo, useRef, type MouseEventHandler, type ReactNode } from 'react';
import { findModuleSummary } from '../../content/catalog';
import type { JournalEntry, JournalLink } from '../../storage/collections/journal';
import { Button } from '../../ui/button';
import { useInAppLinks } from '../../ui/in-app-links';
import { groupByDay, timeLabel } from './entry-groups';
import { EntryItem } from './entry-item';
import { sourceWords, type SourceWords } from './entry-source-words';
import styles from './journal.module.css';

// Kept per link (a stored entry never changes in place), so an entry redrawn with
// the same words gets the same object and EntryItem's memo holds.
const sourceWordsOf = new WeakMap<JournalLink, SourceWords>();

function sourceOf(link: JournalLink): SourceWords {
  let words = sourceWordsOf.get(link);
  if (!words) {
    words = sourceWords(link, findModuleSummary);
    sourceWordsOf.set(link, words);
  }
  return words;
}

/**
 * A window of the entries, under their days: entries[start, end). Older ones
 * arrive as the person scrolls near the end (or with the button) and the newest
 * leave the page, so it stays light however far someone reads back. Memoised:
 * a keystroke in the search redraws the box at once and no entry until the
 * list has caught up with it.
 */
export const EntryList = memo(function EntryList({
  entries,
  start,
  end,
  words,
  today,
  onShowMore,
  onShowNewer,
}: {
  entries: readonly JournalEntry[];
  start: number;
  end: number;
  words: readonly string[];
  today: string;
  onShowMore: () => void;
  onShowNewer: () => void;
}) {
  const groups = useMemo(() => groupByDay(entries.slice(start, end), today), [entries, start, end, today]);
  const hasMore = end < entries.length;
  const openInApp = useInAppLinks();

  const sentinel = useRef<HTMLDivElement>(null);
  const showMore = useRef(onShowMore);
  useEffect(() => {
    showMore.current = onShowMore;
  });

  useEffect(() => {
    const target = sentinel.current;
    if (!hasMore || !target || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (seen) => {
        if (seen.some((s) => s.isIntersecting)) showMore.current();
      },
      { rootMargin: '0px 0px 600px 0px' },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [hasMore, end]);

  return (
    <EntriesSection onClick={openInApp}>
      {start > 0 ? (
        <div className={styles.more}>
          <Button variant="secondary" onClick={onShowNewer}>
            Show newer entries
          </Button>
        </div>
      ) : null}
      {groups.map((group) => (
        <EntryDay key={group.day} label={group.label}>
          {group.entries.map((entry) => (
            <EntryItem
              key={entry.id}
              entry={entry}
              time={timeLabel(entry.createdAt)}
              source={entry.link ? sourceOf(entry.link) : null}
              dayLabel={group.label}
              words={words}
            />
          ))}
        </EntryDay>
      ))}
      {hasMore ? (
        <div ref={sentinel} className={styles.more}>
          <Button variant="secondary" onClick={onShowMore}>
            Show more entries
          </Button>
        </div>
      ) : null}
    </EntriesSection>
  );
});

/** The list's own box (also drawn before the app starts: src/app/early-paint). */
export function EntriesSection({ onClick, children }: { onClick?: MouseEventHandler; children: ReactNode }) {
  return (
    <section className={styles.list} aria-label="Your entries" onClick={onClick}>
      {children}
    </section>
  );
}

/** One day's entries under its heading. */
export function EntryDay({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className={styles.day} data-each="groups">
      <h2 className={styles.dayTitle}>{label}</h2>
      {children}
    </div>
  );
}
