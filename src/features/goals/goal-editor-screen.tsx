import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { newId } from '../../lib/ids';
import { Button } from '../../ui/button';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { Page, layout } from '../../ui/layout';
import { NotFoundScreen } from '../../ui/not-found-screen';
import { PageHeading } from '../../ui/page-heading';
import { GoalForm } from './goal-form';
import { groupGoals, MANY_ACTIVE_GOALS } from './goal-order';
import styles from './goal-form.module.css';
import { useGoalsStore, type GoalDraft } from './goals-store';
import { SaveProblem } from './save-problem';
import { useGoal, useGoals } from './use-goals';

export function NewGoalScreen() {
  const all = useGoals();
  const { active } = useMemo(() => groupGoals(all), [all]);
  const navigate = useNavigate();
  const [waiting, setWaiting] = useState<GoalDraft | null>(null);
  const [initial] = useState(() => ({
    title: '',
    why: '',
    steps: [{ id: newId(), text: '', date: null }],
    targetDate: null,
    priority: 'medium' as const,
  }));

  const save = async (draft: GoalDraft) => {
    const goal = await useGoalsStore.getState().create(draft);
    navigate(`/goals/${goal.id}`);
  };

  return (
    <Page>
      <Link to="/goals" className={styles.back}>
        ← Your goals
      </Link>
      <PageHeading title="A new goal">A new goal</PageHeading>
      <p className={layout.lead}>
        One thing that matters to you, in steps small enough for a tired day.
      </p>
      <SaveProblem />
      <GoalForm
        initial={initial}
        submitLabel="Save goal"
        cancelTo="/goals"
        onSubmit={(draft) => {
          // Before adding one more to three or more, a gentle word about focus.
          if (active.length >= MANY_ACTIVE_GOALS) setWaiting(draft);
          else void save(draft);
        }}
      />
      <ManyGoalsNudge
        // A fresh start each time it opens.
        key={waiting ? 'open' : 'closed'}
        draft={waiting}
        onSave={(draft) => {
          setWaiting(null);
          void save(draft);
        }}
        onCancel={() => setWaiting(null)}
      />
    </Page>
  );
}

/** Invites choosing what matters most now: archive one for later, or keep going. */
function ManyGoalsNudge({
  draft,
  onSave,
  onCancel,
}: {
  draft: GoalDraft | null;
  onSave: (draft: GoalDraft) => void;
  onCancel: () => void;
}) {
  const all = useGoals();
  const { active } = useMemo(() => groupGoals(all), [all]);
  const archive = useGoalsStore((state) => state.archive);
  const [archivedTitle, setArchivedTitle] = useState<string | null>(null);
  const hasRoom = active.length < MANY_ACTIVE_GOALS;

  return (
    <ConfirmDialog
      isOpen={draft !== null}
      title={`You already have ${active.length === 1 ? 'one goal' : `${active.length} goals`} on the go`}
      confirmLabel={hasRoom ? 'Save goal' : 'Keep them all and save'}
      cancelLabel="Keep editing"
      onConfirm={() => draft && onSave(draft)}
      onCancel={onCancel}
    >
      <p>
        Working on a few things at once can spread your energy thin. Want to choose what matters
        most now? You could archive one for later. It stays safe, and you can bring it back any
        time.
      </p>
      <ul className={styles.nudgeList}>
        {active.map((goal) => (
          <li key={goal.id}>
            <span>{goal.title}</span>
            <Button
              variant="secondary"
              size="small"
              aria-label={`Archive “${goal.title}”`}
              onClick={() => {
                setArchivedTitle(goal.title);
                void archive(goal.id);
              }}
            >
              Archive
            </Button>
          </li>
        ))}
      </ul>
      <p role="status" className={styles.nudgeStatus}>
        {archivedTitle ? `“${archivedTitle}” is archived. ` : ''}
        {archivedTitle && hasRoom ? 'There is room for your new goal now.' : ''}
      </p>
    </ConfirmDialog>
  );
}

export function EditGoalScreen() {
  const { goalId = '' } = useParams();
  const goal = useGoal(goalId);
  const navigate = useNavigate();
  const [initial] = useState(() =>
    goal
      ? {
          title: goal.title,
          why: goal.why,
          steps: goal.steps.map(({ id, text, date, doneAt }) => ({ id, text, date, doneAt })),
          targetDate: goal.targetDate,
          priority: goal.priority,
        }
      : null,
  );
  if (!goal || !initial) return <NotFoundScreen />;

  return (
    <Page>
      <Link to={`/goals/${goal.id}`} className={styles.back}>
        ← {goal.title}
      </Link>
      <PageHeading title={`Edit ${goal.title}`}>Edit your goal</PageHeading>
      <SaveProblem />
      <GoalForm
        initial={initial}
        submitLabel="Save changes"
        cancelTo={`/goals/${goal.id}`}
        onSubmit={(draft) => {
          void useGoalsStore
            .getState()
            .update(goal.id, draft)
            .then(() => navigate(`/goals/${goal.id}`));
        }}
      />
    </Page>
  );
}
