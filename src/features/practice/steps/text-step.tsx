import { useEffect, useState } from 'react';
import { newId } from '../../../lib/ids';
import { journalCollection } from '../../../storage/collections/journal';
import { LIMITS } from '../../../storage/engine/record-fields';
import { TextAreaField } from '../../../ui/fields';
import { LengthHint } from '../../../ui/length-hint';
import { TwoVersions } from '../../../ui/two-versions';
import { entries, practice } from '../practice-store';
import { ThinnestCircleNote } from './map-notes';
import type { StepProps } from './step-props';
import styles from './steps.module.css';

/**
 * A written answer. Its words live in the journal entry it names (one text,
 * shown here and in the journal), so this reads and writes that entry.
 */
export function TextStep({ module, stepId, prompt, answer }: StepProps<'text'>) {
  const entryId = answer?.entryId ?? null;
  const entry = entries.use((state) => (entryId ? state.records.get(entryId) : undefined));
  const conflict = entries.use((state) => (entryId ? state.conflicts.get(entryId) : undefined));
  const [readProblem, setReadProblem] = useState(false);
  const [isRead, setRead] = useState(entryId === null);

  useEffect(() => {
    if (!entryId) return;
    let isCurrent = true;
    void entries.loadOne(entryId).then((result) => {
      if (!isCurrent) return;
      setReadProblem(result.status === 'unreadable' || result.status === 'failed');
      setRead(true);
    });
    return () => {
      isCurrent = false;
    };
  }, [entryId]);

  const text = entry?.text ?? answer?.adopt ?? '';
  return (
    <div>
      {conflict && entryId ? (
        <TwoVersions
          what="answer"
          theirs={conflict.theirs.text}
          onKeepMine={() => void entries.resolve(entryId, 'mine')}
          onKeepTheirs={() => void entries.resolve(entryId, 'theirs')}
          onKeepBoth={() =>
            void entries.keepBoth(entryId, ({ text: words, link }) =>
              journalCollection.create({ id: newId(), text: words, link }),
            )
          }
        />
      ) : null}
      {readProblem ? (
        <p className={styles.hint} role="status">
          What you wrote here before couldn't be read just now. It's kept safe, not deleted, and
          listed in Your data.
        </p>
      ) : null}
      {prompt.belonging === 'thinnest-circle' ? <ThinnestCircleNote /> : null}
      <TextAreaField
        label={prompt.label}
        placeholder={prompt.placeholder}
        value={text}
        rows={7}
        maxLength={LIMITS.entryText}
        // Until the stored words are read, typing would start from nothing.
        readOnly={!isRead}
        onChange={(event) => void practice.setText(module, stepId, event.target.value)}
      />
      <LengthHint length={text.length} limit={LIMITS.entryText} what="One answer" />
    </div>
  );
}
