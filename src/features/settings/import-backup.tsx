import { useRef, useState, type FormEvent } from 'react';
import { applyImport, planImport, type ImportPlan } from '../../storage/backup/backup-merge';
import { BackupReadStopped, readBackupOffThread } from '../../storage/backup/backup-off-thread';
import type { ProtectedBackupProblem } from '../../storage/lock/protected-backup';
import { Button } from '../../ui/button';
import { CheckField, PassphraseField } from '../../ui/fields';
import { FileChoice } from '../../ui/file-choice';
import { layout } from '../../ui/layout';
import { ProgressBar } from '../../ui/progress-bar';
import {
  deletedHereWords,
  planSummary,
  protectedProblemWords,
  resultWords,
  skippedWords,
} from './import-words';
import styles from './settings.module.css';

type State =
  | { step: 'choose' }
  /** Checked off the page's thread; `checked` of `total` items so far (total 0: not counted yet). */
  | { step: 'reading'; checked: number; total: number }
  | { step: 'stopped' }
  /** A file protected with a passphrase: asked for, and nothing read until it opens. */
  | {
      step: 'passphrase';
      text: string;
      fileName: string;
      problem: string | null;
      isOpening: boolean;
    }
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
  const reading = useRef<AbortController | null>(null);

  /**
   * Reads and checks the file (or a protected file's text) off the page's thread,
   * then plans; null when the person stopped it or chose another file meanwhile.
   */
  const readAndPlan = async (source: { file: File } | { text: string }) => {
    reading.current?.abort();
    const stop = new AbortController();
    reading.current = stop;
    setState({ step: 'reading', checked: 0, total: 0 });
    try {
      const result = await readBackupOffThread(source, {
        signal: stop.signal,
        onProgress: (checked, total) => setState({ step: 'reading', checked, total }),
      });
      const plan = result.ok ? await planImport(result.contents, stop.signal) : null;
      if (stop.signal.aborted) throw new BackupReadStopped('Stopped while planning');
      return { result, plan };
    } catch {
      if (reading.current !== stop) return null;
      if (stop.signal.aborted) setState({ step: 'stopped' });
      else cantRead();
      return null;
    } finally {
      if (reading.current === stop) reading.current = null;
    }
  };

  const cantRead = () =>
    setState({
      step: 'refused',
      reason: "We couldn't read that file just now, so nothing was changed. Try choosing it again.",
    });

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setBringBack(false);
    const read = await readAndPlan({ file });
    if (!read) return;
    const { result, plan } = read;
    if (!result.ok && 'isProtected' in result) {
      try {
        const text = await file.text();
        return setState({ step: 'passphrase', text, fileName: file.name, problem: null, isOpening: false });
      } catch {
        return cantRead();
      }
    }
    if (!result.ok) return setState({ step: 'refused', reason: result.reason });
    if (plan) setState({ step: 'preview', plan, fileName: file.name });
  };

  /** Opens a protected file with the passphrase typed, then reads it as any backup. */
  const open = async (asked: { text: string; fileName: string }, passphrase: string) => {
    const ask = (problem: string | null, isOpening: boolean) =>
      setState({ step: 'passphrase', ...asked, problem, isOpening });
    if (passphrase === '')
      return ask('Enter the passphrase this backup was protected with.', false);
    ask(null, true);
    let inner: string;
    try {
      // The crypto loads only when a protected file is chosen.
      const { openProtectedBackup } = await import('../../storage/lock/protected-backup');
      inner = await openProtectedBackup(asked.text, passphrase);
    } catch (error) {
      const reason = problemOf(error);
      if (reason === 'wrong-passphrase') return ask(protectedProblemWords(reason), false);
      return setState({ step: 'refused', reason: protectedProblemWords(reason) });
    }
    const read = await readAndPlan({ text: inner });
    if (!read) return;
    const { result, plan } = read;
    if (!result.ok)
      return setState({
        step: 'refused',
        reason: 'isProtected' in result ? protectedProblemWords('damaged') : result.reason,
      });
    if (plan) setState({ step: 'preview', plan, fileName: asked.fileName });
  };

  const apply = async (plan: ImportPlan) => {
    setState({ step: 'applying' });
    try {
      setState({
        step: 'done',
        words: resultWords(await applyImport(plan, { bringBackDeleted: bringBack })),
      });
    } catch {
      setState({
        step: 'refused',
        reason:
          "We couldn't bring the backup in just now (this device may be out of space). Nothing was changed. Try again in a moment.",
      });
    }
  };

  return (
    <section className={`${layout.card} ${styles.section}`} aria-labelledby="import-title">
      <h2 id="import-title">Bring a backup in</h2>
      <p>
        Choose a backup file saved from Mend. You'll see what it would add before anything changes.
        Records already here are kept; the newer copy of each wins.
      </p>
      <FileChoice label="Choose a backup file" accept=".json,application/json" onFiles={(files) => void choose(files[0])} />
      <div role="status" aria-live="polite" className={styles.importStatus}>
        {state.step === 'reading' ? <p>Reading the file…</p> : null}
        {state.step === 'stopped' ? <p>Stopped. Nothing was changed.</p> : null}
        {state.step === 'applying' ? <p>Bringing it in…</p> : null}
        {state.step === 'done' ? <p>{state.words}</p> : null}
      </div>
      {state.step === 'reading' ? (
        <div className={styles.preview}>
          {state.total > 0 ? (
            <ProgressBar
              value={state.checked}
              max={state.total}
              label={`Checked ${state.checked.toLocaleString()} of ${state.total.toLocaleString()} items`}
            />
          ) : null}
          <div className={layout.actions}>
            <Button variant="secondary" onClick={() => reading.current?.abort()}>
              Stop reading
            </Button>
          </div>
        </div>
      ) : null}
      {state.step === 'refused' ? (
        <p className={styles.problem} role="alert">
          {state.reason}
        </p>
      ) : null}
      {state.step === 'passphrase' ? (
        <AskPassphrase
          key={state.fileName}
          fileName={state.fileName}
          problem={state.problem}
          isOpening={state.isOpening}
          onOpen={(passphrase) => void open(state, passphrase)}
          onCancel={() => setState({ step: 'choose' })}
        />
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
    plan.collections.some(
      (part) =>
        part.adds.length + part.updates.length + part.removes.length + part.tombstones.length > 0,
    );
  return (
    <div className={styles.preview} aria-label={`What ${fileName} would change`} role="group">
      <p>
        <strong>{planSummary(plan)}</strong>
      </p>
      {deleted ? (
        <>
          <p>{deleted}</p>
          <CheckField
            label="Bring back what I deleted here"
            checked={bringBack}
            onCheck={onBringBack}
          />
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

/** A ProtectedBackupError's reason (its class stays in the lazily loaded chunk); null for anything else. */
function problemOf(error: unknown): ProtectedBackupProblem | null {
  return error instanceof Error && error.name === 'ProtectedBackupError'
    ? (error as Error & { reason: ProtectedBackupProblem }).reason
    : null;
}

function AskPassphrase({
  fileName,
  problem,
  isOpening,
  onOpen,
  onCancel,
}: {
  fileName: string;
  problem: string | null;
  isOpening: boolean;
  onOpen: (passphrase: string) => void;
  onCancel: () => void;
}) {
  const [passphrase, setPassphrase] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!isOpening) onOpen(passphrase);
  };
  return (
    <form className={styles.preview} aria-label={`Open ${fileName}`} onSubmit={submit} noValidate>
      <p>
        This backup is protected with a passphrase. Enter it to see what the file holds. Nothing
        changes until you choose.
      </p>
      <PassphraseField
        label="Passphrase for this backup"
        value={passphrase}
        onText={setPassphrase}
        aria-invalid={problem ? true : undefined}
      />
      {problem ? (
        <p className={styles.problem} role="alert">
          {problem}
        </p>
      ) : null}
      {isOpening ? <p role="status">Opening the backup… This takes a moment on purpose.</p> : null}
      <div className={layout.actions}>
        <Button type="submit" disabled={isOpening}>
          Open backup
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
