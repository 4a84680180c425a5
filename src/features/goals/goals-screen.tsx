import { useCallback, useState } from 'react';
import { Link } from 'react-router';
import { findModuleSummary } from '../../content/catalog';
import { formatDay } from '../../lib/dates';
import { localCalendarDay } from '../../lib/relative-day';
import type { Goal } from '../../storage/collections/goals';
import { Button, ButtonLink } from '../../ui/button';
import { Page, layout } from '../../ui/layout';
import { LoadGate } from '../../ui/load-gate';
import { useLoaded } from '../../state/use-loaded';
import { PageHeading } from '../../ui/page-heading';
import { GoalCard } from './goal-card';
import { goalPath } from './goal-path';
import { progressWords } from './goal-order';
import styles from './goals.module.css';
import { goalRecords, goals } from './goals-store';
import { PagedGoals } from './paged-goals';
import { SaveProblem } from './save-problem';
import { useGoalGroups } from './use-goals';

export function GoalsScreen() {
  const phase = useLoaded(goalRecords);
  return (
    <Page>
      <GoalsHead />
      <LoadGate phase={phase} what="your goals" onRetry={() => void goalRecords.load()}>
        {() => <GoalLists />}
      </LoadGate>
    </Page>
  );
}

/** The screen's heading and lead; the early painter draws them too (src/app/early-paint/templates.tsx). */
export function GoalsHead() {
  return (
    <>
      <PageHeading title="Your goals">Your goals</PageHeading>
      <p className={layout.lead}>
        Small steps, one at a time. Tick them off as you go, and see how far you've come.
      </p>
    </>
  );
}

/** The lists, or the invitation to a first goal when there are none. */
export function GoalLists() {
  const { active, completed, archived } = useGoalGroups();
  const { archive, restore } = goals;
  const [justArchived, setJustArchived] = useState<Goal | null>(null);
  const today = localCalendarDay();

  // The same function every render, so a card that did not change is not drawn again.
  const onArchive = useCallback(
    (goal: Goal) => {
      setJustArchived(goal);
      void archive(goal.id);
      // The card is gone; focus moves to the message that says where it went.
      requestAnimationFrame(() => document.getElementById('goals-message')?.focus());
    },
    [archive],
  );

  return (
    <>
      <SaveProblem />

      <div id="goals-message" tabIndex={-1} role="status" className={styles.message}>
        {justArchived ? (
          <p className={styles.messageRow}>
            <span>
              “{justArchived.title}” is archived. It's kept safe, and you can bring it back any
              time.
            </span>
            <Button
              variant="quiet"
              size="small"
              onClick={() => {
                void restore(justArchived.id);
                setJustArchived(null);
              }}
            >
              Bring it back
            </Button>
          </p>
        ) : null}
      </div>

      <section className={styles.section} aria-labelledby="active-goals">
        <div className={styles.sectionHeader}>
          <h2 id="active-goals">What you're working on</h2>
          {active.length > 0 ? (
            <ButtonLink to="/goals/new" size="small">
              New goal
            </ButtonLink>
          ) : null}
        </div>
        {active.length > 0 ? (
          <PagedGoals goals={active} listClassName={styles.cards} moreLabel="Show more goals">
            {(goal) => <GoalCard goal={goal} today={today} onArchive={onArchive} />}
          </PagedGoals>
        ) : (
          <EmptyState />
        )}
      </section>

      {completed.length > 0 ? (
        <section className={styles.section} aria-labelledby="completed-goals">
          <h2 id="completed-goals">Completed</h2>
          <PagedGoals
            goals={completed}
            listClassName={styles.simpleList}
            itemClassName={styles.simpleItem}
            moreLabel="Show more finished goals"
          >
            {(goal) => (
              <>
                <Link to={goalPath(goal.id)}>{goal.title}</Link>
                <span className={layout.muted}>
                  Finished {goal.completedAt ? formatDay(goal.completedAt) : ''}
                  {goal.steps.length > 0 ? ` · ${progressWords(goal)}` : ''}
                </span>
              </>
            )}
          </PagedGoals>
        </section>
      ) : null}

      {archived.length > 0 ? (
        <details className={styles.archive}>
          <summary>Archived goals ({archived.length})</summary>
          <p className={layout.muted}>
            Put away for now, kept safe. Bring one back whenever it fits.
          </p>
          <PagedGoals
            goals={archived}
            listClassName={styles.simpleList}
            itemClassName={styles.simpleItem}
            moreLabel="Show more archived goals"
          >
            {(goal) => (
              <>
                <Link to={goalPath(goal.id)}>{goal.title}</Link>
                <Button
                  variant="secondary"
                  size="small"
                  aria-label={`Restore “${goal.title}”`}
                  onClick={() => void restore(goal.id)}
                >
                  Restore
                </Button>
              </>
            )}
          </PagedGoals>
        </details>
      ) : null}
    </>
  );
}

function EmptyState() {
  const practice = findModuleSummary('goals');
  return (
    <div className={`${layout.card} ${styles.empty}`}>
      <h3>Pick one small thing</h3>
      <p>
        After a hard knock, a small goal you can actually reach helps you feel steady again. Choose
        something that matters to you, and break it into steps you could do on a tired day.
      </p>
      <div className={layout.actions}>
        <ButtonLink to="/goals/new">Create a goal</ButtonLink>
        {practice ? (
          <Link to={`/practices/${practice.id}`}>Or try the practice “{practice.title}”</Link>
        ) : null}
      </div>
    </div>
  );
}
