import { useId, useState } from 'react';
import type { ImportPlan } from '../../storage/backup/backup-merge';
import { Button } from '../../ui/button';
import { CheckField, fieldStyles } from '../../ui/fields';
import { layout } from '../../ui/layout';
import type { PreparedImport } from './import-records';
import { defaultMoodMapping, type MoodMapping } from './mood-mapping';
import { counted, fileWords, photosWords, previewSummary, removedHereWords, skippedIntro, splitWords } from './import-words';
import styles from './imports.module.css';

export type PreviewChoice = { mapping: MoodMapping; bringBackDeleted: boolean };

/** Rows listed by name; the rest counted. */
const LISTED = 20;

/**
 * What the files would bring in, before anything changes: the counts, what is
 * left out and why, Daylio's moods on Mend's scale (the person may change each),
 * and rows that can't be read, brought in around only if the person agrees.
 */
export function ImportPreview({
  prepared,
  plan,
  fileCount,
  onApply,
  onCancel,
}: {
  prepared: PreparedImport;
  plan: ImportPlan;
  fileCount: number;
  onApply: (choice: PreviewChoice) => void;
  onCancel: () => void;
}) {
  const [mapping, setMapping] = useState(() => defaultMoodMapping(prepared.moods));
  const [bringBack, setBringBack] = useState(false);
  const [isAgreed, setAgreed] = useState(false);
  const waitingId = useId();
  const part = plan.collections[0];
  const removed = removedHereWords(plan);
  const { skipped } = prepared;
  const hasChanges = (part?.adds.length ?? 0) + (part?.updates.length ?? 0) > 0 || (bringBack && removed !== null);
  const isWaiting = skipped.length > 0 && !isAgreed;
  const from = fileWords(prepared.app, fileCount);
  // Only the moods some entry has: a backup also lists moods never used.
  const moods = prepared.moods.filter(({ name }) => (prepared.moodCounts[name] ?? 0) > 0);

  return (
    <div className={styles.preview} role="group" aria-label={`What ${from} would bring in`}>
      <p>
        <strong>{previewSummary(plan, prepared.app, fileCount)}</strong>
      </p>
      {[photosWords(prepared), splitWords(prepared)].map((words) => (words ? <p key={words}>{words}</p> : null))}
      {moods.length > 0 ? (
        <fieldset className={styles.moods}>
          <legend>How each Daylio mood shows in Mend, from 0 (lowest) to 10</legend>
          <div className={styles.moodRows}>
            {moods.map(({ name }) => (
              <MoodRow
                key={name}
                name={name}
                count={prepared.moodCounts[name] ?? 0}
                value={mapping[name] ?? 5}
                onChange={(value) => setMapping((last) => ({ ...last, [name]: value }))}
              />
            ))}
          </div>
        </fieldset>
      ) : null}
      {removed ? (
        <>
          <p>{removed}</p>
          <CheckField label="Bring back what I removed here" checked={bringBack} onCheck={setBringBack} />
        </>
      ) : null}
      {skipped.length > 0 ? (
        <>
          <p>{skippedIntro(skipped.length)}</p>
          <ul className={styles.list}>
            {skipped.slice(0, LISTED).map((row, i) => (
              <li key={i}>
                {row.where}: {row.reason}
              </li>
            ))}
            {skipped.length > LISTED ? <li>and {counted(skipped.length - LISTED)} more</li> : null}
          </ul>
          {hasChanges ? <CheckField label="Bring in the rest, leaving these out" checked={isAgreed} onCheck={setAgreed} /> : null}
        </>
      ) : null}
      <div className={layout.actions}>
        {hasChanges ? (
          <Button
            disabled={isWaiting}
            aria-describedby={isWaiting ? waitingId : undefined}
            onClick={() => onApply({ mapping, bringBackDeleted: bringBack })}
          >
            Bring them in
          </Button>
        ) : null}
        <Button variant="secondary" onClick={onCancel}>
          {hasChanges ? 'Cancel' : 'Close'}
        </Button>
      </div>
      {hasChanges && isWaiting ? (
        <p id={waitingId} className={fieldStyles.hint}>
          Tick “Bring in the rest” above when you're happy to leave those out.
        </p>
      ) : null}
    </div>
  );
}

function MoodRow({ name, count, value, onChange }: { name: string; count: number; value: number; onChange: (value: number) => void }) {
  const id = useId();
  return (
    <div className={styles.moodRow}>
      <label htmlFor={id}>
        “{name}” <span className={layout.muted}>({counted(count)} {count === 1 ? 'entry' : 'entries'})</span>
      </label>
      <select id={id} className={`${fieldStyles.input} ${styles.select}`} value={value} onChange={(event) => onChange(Number(event.target.value))}>
        {Array.from({ length: 11 }, (_, n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
    </div>
  );
}
