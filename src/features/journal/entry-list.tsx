import { useEffect, useMemo, useRef } from 'react';
import type { JournalEntry } from '../../storage/journal';
import { Button } from '../../ui/button';
import { groupByDay } from './entry-groups';
import { EntryItem } from './entry-item';
import styles from './journal.module.css';

/**
 * The entries shown so far, under their days. Only `shown` entries are in the page:
 * more arrive as the person scrolls near the end, or with the button, so the page
 * stays light with thousands of entries.
 */
export function EntryList({
  entries,
  shown,
  words,
  today,
  onShowMore,
}: {
  entries: readonly JournalEntry[];
  shown: number;
  words: readonly string[];
  today: string;
  onShowMore: () => void;
}) {
  const groups = useMemo(() => groupByDay(entries.slice(0, shown), today), [entries, shown, today]);
  const hasMore = shown < entries.length;
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
  }, [hasMore, shown]);

  return (
    <section className={styles.list} aria-label="Your entries">
      {groups.map((group) => (
        <div key={group.day} className={styles.day}>
          <h2 className={styles.dayTitle}>{group.label}</h2>
          {group.entries.map((entry) => (
            <EntryItem key={entry.id} entry={entry} dayLabel={group.label} words={words} />
          ))}
        </div>
      ))}
      {hasMore ? (
        <div ref={sentinel} className={styles.more}>
          <Button variant="secondary" onClick={onShowMore}>
            Show more entries
          </Button>
        </div>
      ) : null}
    </section>
  );
}
