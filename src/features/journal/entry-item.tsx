import { memo } from 'react';
import type { JournalEntry } from '../../storage/collections/journal';
import { timeLabel } from './entry-groups';
import { EntrySource } from './entry-source';
import { excerptOf, matchRanges } from './highlight';
import { HighlightedText } from './highlighted-text';
import styles from './journal.module.css';

/** One entry in the list: when, the start of its words, mood, tags and where it came from. */
export const EntryItem = memo(function EntryItem({
  entry,
  dayLabel,
  words,
}: {
  entry: JournalEntry;
  dayLabel: string;
  words: readonly string[];
}) {
  const time = timeLabel(entry.createdAt);
  const excerpt = excerptOf(entry.text, words);
  return (
    <article className={styles.entry}>
      <h3 className={styles.time}>{time}</h3>
      <p className={styles.excerpt}>
        {excerpt.isCutAtStart ? '… ' : null}
        {excerpt.text === '' ? (
          <span className={styles.muted}>No words, just a moment noted.</span>
        ) : (
          <HighlightedText text={excerpt.text} ranges={excerpt.ranges} />
        )}
        {excerpt.isCutAtEnd ? ' …' : null}
      </p>
      {entry.mood !== null || entry.tags.length > 0 || entry.link ? (
        <div className={styles.meta}>
          {entry.mood !== null ? <span>Mood {entry.mood} of 10</span> : null}
          {entry.tags.length > 0 ? (
            <ul className={styles.tags} aria-label="Tags">
              {entry.tags.map((tag) => (
                <li key={tag}>
                  <HighlightedText text={tag} ranges={matchRanges(tag, words)} />
                </li>
              ))}
            </ul>
          ) : null}
          {entry.link ? <EntrySource link={entry.link} className={styles.source} /> : null}
        </div>
      ) : null}
      {/* A plain link: the list opens it within the app (useInAppLinks). */}
      <a
        href={`/journal/${encodeURIComponent(entry.id)}`}
        className={styles.open}
        aria-label={`Open entry from ${dayLabel}, ${time}`}
      >
        Open entry
      </a>
    </article>
  );
});
