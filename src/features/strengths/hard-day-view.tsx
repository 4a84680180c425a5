import { useState } from 'react';
import { Link } from 'react-router';
import { hardDayPicks, strengthRecords } from '../../state/strengths';
import { Button } from '../../ui/button';
import { LIST_WORDS } from './lists';
import styles from './strengths.module.css';

/** A few is enough on a hard day: more would turn into reading a list. */
const HOW_MANY = 5;

/**
 * A few strengths and kindnesses, one at a time, with room to breathe between
 * them. Picked once as the view opens, so the order doesn't change under a
 * finger while an item is being edited elsewhere.
 */
export function HardDayView({ onLeave }: { onLeave: () => void }) {
  const [picks, setPicks] = useState(() =>
    hardDayPicks(strengthRecords.getState().records.values(), HOW_MANY),
  );
  const [index, setIndex] = useState(0);
  const current = picks[index];

  if (picks.length === 0) {
    return (
      <div className={styles.hardDay}>
        <p>
          Your lists are empty for now, and that's okay. On a hard day it can be difficult to think
          of anything.
        </p>
        <p>
          When you feel up to it, you might add one small thing: something you did today, or
          something kind someone once said to you.
        </p>
        <div className={styles.actions}>
          <Button onClick={onLeave}>Back to your lists</Button>
          <Link to="/help">Need more support?</Link>
        </div>
      </div>
    );
  }

  const isLast = index >= picks.length - 1;
  return (
    <div className={styles.hardDay}>
      <p className={styles.hint}>Take your time with each one. There's no rush.</p>
      {/* Read aloud as it changes, so a screen reader hears each one too. */}
      <div className={styles.hardDayCard} aria-live="polite">
        {current ? (
          <figure key={current.id} className={styles.reveal}>
            <figcaption className={styles.hardDayFrom}>{LIST_WORDS[current.list].title}</figcaption>
            <blockquote className={styles.hardDayWords}>{current.text}</blockquote>
          </figure>
        ) : null}
      </div>
      <p className={styles.hint}>
        {index + 1} of {picks.length}
      </p>
      {isLast ? <p>That's all for now. They'll still be true tomorrow.</p> : null}
      <div className={styles.actions}>
        {isLast ? (
          <Button
            onClick={() => {
              setPicks(hardDayPicks(strengthRecords.getState().records.values(), HOW_MANY));
              setIndex(0);
            }}
          >
            Read a few more
          </Button>
        ) : (
          <Button onClick={() => setIndex((i) => i + 1)}>Show another</Button>
        )}
        <Button variant="secondary" onClick={onLeave}>
          Back to your lists
        </Button>
      </div>
    </div>
  );
}
