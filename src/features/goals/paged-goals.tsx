import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Goal } from '../../storage/collections/goals';
import { Button } from '../../ui/button';
import { layout } from '../../ui/layout';
import styles from './goals.module.css';

/**
 * Goals a list shows at first, and adds on each "Show more": a few screens'
 * worth. Someone with two thousand goals gets a screen that opens at once,
 * instead of one long wait while every card is drawn.
 */
export const GOALS_PAGE = 20;

/** "1,543", to match the English words around it (Intl is slow to wake: see journal-paging.ts). */
const count = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * The first goals of a sorted list, and a button for the next ones. The new
 * ones are added below; focus moves to the first of them, so someone using a
 * keyboard or a screen reader carries on reading where the list grew.
 */
export function PagedGoals({
  goals,
  listClassName,
  itemClassName,
  moreLabel,
  children,
}: {
  goals: readonly Goal[];
  listClassName?: string | undefined;
  itemClassName?: string | undefined;
  /** "Show more finished goals". */
  moreLabel: string;
  children: (goal: Goal) => ReactNode;
}) {
  const [shown, setShown] = useState(GOALS_PAGE);
  const list = useRef<HTMLUListElement>(null);
  const focusAt = useRef<number | null>(null);

  useEffect(() => {
    if (focusAt.current === null) return;
    const first = list.current?.children[focusAt.current];
    focusAt.current = null;
    first?.querySelector<HTMLElement>('a[href], button')?.focus();
  }, [shown]);

  const hasMore = goals.length > shown;
  return (
    <>
      <ul ref={list} className={listClassName}>
        {goals.slice(0, shown).map((goal) => (
          <li key={goal.id} className={itemClassName}>
            {children(goal)}
          </li>
        ))}
      </ul>
      {hasMore ? (
        <div className={styles.more}>
          <p className={layout.muted}>{`Showing ${count(shown)} of ${count(goals.length)}.`}</p>
          <Button
            variant="secondary"
            onClick={() => {
              focusAt.current = shown;
              setShown(shown + GOALS_PAGE);
            }}
          >
            {moreLabel}
          </Button>
        </div>
      ) : null}
    </>
  );
}
