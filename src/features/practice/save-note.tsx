import type { PromptKind } from '../../content/prompt-schema';
import type { Answer } from '../../storage/collections/answers';
import { useStorageStatus } from '../../state/storage-status';
import { entries, runs } from './practice-store';
import styles from './practice.module.css';

/**
 * Says truthfully where a step's answer is: saved, kept for this visit only, or
 * not saved yet (and being retried). Never "saved" for words that weren't.
 */
export function SaveNote({
  moduleId,
  answer,
  kind,
}: {
  moduleId: string;
  answer: Answer | undefined;
  kind: PromptKind;
}) {
  const mode = useStorageStatus((state) => state.mode);
  const runState = runs.use((state) => state.unsaved.get(moduleId));
  const entryState = entries.use((state) =>
    answer?.kind === 'text' ? state.unsaved.get(answer.entryId) : undefined,
  );
  const states = [runState, entryState];
  const problem = states.find((state) => state === 'quota' || state === 'failed' || state === 'invalid');

  let words: string;
  if (mode === 'memory') {
    words = "Kept for this visit only: this browser isn't letting Mend save right now.";
  } else if (problem === 'quota') {
    words =
      "We couldn't save just now because this device is out of space. Your answers are still here, and we'll keep trying.";
  } else if (problem === 'invalid') {
    words = "This answer is longer than Mend can keep, so it isn't saved. Your words are still here.";
  } else if (problem) {
    words = "We couldn't save just now. Your answers are still here, and we'll keep trying.";
  } else if (states.includes('conflict')) {
    words = 'Not saved yet: choose which version to keep, above.';
  } else {
    words =
      kind === 'text'
        ? 'Saved on this device as you type, and kept in your journal.'
        : 'Saved on this device as you go.';
  }
  return (
    <p className={problem ? styles.problem : styles.saveNote} role="status">
      {words}
    </p>
  );
}
