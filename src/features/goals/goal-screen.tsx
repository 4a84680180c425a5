import { useState } from 'react';
import { Link } from 'react-router';
import { findModuleSummary } from '../../content/catalog';
import { downloadFile } from '../../lib/download';
import { localCalendarDay } from '../../lib/relative-day';
import type { Goal } from '../../storage/collections/goals';
import { Button, ButtonLink } from '../../ui/button';
import { Page, layout } from '../../ui/layout';
import { ProgressBar } from '../../ui/progress-bar';
import { buildGoalCalendar, calendarFileName, hasCalendarDates } from './goal-calendar';
import { GoalCelebration } from './goal-celebration';
import { GoalGate } from './goal-gate';
import { GoalHistory } from './goal-history';
import { goalPath } from './goal-path';
import { progressWords, stepsDone } from './goal-order';
import { GoalSteps } from './goal-steps';
import { GoalTop } from './goal-top';
import { goalTopView } from './goal-top-view';
import own from './goal-screen.module.css';
import styles from './goals.module.css';
import { goals } from './goals-store';

export function GoalScreen() {
  return <GoalGate>{(goal) => <GoalDetail goal={goal} />}</GoalGate>;
}

function GoalDetail({ goal }: { goal: Goal }) {
  const { complete, reopen, archive, restore } = goals;
  const [message, setMessage] = useState('');
  const [isFresh, setFresh] = useState(false);
  const [seenStatus, setSeenStatus] = useState(goal.status);
  // Finished while this screen is open (a tick, "Mark goal as done", another tab): celebrate.
  if (goal.status !== seenStatus) {
    setSeenStatus(goal.status);
    setFresh(goal.status === 'completed' && seenStatus === 'active');
  }
  const today = localCalendarDay();
  const total = goal.steps.length;

  const onCompleted = () => {
    setMessage(`You finished “${goal.title}”. Every step counted.`);
  };

  return (
    <Page>
      <GoalTop view={goalTopView(goal, today, (id) => findModuleSummary(id)?.title)} message={message} />

      {goal.status === 'completed' ? <GoalCelebration goal={goal} isFresh={isFresh} /> : null}

      <section className={styles.section} aria-labelledby="steps-heading">
        <h2 id="steps-heading">Small steps</h2>
        {total > 0 ? (
          <>
            <div className={styles.progress}>
              <ProgressBar value={stepsDone(goal)} max={total} label={progressWords(goal)} />
              <p className={styles.progressWords}>{progressWords(goal)}</p>
            </div>
            <GoalSteps goal={goal} today={today} announce={setMessage} onCompleted={onCompleted} />
          </>
        ) : (
          <p className={layout.muted}>
            No steps yet. <Link to={`${goalPath(goal.id)}/edit`}>Add a small first step</Link>
          </p>
        )}
        {goal.status === 'active' ? (
          <div className={layout.actions}>
            <Button
              variant="secondary"
              onClick={() => {
                void complete(goal.id);
                onCompleted();
              }}
            >
              Mark goal as done
            </Button>
          </div>
        ) : null}
      </section>

      <section className={styles.section} aria-labelledby="history-heading">
        <h2 id="history-heading">What you've done so far</h2>
        <GoalHistory history={goal.history} />
      </section>

      <section className={styles.section} aria-labelledby="more-heading">
        <h2 id="more-heading">Options</h2>
        <div className={own.moreActions}>
          <ButtonLink to={`${goalPath(goal.id)}/edit`} variant="secondary">
            Edit goal
          </ButtonLink>
          <CalendarButton goal={goal} />
          {goal.status === 'completed' ? (
            <Button variant="secondary" onClick={() => void reopen(goal.id)}>
              Pick it back up
            </Button>
          ) : null}
          {goal.status === 'archived' ? (
            <Button
              variant="secondary"
              onClick={() => void restore(goal.id).then(() => setMessage('Goal restored.'))}
            >
              Restore goal
            </Button>
          ) : (
            <Button
              variant="quiet"
              onClick={() =>
                void archive(goal.id).then(() =>
                  setMessage('Goal archived. You can bring it back any time.'),
                )
              }
            >
              Archive goal
            </Button>
          )}
        </div>
      </section>
    </Page>
  );
}

function CalendarButton({ goal }: { goal: Goal }) {
  if (!hasCalendarDates(goal)) {
    return (
      <p className={own.calendarHint}>
        Give the goal a target date, or a step a day, to add it to your calendar.
      </p>
    );
  }
  return (
    <Button
      variant="secondary"
      onClick={() =>
        downloadFile(calendarFileName(goal), buildGoalCalendar(goal, new Date()), 'text/calendar')
      }
    >
      Add to calendar
    </Button>
  );
}
