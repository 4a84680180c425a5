import { Suspense, useState, type ComponentType } from 'react';
import { Link } from 'react-router';
import { Button } from '../../ui/button';
import { layout } from '../../ui/layout';
import styles from './library.module.css';
import { useYourWeek } from './use-your-week';

/**
 * "Your week" in one line, and a quick check-in one tap away. The check-in's
 * code is handed in by the app shell (features don't import each other) and
 * is only loaded when the person opens it.
 */
export function TodayCard({ CheckIn }: { CheckIn?: ComponentType }) {
  const line = useYourWeek();
  const [isOpen, setOpen] = useState(false);
  return (
    <section className={`${layout.card} ${styles.today}`} aria-labelledby="today-title">
      <h2 id="today-title">Your week</h2>
      <p className={styles.weekLine} aria-live="polite">
        {line}
      </p>
      {isOpen && CheckIn ? (
        <Suspense fallback={<p className={layout.muted}>Opening the check-in…</p>}>
          <CheckIn />
        </Suspense>
      ) : (
        <div className={styles.todayActions}>
          {CheckIn ? <Button onClick={() => setOpen(true)}>Check in</Button> : null}
          <Link to="/insights">See what helps you</Link>
        </div>
      )}
    </section>
  );
}
