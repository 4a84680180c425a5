import { LIMITS } from '../../storage/engine/record-fields';
import { useLayoutEffect, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import { newId } from '../../lib/ids';
import { Button } from '../../ui/button';
import styles from './goal-form.module.css';
import { splitStep, stepLooksBig } from './step-size';

export type EditableStep = {
  id: string;
  text: string;
  date: string | null;
  doneAt?: string | null;
};

type Focus = { id: string; target: 'up' | 'down' | 'text' };

function move<T>(list: T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

/**
 * The small steps of a goal: add, edit, split, remove, and reorder with the
 * Move up / Move down buttons (focus stays on the moved step, the move is
 * announced) or by dragging the handle with a mouse, pen or finger.
 */
export function StepListEditor({
  steps,
  onChange,
}: {
  steps: EditableStep[];
  onChange: (steps: EditableStep[]) => void;
}) {
  const [announcement, setAnnouncement] = useState('');
  const [draggingId, setDraggingId] = useState<string | null>(null);
  const pendingFocus = useRef<Focus | null>(null);
  const elements = useRef(new Map<string, HTMLElement>());
  const rows = useRef(new Map<string, HTMLLIElement>());

  const register = (key: string) => (element: HTMLElement | null) => {
    if (element) elements.current.set(key, element);
    else elements.current.delete(key);
  };

  useLayoutEffect(() => {
    const focus = pendingFocus.current;
    if (!focus) return;
    pendingFocus.current = null;
    const wanted = elements.current.get(`${focus.id}:${focus.target}`) as
      HTMLButtonElement | undefined;
    // At the top or bottom the same button is disabled: the other one keeps focus nearby.
    const other = focus.target === 'up' ? 'down' : 'up';
    const fallback = elements.current.get(
      `${focus.id}:${focus.target === 'text' ? 'text' : other}`,
    );
    (wanted && !wanted.disabled ? wanted : fallback)?.focus();
  });

  const label = (step: EditableStep) =>
    step.text.trim() ? `“${step.text.trim()}”` : 'The empty step';

  const moveStep = (from: number, to: number, focusOn: Focus['target'] | null) => {
    const step = steps[from];
    if (!step || to < 0 || to >= steps.length || to === from) return;
    if (focusOn) pendingFocus.current = { id: step.id, target: focusOn };
    onChange(move(steps, from, to));
    setAnnouncement(`${label(step)} moved to step ${to + 1} of ${steps.length}.`);
  };

  const edit = (id: string, change: Partial<EditableStep>) =>
    onChange(steps.map((step) => (step.id === id ? { ...step, ...change } : step)));

  const remove = (index: number) => {
    const step = steps[index]!;
    const neighbour = steps[index + 1] ?? steps[index - 1];
    onChange(steps.filter((s) => s.id !== step.id));
    setAnnouncement(`${label(step)} removed.`);
    if (neighbour) pendingFocus.current = { id: neighbour.id, target: 'text' };
    else elements.current.get('add')?.focus();
  };

  const add = () => {
    const step = { id: newId(), text: '', date: null };
    pendingFocus.current = { id: step.id, target: 'text' };
    onChange([...steps, step]);
  };

  const split = (index: number) => {
    const step = steps[index]!;
    const [first = '', ...rest] = splitStep(step.text);
    const pieces = [
      { ...step, text: first },
      ...rest.map((text) => ({ id: newId(), text, date: null })),
    ];
    onChange([...steps.slice(0, index), ...pieces, ...steps.slice(index + 1)]);
    setAnnouncement(`Split into ${pieces.length} steps.`);
    pendingFocus.current = { id: step.id, target: 'text' };
  };

  // Pointer dragging: the row under the pointer's midpoint is where the step goes.
  const onHandleDown = (event: ReactPointerEvent<HTMLSpanElement>, id: string) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    setDraggingId(id);
  };
  const onHandleMove = (event: ReactPointerEvent<HTMLSpanElement>) => {
    if (!draggingId) return;
    const from = steps.findIndex((s) => s.id === draggingId);
    // The new place is the number of other steps whose middle is above the pointer.
    let to = 0;
    for (const step of steps) {
      if (step.id === draggingId) continue;
      const rect = rows.current.get(step.id)?.getBoundingClientRect();
      if (rect && event.clientY > rect.top + rect.height / 2) to += 1;
    }
    if (from !== -1 && to !== from) onChange(move(steps, from, to));
  };
  const onHandleUp = () => {
    if (!draggingId) return;
    const index = steps.findIndex((s) => s.id === draggingId);
    const step = steps[index];
    setDraggingId(null);
    if (step) setAnnouncement(`${label(step)} is now step ${index + 1} of ${steps.length}.`);
  };

  return (
    <fieldset className={styles.fieldset}>
      <legend>Small steps</legend>
      <p className={styles.hint}>
        Steps you could do in one sitting, even on a tired day. Drag the handle, or use Move up and
        Move down, to change the order.
      </p>
      {steps.length > 0 ? (
        <ol className={styles.steps}>
          {steps.map((step, index) => {
            const n = index + 1;
            const isBig = stepLooksBig(step.text);
            const pieces = isBig ? splitStep(step.text).length : 1;
            const hintId = `step-hint-${step.id}`;
            return (
              <li
                key={step.id}
                ref={(row) => {
                  if (row) rows.current.set(step.id, row);
                  else rows.current.delete(step.id);
                }}
                className={`${styles.step} ${draggingId === step.id ? styles.dragging : ''}`}
              >
                <span
                  className={styles.handle}
                  aria-hidden="true"
                  title="Drag to reorder"
                  onPointerDown={(event) => onHandleDown(event, step.id)}
                  onPointerMove={onHandleMove}
                  onPointerUp={onHandleUp}
                  onPointerCancel={onHandleUp}
                >
                  ⠿
                </span>
                <div className={styles.stepBody}>
                  <label className={styles.stepLabel} htmlFor={`step-${step.id}`}>
                    Step {n}
                  </label>
                  {/* A textarea that grows, so a long step is seen whole; a step stays one line. */}
                  <textarea
                    id={`step-${step.id}`}
                    ref={register(`${step.id}:text`)}
                    className={`${styles.input} ${styles.stepText}`}
                    rows={1}
                    value={step.text}
                    maxLength={LIMITS.stepText}
                    aria-describedby={isBig ? hintId : undefined}
                    onKeyDown={(event) => {
                      if (event.key === 'Enter') event.preventDefault();
                    }}
                    onChange={(event) =>
                      edit(step.id, { text: event.target.value.replace(/[\r\n]+/g, ' ') })
                    }
                  />
                  {isBig ? (
                    <p className={styles.bigHint} id={hintId}>
                      This step might be easier in smaller pieces. Want to split it?
                      {pieces > 1 ? (
                        <Button variant="quiet" size="small" onClick={() => split(index)}>
                          Split into {pieces} steps
                        </Button>
                      ) : null}
                    </p>
                  ) : null}
                  <div className={styles.stepTools}>
                    <label className={styles.dayLabel}>
                      <span>Day for step {n} (optional)</span>
                      <input
                        type="date"
                        className={styles.dateInput}
                        value={step.date ?? ''}
                        onChange={(event) => edit(step.id, { date: event.target.value || null })}
                      />
                    </label>
                    <div className={styles.moveButtons}>
                      <Button
                        ref={register(`${step.id}:up`)}
                        variant="secondary"
                        size="small"
                        disabled={index === 0}
                        aria-label={`Move up step ${n}`}
                        onClick={() => moveStep(index, index - 1, 'up')}
                      >
                        Move up
                      </Button>
                      <Button
                        ref={register(`${step.id}:down`)}
                        variant="secondary"
                        size="small"
                        disabled={index === steps.length - 1}
                        aria-label={`Move down step ${n}`}
                        onClick={() => moveStep(index, index + 1, 'down')}
                      >
                        Move down
                      </Button>
                      <Button
                        variant="quiet"
                        size="small"
                        aria-label={`Remove step ${n}`}
                        onClick={() => remove(index)}
                      >
                        Remove
                      </Button>
                    </div>
                  </div>
                </div>
              </li>
            );
          })}
        </ol>
      ) : null}
      <Button ref={register('add')} variant="secondary" size="small" onClick={add}>
        Add a step
      </Button>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </fieldset>
  );
}
