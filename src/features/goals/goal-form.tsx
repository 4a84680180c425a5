import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { localCalendarDay } from '../../lib/relative-day';
import { PRIORITIES, type GoalPriority } from '../../storage/goals';
import { Button } from '../../ui/button';
import { TextAreaField, TextField } from '../../ui/fields';
import { layout } from '../../ui/layout';
import styles from './goal-form.module.css';
import { PRIORITY_WORDS } from './goal-order';
import type { GoalDraft } from './goals-store';
import { StepListEditor, type EditableStep } from './step-list-editor';

/** Title, why, small steps, an optional date and a priority: the words and plan of a goal. */
export function GoalForm({
  initial,
  submitLabel,
  cancelTo,
  onSubmit,
}: {
  initial: GoalDraft & { steps: EditableStep[] };
  submitLabel: string;
  cancelTo: string;
  onSubmit: (draft: GoalDraft) => void;
}) {
  const [title, setTitle] = useState(initial.title);
  const [why, setWhy] = useState(initial.why);
  const [steps, setSteps] = useState<EditableStep[]>(initial.steps);
  const [targetDate, setTargetDate] = useState(initial.targetDate ?? '');
  const [priority, setPriority] = useState<GoalPriority>(initial.priority);
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
        maxLength={200}
        aria-invalid={problem ? true : undefined}
        aria-errormessage={problem ? problemId : undefined}
        onChange={(event) => setTitle(event.target.value)}
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
        maxLength={2000}
        value={why}
        onChange={(event) => setWhy(event.target.value)}
      />

      <StepListEditor steps={steps} onChange={setSteps} />

      <TextField
        type="date"
        label="Target date (optional)"
        hint="Leave it empty if you'd rather not have one. You can change it any time."
        className={styles.dateField}
        min={localCalendarDay()}
        value={targetDate}
        onChange={(event) => setTargetDate(event.target.value)}
      />

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>Priority</legend>
        <div className={styles.priorities}>
          {PRIORITIES.map((value) => (
            <label key={value} className={styles.priority}>
              <input
                type="radio"
                name="priority"
                value={value}
                checked={priority === value}
                onChange={() => setPriority(value)}
              />
              <span>
                <span className={styles.priorityLabel}>{PRIORITY_WORDS[value].label}</span>
                <span className={styles.priorityHint}>{PRIORITY_WORDS[value].hint}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <div className={layout.actions}>
        <Button type="submit">{submitLabel}</Button>
        <Link to={cancelTo}>Cancel</Link>
      </div>
    </form>
  );
}
