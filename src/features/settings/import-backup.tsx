import { useId, useRef, useState } from 'react';
import { readBackupText } from '../../storage/backup-read';
import { applyImport, planImport, type ImportPlan } from '../../storage/backup-merge';
import { Button } from '../../ui/button';
import { layout } from '../../ui/layout';
import { deletedHereWords, planSummary, resultWords, skippedWords } from './import-words';
import styles from './settings.module.css';

type State =
  | { step: 'choose' }
  | { step: 'reading' }
  | { step: 'refused'; reason: string }
  | { step: 'preview'; plan: ImportPlan; fileName: string }
  | { step: 'applying' }
  | { step: 'done'; words: string };

/**
 * Bringing a backup in: the file is checked and previewed in plain words, and
 * nothing changes until the person says so. A file that can't be used is
 * refused with one sentence saying why.
 */
export function ImportBackup() {
  const [state, setState] = useState<State>({ step: 'choose' });
  const [bringBack, setBringBack] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setState({ step: 'reading' });
    setBringBack(false);
    try {
      const reading = readBackupText(await file.text(), file.size);
      if (!reading.ok) return setState({ step: 'refused', reason: reading.reason });
      setState({ step: 'preview', plan: await planImport(reading.contents), fileName: file.name });
    } catch {
      setState({ step: 'refused', reason: "We couldn't read that file just now, so nothing was changed. Try choosing it again." });
    } finally {
      if (input.current) input.current.value = '';
    }
  };

  const apply = async (plan: ImportPlan) => {
    setState({ step: 'applying' });
    try {
      setState({ step: 'done', words: resultWords(await applyImport(plan, { bringBackDeleted: bringBack })) });
    } catch {
      setState({
        step: 'refused',
        reason: "We couldn't bring the backup in just now (this device may be out of space). Nothing was changed. Try again in a moment.",
      });
    }
  };

  return (
    <section className={`${layout.card} ${styles.section}`} aria-labelledby="import-title">
      <h2 id="import-title">Bring a backup in</h2>
      <p>
        Choose a backup file saved from Mend. You'll see what it would add before anything
        changes. Records already here are kept; the newer copy of each wins.
      </p>
      <label htmlFor={inputId} className={styles.fileLabel}>
        Choose a backup file
      </label>
      <input
        ref={input}
        id={inputId}
        className={styles.fileInput}
        type="file"
        accept=".json,application/json"
        onChange={(event) => void choose(event.target.files?.[0])}
      />
      <div role="status" aria-live="polite" className={styles.importStatus}>
        {state.step === 'reading' ? <p>Reading the file…</p> : null}
        {state.step === 'applying' ? <p>Bringing it in…</p> : null}
        {state.step === 'done' ? <p>{state.words}</p> : null}
      </div>
      {state.step === 'refused' ? (
        <p className={styles.problem} role="alert">
          {state.reason}
        </p>
      ) : null}
      {state.step === 'preview' ? (
        <Preview
          plan={state.plan}
          fileName={state.fileName}
          bringBack={bringBack}
          onBringBack={setBringBack}
          onApply={() => void apply(state.plan)}
          onCancel={() => setState({ step: 'choose' })}
        />
      ) : null}
    </section>
  );
}

function Preview({
  plan,
  fileName,
  bringBack,
  onBringBack,
  onApply,
  onCancel,
}: {
  plan: ImportPlan;
  fileName: string;
  bringBack: boolean;
  onBringBack: (value: boolean) => void;
  onApply: () => void;
  onCancel: () => void;
}) {
  const deleted = deletedHereWords(plan);
  const skipped = skippedWords(plan);
  const hasChanges =
    (bringBack && deleted !== null) ||
    plan.collections.some((part) => part.adds.length + part.updates.length + part.removes.length + part.tombstones.length > 0);
  return (
    <div className={styles.preview} aria-label={`What ${fileName} would change`} role="group">
      <p>
        <strong>{planSummary(plan)}</strong>
      </p>
      {deleted ? (
        <>
          <p>{deleted}</p>
          <label className={styles.check}>
            <input type="checkbox" checked={bringBack} onChange={(event) => onBringBack(event.target.checked)} />
            <span>Bring back what I deleted here</span>
          </label>
        </>
      ) : null}
      {skipped.length > 0 ? (
        <>
          <p>
            {skipped.length === 1 ? 'One item' : `${skipped.length} items`} in the file can't be
            read and will be left out:
          </p>
          <ul className={styles.skipped}>
            {skipped.slice(0, 20).map((line) => (
              <li key={line}>{line}</li>
            ))}
            {skipped.length > 20 ? <li>and {skipped.length - 20} more</li> : null}
          </ul>
        </>
      ) : null}
      <div className={layout.actions}>
        {hasChanges ? <Button onClick={onApply}>Bring it in</Button> : null}
        <Button variant="secondary" onClick={onCancel}>
          {hasChanges ? 'Cancel' : 'Close'}
        </Button>
      </div>
    </div>
  );
}
