import { useId, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { localCalendarDay, relativeDay } from '../../../lib/relative-day';
import {
  circleRecords,
  circlesOf,
  markReachedOut,
  peopleRecords,
  setReachedOut,
  spreadOf,
  thinnestCircle,
} from '../../../state/belonging';
import { useLoaded } from '../../../state/use-loaded';
import { Button } from '../../../ui/button';
import styles from './steps.module.css';

/** The map's circles and people, once both are read (null until then, or if they can't be). */
function useMap() {
  const circlesPhase = useLoaded(circleRecords);
  const peoplePhase = useLoaded(peopleRecords);
  const circles = circleRecords.use((state) => state.records);
  const people = peopleRecords.use((state) => state.records);
  const spread = useMemo(() => spreadOf(circlesOf(circles), people.values()), [circles, people]);
  return circlesPhase === 'ready' && peoplePhase === 'ready' ? { spread, people } : null;
}

/** "Add one more place to belong": points, gently, to the circle with the fewest warm connections. */
export function ThinnestCircleNote() {
  const map = useMap();
  if (!map) return null;
  const thin = thinnestCircle(map.spread);
  return (
    <div className={styles.mapNote} role="note" aria-label="From your belonging map">
      {map.people.size === 0 || !thin ? (
        <p>Your belonging map is empty so far, so any circle could be a start.</p>
      ) : thin.warm === 0 ? (
        <p>
          On your belonging map, <strong>{thin.circle.name}</strong> has no one warm in it yet. That might be a
          good place to look.
        </p>
      ) : (
        <p>
          Every circle on your belonging map holds someone warm. <strong>{thin.circle.name}</strong> has the
          fewest, if you'd like somewhere to grow.
        </p>
      )}
      <p>
        <Link to="/belonging">Open your belonging map</Link>
      </p>
    </div>
  );
}

/** "Send something small": pick a safe person from the map, and the map keeps the day you reached out. */
export function ReachOutPicker() {
  const map = useMap();
  const titleId = useId();
  const today = localCalendarDay();
  const [before, setBefore] = useState<Record<string, string | null>>({});
  const safe = map ? [...map.people.values()].filter((p) => p.isSafe) : [];
  return (
    <section className={styles.reachOut} aria-labelledby={titleId}>
      <h2 id={titleId}>Who would you like to reach out to?</h2>
      {!map ? (
        <p className={styles.hint} role="status">
          Opening your belonging map…
        </p>
      ) : safe.length === 0 ? (
        <p className={styles.hint}>
          The safe people you name in the first step, or mark on your <Link to="/belonging">belonging map</Link>,
          will be here to pick.
        </p>
      ) : (
        <ul className={styles.reachOutList}>
          {safe.map((person) => {
            const isToday = person.lastReachedOut === today;
            return (
              <li key={person.id} className={styles.reachOutRow}>
                <span>
                  <span className={styles.reachOutName}>{person.name}</span>
                  <br />
                  <span className={styles.hint}>
                    {isToday
                      ? 'You reached out today. That took something.'
                      : person.lastReachedOut
                        ? `You last reached out ${relativeDay(person.lastReachedOut, today)}.`
                        : 'Not reached out to yet.'}
                  </span>
                </span>
                <Button
                  variant="secondary"
                  size="small"
                  aria-pressed={isToday}
                  onClick={() => {
                    if (!isToday) {
                      setBefore((now) => ({ ...now, [person.id]: person.lastReachedOut }));
                      markReachedOut(person.id, today);
                    } else if (person.id in before) {
                      // A tap by mistake, taken back: the day it was before.
                      setReachedOut(person.id, before[person.id] ?? null);
                    }
                  }}
                  // The visible words come first in the name, so voice control finds the button by what it says.
                  aria-label={`I reached out today: ${person.name}`}
                >
                  I reached out today
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
