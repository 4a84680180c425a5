import { useEffect, useMemo, useRef } from 'react';
import type { JournalEntry } from '../../storage/collections/journal';
import { Button } from '../../ui/button';
import { useInAppLinks } from '../../ui/in-app-links';
import { groupByDay } from './entry-groups';
import { EntryItem } from './entry-item';
import styles from './journal.module.css';

/**
 * A window of the entries, under their days: entries[start, end). Older ones
 * arrive as the person scrolls near the end (or with the button) and the newest
 * leave the page, so it stays light however far someone reads back.
 */
export function EntryList({
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
    <section className={styles.list} aria-label="Your entries" onClick={openInApp}>
      {start > 0 ? (
        <div className={styles.more}>
          <Button variant="secondary" onClick={onShowNewer}>
            Show newer entries
          </Button>
        </div>
      ) : null}
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
