import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Goal } from '../../storage/collections/goals';
import { Button } from '../../ui/button';
import { relativeDay } from '../../lib/relative-day';
import type { DayWords } from './goal-top-view';
import styles from './goals.module.css';
import { goals } from './goals-store';

/** "Target date: in 5 days", with the exact day for anyone who wants it. */
export function TargetDateWords({
  day,
  words,
  showFullDate = false,
}: {
  day: string;
  words: DayWords;
  showFullDate?: boolean;
}) {
  return (
    <span>
      Target date:{' '}
      <time dateTime={day} title={words.full}>
        {words.relative}
      </time>
      {showFullDate ? <span className={styles.fullDate}> ({words.full})</span> : null}
    </span>
  );
}

/**
 * A target day that has gone by, said gently: the goal is still here, and a
 * new day is one tap away. Never red, never "overdue".
 */
export function PastTargetNote({
  goal,
  today,
  plannedFor = relativeDay(goal.targetDate ?? today, today),
}: {
  goal: Pick<Goal, 'id' | 'title'> & { targetDate?: string | null };
  today: string;
  plannedFor?: string;
}) {
  const { setTargetDate } = goals;
  const [isPicking, setPicking] = useState(false);
  const [day, setDay] = useState('');
  const inputId = useId();
  const headingId = useId();
  const pickButton = useRef<HTMLButtonElement>(null);
  const dateInput = useRef<HTMLInputElement>(null);
  const hasOpened = useRef(false);

  // Focus follows the switch between the button and the little form, so it's never lost.
  useEffect(() => {
    if (isPicking) {
      hasOpened.current = true;
      dateInput.current?.focus();
    } else if (hasOpened.current) {
      pickButton.current?.focus();
    }
  }, [isPicking]);

  const save = (event: FormEvent) => {
    event.preventDefault();
    void setTargetDate(goal.id, day || null);
    setPicking(false);
  };

  return (
    <div className={styles.pastDate} role="group" aria-labelledby={headingId}>
      <p id={headingId}>
        This goal is still here when you want it. Want to pick a new date?
        <span className={styles.fullDate}>
          {' '}
          (You'd planned it for {plannedFor}.)
        </span>
      </p>
      {isPicking ? (
        <form className={styles.dateForm} onSubmit={save}>
          <label htmlFor={inputId}>New target date</label>
          <input
            ref={dateInput}
            id={inputId}
            type="date"
            min={today}
            className={styles.dateInput}
            value={day}
            onChange={(event) => setDay(event.target.value)}
            required
          />
          <Button type="submit" size="small">
            Save the new date
          </Button>
          <Button variant="quiet" size="small" onClick={() => setPicking(false)}>
            Not now
          </Button>
        </form>
      ) : (
        <div className={styles.inlineActions}>
          <Button
            ref={pickButton}
            variant="secondary"
            size="small"
            aria-label={`Pick a new date for “${goal.title}”`}
            onClick={() => setPicking(true)}
          >
            Pick a new date
          </Button>
          <Button
            variant="quiet"
            size="small"
            aria-label={`Go without a date for “${goal.title}”`}
            onClick={() => void setTargetDate(goal.id, null)}
          >
            Go without a date
          </Button>
        </div>
      )}
    </div>
  );
}
