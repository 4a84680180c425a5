import { useState } from 'react';
import type { JournalEntry } from '../../storage/collections/journal';
import { Button } from '../../ui/button';
import { CheckField } from '../../ui/fields';
import { momentWords } from './moment-words';
import { layout } from '../../ui/layout';
import styles from './summary.module.css';

/** Enough to find last week's; the rest a tap away. */
const SHOWN_AT_FIRST = 20;
const EXCERPT_LENGTH = 90;

const excerpt = (text: string) => {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line === '') return 'No words, just a moment noted.';
  return line.length > EXCERPT_LENGTH ? `${line.slice(0, EXCERPT_LENGTH).trimEnd()}…` : line;
};

/** The journal entries of the chosen days, each with a box: only those ticked go in. */
export function EntryChoices({
  entries,
  tickedIds,
  onTick,
}: {
  /** Newest first. */
  entries: readonly JournalEntry[];
  tickedIds: readonly string[];
  onTick: (id: string, isTicked: boolean) => void;
}) {
  const [shown, setShown] = useState(SHOWN_AT_FIRST);
  const ticked = new Set(tickedIds);
  const count = entries.filter((entry) => ticked.has(entry.id)).length;
  return (
    <fieldset className={styles.group}>
      <legend>Journal entries to include</legend>
      {entries.length === 0 ? (
        <p className={layout.muted}>No journal entries in these days.</p>
      ) : (
        <>
          <p className={layout.muted}>
            None go in unless you tick them.{' '}
            {count === 0 ? null : count === 1 ? 'One is ticked.' : `${count} are ticked.`}
          </p>
          <ul className={styles.entryChoices}>
            {entries.slice(0, shown).map((entry) => (
              <li key={entry.id}>
                <CheckField
                  label={
                    <>
                      <span className={styles.when}>{momentWords(entry.createdAt)}</span>{' '}
                      <span>{excerpt(entry.text)}</span>
                    </>
                  }
                  checked={ticked.has(entry.id)}
                  onCheck={(checked) => onTick(entry.id, checked)}
                />
              </li>
            ))}
          </ul>
          {entries.length > shown ? (
            <Button variant="secondary" size="small" onClick={() => setShown((n) => n + SHOWN_AT_FIRST)}>
              Show earlier entries
            </Button>
          ) : null}
        </>
      )}
    </fieldset>
  );
}
