import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { formatDay } from '../../lib/dates';
import type { Goal } from '../../storage/collections/goals';
import { Button } from '../../ui/button';
import { LIMITS } from '../../storage/engine/record-fields';
import { useKeptTyping } from '../../state/use-kept-typing';
import { TextAreaField } from '../../ui/fields';
import { layout } from '../../ui/layout';
import styles from './celebration.module.css';
import { goals } from './goals-store';

/**
 * A finished goal: a quiet moment of celebration (the little bloom only plays
 * when it was just finished, and never under reduced motion), then an
 * invitation to note what helped, kept in the journal.
 */
export function GoalCelebration({ goal, isFresh }: { goal: Goal; isFresh: boolean }) {
  return (
    <section className={`${layout.card} ${styles.celebration}`} aria-labelledby="finished-heading">
      {isFresh ? (
        <div className={styles.bloom} aria-hidden="true">
          <span />
          <span />
          <span />
          <span />
          <span />
        </div>
      ) : null}
      <h2 id="finished-heading">{isFresh ? 'You did it' : 'Finished'}</h2>
      <p>
        {isFresh
          ? 'Every step counted, the small ones most of all. Take a moment to notice how far you came.'
          : `You finished this ${goal.completedAt ? `on ${formatDay(goal.completedAt)}` : ''}. It still counts.`}
      </p>
      <HelpedNote goal={goal} isOpen={isFresh} />
    </section>
  );
}

/** The box's words wait as a draft until they are saved to the journal. */
function helpedNoteBox(goalId: string): string {
  return `helped-note:${goalId}`;
}

function HelpedNote({ goal, isOpen }: { goal: Goal; isOpen: boolean }) {
  const { saveHelpedNote } = goals;
  const kept = useKeptTyping(helpedNoteBox(goal.id));
  const [choice, setChoice] = useState<'writing' | 'not-now' | null>(null);
  // Offered straight away right after finishing, or when words wait in it; later, one tap away.
  const isWriting = choice ? choice === 'writing' : isOpen || kept.text !== '';
  const setWriting = (writing: boolean) => setChoice(writing ? 'writing' : 'not-now');
  const [state, setState] = useState<'idle' | 'empty' | 'saving' | 'saved' | 'problem'>('idle');
  const text = kept.text;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) {
      setState('empty');
      return;
    }
    setState('saving');
    try {
      await saveHelpedNote(goal.id, text.trim());
      kept.clear();
      setState('saved');
    } catch {
      setState('problem');
    }
  };
  if (state === 'saved') {
    return (
      <p role="status">
        Saved in your journal, linked to this goal. <Link to="/journal">Open your journal</Link>
      </p>
    );
  }
  if (!isWriting) {
    return (
      <Button variant="secondary" onClick={() => setWriting(true)}>
        Write a note on what helped
      </Button>
    );
  }
  return (
    <form onSubmit={(event) => void save(event)}>
      <TextAreaField
        label="What helped you get here?"
        hint="A few words for your journal, for the next time something feels hard. Optional."
        rows={3}
        value={text}
        maxLength={LIMITS.note}
        // Until the drafts are read, typing would start from nothing and lose kept words.
        readOnly={!kept.isReady}
        onChange={(event) => kept.setText(event.target.value)}
      />
      {state === 'empty' ? (
        <p role="alert" className={styles.problem}>
          Write a few words first, or choose “Not now”.
        </p>
      ) : null}
      {state === 'problem' ? (
        <p role="alert" className={styles.problem}>
          We couldn't save your note just now. Your words are still here. Try again in a moment.
        </p>
      ) : null}
      <div className={styles.actions}>
        <Button type="submit" disabled={state === 'saving'}>
          Save to my journal
        </Button>
        <Button variant="quiet" onClick={() => setWriting(false)}>
          Not now
        </Button>
      </div>
    </form>
  );
}
