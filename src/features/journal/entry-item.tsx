import { memo } from 'react';
import type { JournalEntry } from '../../storage/collections/journal';
import { EntrySource } from './entry-source';
import type { SourceWords } from './entry-source-words';
import { excerptOf, matchRanges } from './highlight';
import { HighlightedText } from './highlighted-text';
import styles from './journal.module.css';

/**
 * One entry in the list: when, the start of its words, mood, tags and where it
 * came from. Also drawn before the app starts (src/app/early-paint): the parts
 * not every entry has are marked with data-part, and its copies with data-each.
 */
export const EntryItem = memo(function EntryItem({
  entry,
  time,
  source,
  dayLabel,
  words,
}: {
  entry: Pick<JournalEntry, 'id' | 'text' | 'mood' | 'tags'>;
  time: string;
  source: SourceWords | null;
  dayLabel: string;
  words: readonly string[];
}) {
  const excerpt = excerptOf(entry.text, words);
  return (
    <article className={styles.entry} data-each="entries">
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
      {entry.mood !== null || entry.tags.length > 0 || source ? (
        <div className={styles.meta} data-part="hasMeta">
          {entry.mood !== null ? <span data-part="hasMood">Mood {entry.mood} of 10</span> : null}
          {entry.tags.length > 0 ? (
            <ul className={styles.tags} aria-label="Tags" data-part="hasTags">
              {entry.tags.map((tag) => (
                <li key={tag} data-each="tags">
                  <HighlightedText text={tag} ranges={matchRanges(tag, words)} />
                </li>
              ))}
            </ul>
          ) : null}
          {source ? <EntrySource words={source} className={styles.source} part="hasSource" /> : null}
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
