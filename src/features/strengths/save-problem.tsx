import { strengthRecords } from '../../state/strengths';
import { SaveProblemNotice, saveProblemOf } from '../../ui/save-problem-notice';
import styles from './strengths.module.css';

/**
 * A change to these lists that couldn't be stored stays on screen and is tried
 * again on its own; this says so, and offers to try at once.
 */
export function SaveProblem() {
  const problem = strengthRecords.use(saveProblemOf);
  return (
    <SaveProblemNotice
      problem={problem}
      className={styles.saveProblem}
      onRetry={() => void strengthRecords.retry()}
    />
  );
}
