import { newId } from '../../lib/ids';
import { Button } from '../../ui/button';
import { TwoVersions } from '../../ui/two-versions';
import styles from './goals.module.css';
import { goalRecords, goals } from './goals-store';

/**
 * A change that couldn't be stored: it stays on screen, is tried again on its
 * own, and the person can try at once. The app-wide notice offers an export;
 * this says what it means here. On one goal's screen, it also shows that goal
 * changed in two places, with both versions kept until the person chooses.
 */
export function SaveProblem({ goalId }: { goalId?: string }) {
  const problem = goalRecords.use((state) => {
    const states = [...state.unsaved.values()];
    return states.includes('quota') ? 'quota' : states.includes('failed') ? 'failed' : null;
  });
  const conflict = goalRecords.use((state) => (goalId ? state.conflicts.get(goalId) : undefined));
  return (
    <div role="status" className={problem ? styles.saveProblem : undefined}>
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
      {problem ? (
        <>
          <p>
            {problem === 'quota'
              ? "We couldn't save your last change because this device is out of space. It's still here on screen."
              : "We couldn't save your last change just now. It's still here on screen, and we'll keep trying."}{' '}
            You can try again now, or export a copy of your data to keep it safe.
          </p>
          <Button variant="secondary" size="small" onClick={() => void goals.retry()}>
            Try saving again
          </Button>
        </>
      ) : null}
    </div>
  );
}
