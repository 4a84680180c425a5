import { useId, useState, type FormEvent } from 'react';
import { localCalendarDay } from '../../lib/relative-day';
import { PRIORITIES } from '../../storage/collections/goals';
import { LIMITS } from '../../storage/engine/record-fields';
import { Button } from '../../ui/button';
import { TextAreaField, TextField } from '../../ui/fields';
import { layout } from '../../ui/layout';
import { LengthHint } from '../../ui/length-hint';
import { RadioChoices } from '../../ui/radio-choices';
import styles from './goal-form.module.css';
import { PRIORITY_WORDS } from './goal-order';
import type { GoalFormValues } from './goal-drafts';
import type { GoalDraft } from './goals-store';
import { StepListEditor } from './step-list-editor';

/**
 * Title, why, small steps, an optional date and a priority: the words and plan
 * of a goal. The screen holds the values, so it can keep them as a draft.
 */
export function GoalForm({
  values,
  onChange,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  values: GoalFormValues;
  onChange: (values: GoalFormValues) => void;
  submitLabel: string;
  onSubmit: (draft: GoalDraft) => void;
  onCancel: () => void;
}) {
  const { title, why, steps, priority } = values;
  const targetDate = values.targetDate ?? '';
  const edit = (change: Partial<GoalFormValues>) => onChange({ ...values, ...change });
  const [problem, setProblem] = useState<string | null>(null);
  const problemId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) {
      setProblem('Give your goal a few words first. Something short is plenty.');
      const field =
        event.currentTarget instanceof HTMLFormElement
          ? event.currentTarget.elements.namedItem('title')
          : null;
      if (field instanceof HTMLInputElement) field.focus();
      return;
    }
    setProblem(null);
    onSubmit({
      title: title.trim(),
      why: why.trim(),
      steps: steps
        .map((step) => ({ id: step.id, text: step.text.trim(), date: step.date }))
        .filter((step) => step.text),
      targetDate: targetDate || null,
      priority,
    });
  };

  return (
    <form onSubmit={submit} noValidate className={styles.form}>
      <TextField
        name="title"
        label="Your goal"
        hint="A few words. Small and concrete works best, like “Try the Tuesday choir once”."
        value={title}
        maxLength={LIMITS.goalTitle}
        aria-invalid={problem ? true : undefined}
        aria-errormessage={problem ? problemId : undefined}
        onChange={(event) => edit({ title: event.target.value })}
      />
      {problem ? (
        <p id={problemId} className={styles.problem} role="alert">
          {problem}
        </p>
      ) : null}
      <TextAreaField
        label="Why it matters to me"
        hint="Optional. A line to come back to on a slow day."
        rows={3}
        maxLength={LIMITS.goalWhy}
        value={why}
        onChange={(event) => edit({ why: event.target.value })}
      />
      <LengthHint length={why.length} limit={LIMITS.goalWhy} what="This line" />

      <StepListEditor steps={steps} onChange={(next) => edit({ steps: next })} />

      <TextField
        type="date"
        label="Target date (optional)"
        hint="Leave it empty if you'd rather not have one. You can change it any time."
        className={styles.dateField}
        min={localCalendarDay()}
        value={targetDate}
        onChange={(event) => edit({ targetDate: event.target.value || null })}
      />

      <fieldset className={styles.fieldset}>
        <legend>Priority</legend>
        <div className={styles.priorities}>
          <RadioChoices
            name="priority"
            choices={PRIORITIES}
            value={priority}
            onChange={(value) => edit({ priority: value })}
            className={styles.priority}
          >
            {(value) => (
              <span>
                <span className={styles.priorityLabel}>{PRIORITY_WORDS[value].label}</span>
                <span className={styles.priorityHint}>{PRIORITY_WORDS[value].hint}</span>
              </span>
            )}
          </RadioChoices>
        </div>
      </fieldset>

      <div className={layout.actions}>
        <Button type="submit">{submitLabel}</Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
