import { circleRecords, peopleRecords } from '../../state/belonging';
import { SaveProblemNotice, saveProblemOf } from '../../ui/save-problem-notice';
import styles from './belonging.module.css';

/**
 * A change to the map that couldn't be stored stays on screen and is tried
 * again on its own; this says so, and offers to try at once.
 */
export function SaveProblem() {
  const circles = circleRecords.use(saveProblemOf);
  const people = peopleRecords.use(saveProblemOf);
  const problem = circles === 'quota' || people === 'quota' ? 'quota' : (circles ?? people);
  return (
    <SaveProblemNotice
      problem={problem}
      className={styles.saveProblem}
      onRetry={() => {
        void circleRecords.retry();
        void peopleRecords.retry();
      }}
    />
  );
}
