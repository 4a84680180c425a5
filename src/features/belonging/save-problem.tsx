import { circleRecords, peopleRecords } from '../../storage/belonging';
import type { RecordsState } from '../../storage/record-store';
import { Button } from '../../ui/button';
import styles from './belonging.module.css';

const problemOf = (state: RecordsState<unknown & { id: string }>) => {
  const states = [...state.unsaved.values()];
  return states.includes('quota')
    ? 'quota'
    : states.includes('failed') || states.includes('invalid')
      ? 'failed'
      : null;
};

/**
 * A change to the map that couldn't be stored stays on screen and is tried
 * again on its own; this says so, and offers to try at once.
 */
export function SaveProblem() {
  const circles = circleRecords.use(problemOf);
  const people = peopleRecords.use(problemOf);
  const problem = circles === 'quota' || people === 'quota' ? 'quota' : (circles ?? people);
  return (
    <div role="status" className={problem ? styles.saveProblem : undefined}>
      {problem ? (
        <>
          <p>
            {problem === 'quota'
              ? "We couldn't save your last change because this device is out of space. It's still here on screen."
              : "We couldn't save your last change just now. It's still here on screen, and we'll keep trying."}{' '}
            You can try again now, or export a copy of your data to keep it safe.
          </p>
          <Button
            variant="secondary"
            size="small"
            onClick={() => {
              void circleRecords.retry();
              void peopleRecords.retry();
            }}
          >
            Try saving again
          </Button>
        </>
      ) : null}
    </div>
  );
}
