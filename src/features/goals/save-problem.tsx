import { newId } from '../../lib/ids';
import { SaveProblemNotice, saveProblemOf } from '../../ui/save-problem-notice';
import { TwoVersions } from '../../ui/two-versions';
import styles from './goals.module.css';
import { goalRecords, goals } from './goals-store';

// The editor keeps its draft until the goal is stored (goal-editor-screen.tsx).
const INVALID_WORDS =
  "We couldn't save this change to your goal as it is. Your words are still kept as a draft, and come back when you open the goal's editor again. You could also export a copy of your data to keep them safe.";

/**
 * A change that couldn't be stored: it stays on screen, is tried again on its
 * own, and the person can try at once. The app-wide notice offers an export;
 * this says what it means here. On one goal's screen, it also shows that goal
 * changed in two places, with both versions kept until the person chooses.
 */
export function SaveProblem({ goalId }: { goalId?: string }) {
  const problem = goalRecords.use(saveProblemOf);
  const conflict = goalRecords.use((state) => (goalId ? state.conflicts.get(goalId) : undefined));
  return (
    <SaveProblemNotice
      problem={problem}
      className={styles.saveProblem}
      onRetry={() => void goals.retry()}
      invalidWords={INVALID_WORDS}
    >
      {conflict && goalId ? (
        <TwoVersions
          what="goal"
          theirs={[conflict.theirs.title, conflict.theirs.why, ...conflict.theirs.steps.map((s) => `· ${s.text}`)]
            .filter(Boolean)
            .join('\n')}
          onKeepMine={() => void goalRecords.resolve(goalId, 'mine')}
          onKeepTheirs={() => void goalRecords.resolve(goalId, 'theirs')}
          onKeepBoth={() =>
            void goalRecords.keepBoth(goalId, (mine) => ({
              ...mine,
              id: newId(),
              steps: mine.steps.map((step) => ({ ...step, id: newId() })),
            }))
          }
        />
      ) : null}
    </SaveProblemNotice>
  );
}
