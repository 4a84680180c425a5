import { useEffect, useRef, useState, type FormEvent } from 'react';
import { localCalendarDay, relativeDay } from '../../lib/relative-day';
import type { Goal, GoalStep } from '../../storage/collections/goals';
import { Button } from '../../ui/button';
import { progressWords } from './goal-order';
import own from './goal-screen.module.css';
import styles from './goals.module.css';
import { goalRecords, goals } from './goals-store';
import { tickNoteDraftKey, useKeptTickNote } from './tick-note-drafts';
import { discardDraft, keepDraft } from '../../state/drafts-store';
import type { TickNoteDraft } from '../../storage/collections/drafts';
import { LIMITS } from '../../storage/engine/record-fields';

/**
 * The steps as a checklist. Ticking one saves at once, then offers an optional
 * one-line "How did it go?" that can be skipped.
 */
export function GoalSteps({
  goal,
  today,
  announce,
  onCompleted,
}: {
  goal: Goal;
  today: string;
  announce: (message: string) => void;
  onCompleted: () => void;
}) {
  const { tick, untick, setTickNote } = goals;
  // A note typed before a reload (or in a tab since closed) is offered again, open.
  const kept = useKeptTickNote(goal.id);
  const [noteFor, setNoteFor] = useState<string | null>(kept?.stepId ?? null);
  const [note, setNote] = useState(kept?.note ?? '');
  const checkboxes = useRef(new Map<string, HTMLInputElement>());
  const focusAfter = useRef<string | null>(null);
  const isArchived = goal.status === 'archived';

  useEffect(() => {
    if (noteFor !== null || !focusAfter.current) return;
    checkboxes.current.get(focusAfter.current)?.focus();
    focusAfter.current = null;
  }, [noteFor]);

  // The store shows a change at once and stores it after, so the note offer and the
  // announcement don't wait for the disk.
  const onToggle = (step: GoalStep) => {
    if (step.doneAt) {
      if (noteFor === step.id) setNoteFor(null);
      void untick(goal.id, step.id);
      announce(`“${step.text}” is back on your list.`);
      return;
    }
    void tick(goal.id, step.id).written;
    const updated = goalRecords.getState().records.get(goal.id) ?? goal;
    setNote('');
    setNoteFor(step.id);
    if (goal.status === 'active' && updated.status === 'completed') onCompleted();
    else
      announce(
        `Done: “${step.text}”. ${progressWords(updated)}. If you like, add a line on how it went, just below.`,
      );
  };

  const closeNote = (stepId: string) => {
    focusAfter.current = stepId;
    void discardDraft(tickNoteDraftKey(goal.id, stepId));
    // One a closed tab left, taken up here, goes too.
    if (kept && kept.stepId === stepId) void discardDraft(kept.id);
    setNoteFor(null);
  };

  const typeNote = (stepId: string, text: string) => {
    setNote(text);
    void keepDraft<TickNoteDraft>(tickNoteDraftKey(goal.id, stepId), {
      kind: 'tick-note',
      goalId: goal.id,
      stepId,
      note: text,
      base: null,
    });
  };

  const saveNote = (event: FormEvent, stepId: string) => {
    event.preventDefault();
    if (note.trim()) {
      void setTickNote(goal.id, stepId, note.trim());
      announce('Note saved.');
    }
    closeNote(stepId);
  };

  return (
    <ul className={own.stepList}>
      {goal.steps.map((step) => (
        <li key={step.id} className={own.stepItem}>
          <div className={own.tickRow}>
            <input
              ref={(element) => {
                if (element) checkboxes.current.set(step.id, element);
                else checkboxes.current.delete(step.id);
              }}
              type="checkbox"
              id={`tick-${step.id}`}
              className={own.checkbox}
              checked={step.doneAt !== null}
              disabled={isArchived}
              onChange={() => onToggle(step)}
            />
            <label htmlFor={`tick-${step.id}`} className={step.doneAt ? own.doneText : undefined}>
              {step.text}
            </label>
          </div>
          {step.doneAt || step.date ? (
            <p className={own.stepMeta}>
              {step.doneAt
                ? `Done ${relativeDay(localCalendarDay(new Date(step.doneAt)), today)}`
                : `Planned for ${relativeDay(step.date ?? today, today)}`}
            </p>
          ) : null}
          {step.note && noteFor !== step.id ? <p className={own.stepNote}>“{step.note}”</p> : null}
          {noteFor === step.id ? (
            <form className={own.noteForm} onSubmit={(event) => saveNote(event, step.id)}>
              <label htmlFor={`note-${step.id}`}>How did it go? (optional)</label>
              <input
                id={`note-${step.id}`}
                className={own.noteInput}
                value={note}
                maxLength={LIMITS.note}
                placeholder="One line is plenty"
                onChange={(event) => typeNote(step.id, event.target.value)}
              />
              <div className={styles.inlineActions}>
                <Button type="submit" size="small">
                  Save note
                </Button>
                <Button variant="quiet" size="small" onClick={() => closeNote(step.id)}>
                  Skip
                </Button>
              </div>
            </form>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
