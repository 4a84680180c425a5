import { Button } from '../../ui/button';
import styles from './goals.module.css';
import { useGoalsStore } from './goals-store';

/**
 * A change that couldn't be stored: it stays on screen, and the person can try
 * again. The app-wide notice offers an export; this says what it means here.
 */
export function SaveProblem() {
  const problem = useGoalsStore((state) => state.saveProblem);
  const retry = useGoalsStore((state) => state.retry);
  return (
    <div role="status" className={problem ? styles.saveProblem : undefined}>
      {problem ? (
        <>
          <p>
            {problem === 'quota'
              ? "We couldn't save your last change because this device is out of space. It's still here on screen."
              : "We couldn't save your last change just now. It's still here on screen."}{' '}
            Try again in a moment, or export a copy of your data to keep it safe.
          </p>
          <Button variant="secondary" size="small" onClick={() => void retry()}>
            Try saving again
          </Button>
        </>
      ) : null}
    </div>
  );
}
