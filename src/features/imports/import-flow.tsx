import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { ImportPlan } from '../../storage/backup/backup-merge';
import { newId } from '../../lib/ids';
import { Button } from '../../ui/button';
import { layout } from '../../ui/layout';
import { applyPrepared, planPrepared } from './import-apply';
import type { PreparedImport } from './import-records';
import { ImportPreview, type PreviewChoice } from './import-preview';
import { resultWords } from './import-words';
import { readFilesOffThread } from './read-off-thread';
import styles from './imports.module.css';

type State =
  | { step: 'reading' }
  | { step: 'stopped' }
  | { step: 'refused'; reason: string }
  | { step: 'preview'; prepared: PreparedImport; plan: ImportPlan }
  | { step: 'applying' }
  | { step: 'done'; words: string };

const CANT_READ = "We couldn't read that file just now, so nothing was changed. Try choosing it again.";

/**
 * The chosen files read off the page's thread, planned against the journal and
 * previewed in plain words; nothing changes until the person says so.
 */
export function ImportFlow({ files, onImported, onClose }: { files: File[]; onImported: () => void; onClose: () => void }) {
  const [state, setState] = useState<State>({ step: 'reading' });
  const reading = useRef<AbortController | null>(null);

  useEffect(() => {
    const stop = new AbortController();
    reading.current = stop;
    // Only the latest reading speaks: one stopped or overtaken says nothing.
    const say = (next: State) => {
      if (reading.current === stop) setState(next);
    };
    void (async () => {
      try {
        const read = await readFilesOffThread(files, `import-${newId()}`, stop.signal);
        if (!read.ok) return say({ step: 'refused', reason: read.reason });
        const plan = await planPrepared(read.prepared, stop.signal);
        say(stop.signal.aborted ? { step: 'stopped' } : { step: 'preview', prepared: read.prepared, plan });
      } catch {
        say(stop.signal.aborted ? { step: 'stopped' } : { step: 'refused', reason: CANT_READ });
      }
    })();
    return () => stop.abort();
  }, [files]);

  const apply = async (prepared: PreparedImport, plan: ImportPlan, choice: PreviewChoice) => {
    setState({ step: 'applying' });
    try {
      const result = await applyPrepared(plan, prepared, { ...choice, files: files.map((file) => file.name) });
      setState({ step: 'done', words: resultWords(result, prepared.app, files.length) });
      onImported();
    } catch {
      setState({
        step: 'refused',
        reason: "We couldn't bring the entries in just now (this device may be out of space). Nothing was changed. Try again in a moment.",
      });
    }
  };

  return (
    <>
      <div role="status" aria-live="polite" className={styles.status}>
        {state.step === 'reading' ? <p>Reading {files.length === 1 ? 'the file' : `the ${files.length} files`}…</p> : null}
        {state.step === 'stopped' ? <p>Stopped. Nothing was changed.</p> : null}
        {state.step === 'applying' ? <p>Bringing them in…</p> : null}
        {state.step === 'done' ? <p>{state.words}</p> : null}
      </div>
      {state.step === 'reading' ? (
        <div className={layout.actions}>
          <Button variant="secondary" onClick={() => reading.current?.abort()}>
            Stop reading
          </Button>
        </div>
      ) : null}
      {state.step === 'done' ? (
        <div className={layout.actions}>
          <Link to="/journal">Open the journal</Link>
        </div>
      ) : null}
      {state.step === 'refused' ? (
        <p className={styles.problem} role="alert">
          {state.reason}
        </p>
      ) : null}
      {state.step === 'preview' ? (
        <ImportPreview
          prepared={state.prepared}
          plan={state.plan}
          fileCount={files.length}
          onApply={(choice) => void apply(state.prepared, state.plan, choice)}
          onCancel={onClose}
        />
      ) : null}
    </>
  );
}
