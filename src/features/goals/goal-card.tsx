import { memo } from 'react';
import { Link } from 'react-router';
import type { Goal } from '../../storage/collections/goals';
import { Button } from '../../ui/button';
import { layout } from '../../ui/layout';
import { ProgressBar } from '../../ui/progress-bar';
import { goalPath } from './goal-path';
import { nextStep, PRIORITY_WORDS, progressWords, stepsDone } from './goal-order';
import styles from './goals.module.css';
import { dayWords, isPastTarget } from './goal-top-view';
import { PastTargetNote, TargetDateWords } from './target-date';

/**
 * An active goal at a glance: how far along, what's next, when, and how much it
 * matters. Memoised: showing more goals draws only the new cards.
 */
export const GoalCard = memo(function GoalCard({
  goal,
  today,
  onArchive,
}: {
  goal: Goal;
  today: string;
  onArchive: (goal: Goal) => void;
}) {
  const next = nextStep(goal);
  const headingId = `goal-${goal.id}`;
  return (
    <article className={`${layout.card} ${styles.card}`} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.cardTitle}>
        <Link to={goalPath(goal.id)}>{goal.title}</Link>
      </h3>
      <p className={styles.meta}>
        <span>{PRIORITY_WORDS[goal.priority].short}</span>
        {goal.targetDate && !isPastTarget(goal, today) ? (
          <TargetDateWords day={goal.targetDate} words={dayWords(goal.targetDate, today)} />
        ) : null}
      </p>
      {goal.steps.length > 0 ? (
        <div className={styles.progress}>
          <ProgressBar
            value={stepsDone(goal)}
            max={goal.steps.length}
            label={progressWords(goal)}
          />
          <p className={styles.progressWords}>{progressWords(goal)}</p>
        </div>
      ) : null}
      {next ? (
        <p className={styles.next}>
          <span className={styles.nextLabel}>Next step:</span> {next.text}
        </p>
      ) : goal.steps.length === 0 ? (
        <p className={styles.next}>No steps yet. Adding one small step can make a start easier.</p>
      ) : null}
      {isPastTarget(goal, today) ? <PastTargetNote goal={goal} today={today} /> : null}
      <div className={styles.cardActions}>
        <Button
          variant="quiet"
          size="small"
          aria-label={`Archive “${goal.title}”`}
          onClick={() => onArchive(goal)}
        >
          Archive
        </Button>
      </div>
    </article>
  );
});
