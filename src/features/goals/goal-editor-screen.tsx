import { useState } from 'react';
import { useNavigate } from 'react-router';
import { newId } from '../../lib/ids';
import type { Goal } from '../../storage/collections/goals';
import { discardDraft } from '../../state/drafts-store';
import { BackLink } from '../../ui/back-link';
import { Button } from '../../ui/button';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { Page, layout } from '../../ui/layout';
import { DiscardWordsDialog, KeptWordsNotice } from '../../ui/kept-words';
import { LoadGate } from '../../ui/load-gate';
import { PageHeading } from '../../ui/page-heading';
import {
  goalDraftKey,
  keepGoalDraft,
  keptGoalDraft,
  sameGoalValues,
  valuesOfDraft,
  valuesOfGoal,
  type GoalFormValues,
} from './goal-drafts';
import { GoalForm } from './goal-form';
import { GoalGate } from './goal-gate';
import { MANY_ACTIVE_GOALS } from './goal-order';
import { goalPath } from './goal-path';
import styles from './goal-form.module.css';
import { goalRecords, goals, type GoalDraft } from './goals-store';
import { SaveProblem } from './save-problem';
import { useGoalGroups, useGoalScreenPhase } from './use-goals';

export function NewGoalScreen() {
  const phase = useGoalScreenPhase();
  return (
    <Page>
      <BackLink to="/goals">Your goals</BackLink>
      <PageHeading title="A new goal">A new goal</PageHeading>
      <p className={layout.lead}>
        One thing that matters to you, in steps small enough for a tired day.
      </p>
      <LoadGate phase={phase} what="your goals" onRetry={() => void goalRecords.load()}>
        {() => <NewGoalEditor />}
      </LoadGate>
    </Page>
  );
}

function NewGoalEditor() {
  const { active } = useGoalGroups();
  const navigate = useNavigate();
  const [waiting, setWaiting] = useState<GoalDraft | null>(null);
  const editor = useGoalEditor(null, undefined);

  const save = (draft: GoalDraft) => {
    const { goal, written } = goals.create(draft);
    // Shown at once; if the write fails, the goal screen says so and keeps trying.
    // The draft goes once the goal is stored: one refused keeps its words for a reload.
    void written.then((outcome) => {
      if (outcome === 'saved') void editor.forget();
    });
    navigate(goalPath(goal.id));
  };

  return (
    <>
      <SaveProblem />
      <EditorForm
        editor={editor}
        submitLabel="Save goal"
        leaveTo="/goals"
        onSubmit={(draft) => {
          // Before adding one more to three or more, a gentle word about focus.
          if (active.length >= MANY_ACTIVE_GOALS) setWaiting(draft);
          else save(draft);
        }}
      />
      <ManyGoalsNudge
        // A fresh start each time it opens.
        key={waiting ? 'open' : 'closed'}
        draft={waiting}
        onSave={(draft) => {
          setWaiting(null);
          save(draft);
        }}
        onCancel={() => setWaiting(null)}
      />
    </>
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
  const { active } = useGoalGroups();
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
                void goals.archive(goal.id);
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
  return <GoalGate>{(goal) => <EditGoal goal={goal} />}</GoalGate>;
}

function EditGoal({ goal }: { goal: Goal }) {
  const navigate = useNavigate();
  const editor = useGoalEditor(goal.id, goal);
  return (
    <Page>
      <BackLink to={goalPath(goal.id)}>{goal.title}</BackLink>
      <PageHeading title={`Edit ${goal.title}`}>Edit your goal</PageHeading>
      <SaveProblem goalId={goal.id} />
      <EditorForm
        editor={editor}
        submitLabel="Save changes"
        leaveTo={goalPath(goal.id)}
        onSubmit={(draft) => {
          // The draft goes once the words are stored: saved, or kept beside another
          // version until the person chooses. A save that failed keeps its draft.
          void goals.update(goal.id, draft, { version: editor.base, record: editor.opened }).then((outcome) => {
            if (outcome === 'saved' || outcome === 'conflict') void editor.forget();
          });
          navigate(goalPath(goal.id));
        }}
      />
    </Page>
  );
}

/** The form's values, kept as this tab's draft as they change, restored after a reload. */
function useGoalEditor(goalId: string | null, goal: Goal | undefined) {
  const [start] = useState(() => {
    const key = goalDraftKey(goalId);
    const baseline: GoalFormValues = goal
      ? valuesOfGoal(goal)
      : { title: '', why: '', steps: [{ id: newId(), text: '', date: null }], targetDate: null, priority: 'medium' };
    const kept = keptGoalDraft(key, goalId);
    return {
      key,
      baseline,
      initial: kept ? valuesOfDraft(kept, goal) : baseline,
      adoptFrom: kept && kept.id !== key ? kept.id : null,
      wasRestored: kept !== undefined,
      // The goal as this editing began: a save made from it knows what changed since.
      opened: goal && (!kept || kept.base === goal.updatedAt) ? goal : null,
      base: kept?.base ?? goal?.updatedAt ?? null,
    };
  });
  const [values, setValues] = useState(start.initial);
  const forget = async () => {
    await discardDraft(start.key);
    if (start.adoptFrom) await discardDraft(start.adoptFrom);
  };
  return {
    ...start,
    values,
    forget,
    change(next: GoalFormValues) {
      setValues(next);
      if (sameGoalValues(next, start.baseline)) void discardDraft(start.key);
      else void keepGoalDraft(start.key, next, goalId, start.base);
    },
    reset() {
      setValues(start.baseline);
      void discardDraft(start.key);
    },
  };
}

function EditorForm({
  editor,
  submitLabel,
  leaveTo,
  onSubmit,
}: {
  editor: ReturnType<typeof useGoalEditor>;
  submitLabel: string;
  leaveTo: string;
  onSubmit: (draft: GoalDraft) => void;
}) {
  const navigate = useNavigate();
  const [isConfirmingLeave, setConfirmingLeave] = useState(false);
  const [isRestoredShown, setRestoredShown] = useState(editor.wasRestored);
  const isChanged = !sameGoalValues(editor.values, editor.baseline);
  return (
    <>
      {isRestoredShown ? (
        <KeptWordsNotice
          what="this goal"
          startOverLabel={editor.opened || editor.base ? 'Go back to the saved goal' : 'Start fresh'}
          onKeepGoing={() => setRestoredShown(false)}
          onStartOver={() => {
            editor.reset();
            setRestoredShown(false);
          }}
        />
      ) : null}
      <GoalForm
        values={editor.values}
        onChange={editor.change}
        submitLabel={submitLabel}
        onSubmit={onSubmit}
        onCancel={() => (isChanged ? setConfirmingLeave(true) : navigate(leaveTo))}
      />
      <DiscardWordsDialog
        isOpen={isConfirmingLeave}
        title="Leave without saving this goal?"
        onKeepWriting={() => setConfirmingLeave(false)}
        onDiscard={() => {
          setConfirmingLeave(false);
          void editor.forget();
          navigate(leaveTo);
        }}
      />
    </>
  );
}
