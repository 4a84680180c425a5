import { useState } from 'react';
import { Link } from 'react-router';
import { pathSegment } from '../../../lib/path-segment';
import type { AnswerOf } from '../../../storage/collections/answers';
import { LIMITS } from '../../../storage/engine/record-fields';
import { Button } from '../../../ui/button';
import { EditableLine } from '../../../ui/editable-line';
import { TextAreaField, TextField } from '../../../ui/fields';
import { layout } from '../../../ui/layout';
import { practice } from '../practice-store';
import type { StepProps } from './step-props';
import styles from './steps.module.css';

type GoalAnswer = AnswerOf<'goal'>;

/** Proposes a goal the person can reshape, then add to their goals, or leave for now. */
export function GoalStep({ module, stepId, prompt, answer, onChange }: StepProps<'goal'>) {
  const current: GoalAnswer = answer ?? {
    kind: 'goal',
    title: prompt.title,
    why: prompt.why ?? '',
    steps: prompt.steps,
    goalId: null,
    isSkipped: false,
  };
  const [problem, setProblem] = useState<string | null>(null);
  const edit = (change: Partial<GoalAnswer>) => onChange({ ...current, ...change });

  if (current.goalId) {
    return (
      <div className={layout.card} role="status">
        <p>
          <strong>“{current.title}”</strong> is in your goals now, with{' '}
          {current.steps.filter((s) => s.trim()).length} small steps.
        </p>
        <Link to={`/goals/${pathSegment(current.goalId)}`}>See it in your goals</Link>
      </div>
    );
  }

  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{prompt.label}</legend>
      <div className={styles.goal}>
        <TextField
          label="The goal"
          value={current.title}
          maxLength={LIMITS.goalTitle}
          onChange={(event) => edit({ title: event.target.value })}
        />
        <TextAreaField
          label="Why it matters to me"
          rows={3}
          maxLength={LIMITS.goalWhy}
          value={current.why}
          onChange={(event) => edit({ why: event.target.value })}
        />
        <p className={styles.legend}>Small steps</p>
        <ul className={styles.items}>
          {current.steps.map((step, i) => (
            <EditableLine
              key={i}
              label={`Step ${i + 1}`}
              text={step}
              maxLength={LIMITS.stepText}
              onEdit={(text) => edit({ steps: current.steps.map((s, j) => (j === i ? text : s)) })}
              onRemove={() => edit({ steps: current.steps.filter((_, j) => j !== i) })}
              removeLabel={`Remove step ${i + 1}`}
            />
          ))}
        </ul>
        <div>
          <Button
            variant="secondary"
            size="small"
            onClick={() => edit({ steps: [...current.steps, ''] })}
          >
            Add a step
          </Button>
        </div>
      </div>
      {current.isSkipped ? (
        <p className={styles.hint} role="status">
          Left for now. You can add it whenever you like.
        </p>
      ) : null}
      {problem ? (
        <p className={styles.hint} role="alert">
          {problem}
        </p>
      ) : null}
      <div className={layout.actions}>
        <Button
          onClick={() => {
            if (!current.title.trim()) {
              setProblem('Give the goal a few words first, then add it.');
              return;
            }
            setProblem(null);
            if (!answer) onChange(current);
            practice.addProposedGoal(module, stepId).catch(() =>
              setProblem(
                "We couldn't add it just now. Your goal is still here; try again in a moment.",
              ),
            );
          }}
        >
          Add to my goals
        </Button>
        {!current.isSkipped ? (
          <Button variant="quiet" onClick={() => edit({ isSkipped: true })}>
            Not now
          </Button>
        ) : null}
      </div>
    </fieldset>
  );
}
