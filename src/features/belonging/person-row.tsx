import { useState } from 'react';
import { localCalendarDay, relativeDay } from '../../lib/relative-day';
import {
  changePerson,
  peopleRecords,
  setReachedOut,
  type MapCircle,
} from '../../state/belonging';
import type { Person } from '../../storage/collections/belonging-people';
import { LIMITS } from '../../storage/engine/record-fields';
import { Button } from '../../ui/button';
import { fieldStyles } from '../../ui/fields';
import styles from './belonging.module.css';

const NO_CIRCLE = '';

/** One of a person's yes-or-no marks, named with whose it is (see PersonRow). */
function PersonToggle({
  person,
  flag,
  label,
}: {
  person: Person;
  flag: 'isSafe' | 'isWarm';
  label: string;
}) {
  return (
    <label className={styles.toggle}>
      <input
        type="checkbox"
        checked={person[flag]}
        aria-label={`${label}: ${person.name}`}
        onChange={(event) =>
          changePerson(person.id, (p) => ({ ...p, [flag]: event.target.checked }))
        }
      />
      {label}
    </label>
  );
}

/** One person or group: safe, warm, when they last reached out, and (tucked away) name, circle, remove. */
export function PersonRow({ person, circles }: { person: Person; circles: MapCircle[] }) {
  const today = localCalendarDay();
  const isToday = person.lastReachedOut === today;
  // The day before a "Reached out today" tap, so a tap by mistake can be taken back.
  const [before, setBefore] = useState<string | null | undefined>(undefined);
  const [name, setName] = useState<string | null>(null);
  const [isRemoving, setRemoving] = useState(false);
  // Each control's name says whose it is: a row of "Safe person" boxes would be hard to tell apart by ear.
  const whose = (what: string) => `${what}: ${person.name}`;

  return (
    <li className={styles.person}>
      <div className={styles.personMain}>
        <span className={styles.personName}>{person.name}</span>
        <span className={styles.personMeta}>
          {isToday
            ? 'You reached out today.'
            : person.lastReachedOut
              ? `Last reached out ${relativeDay(person.lastReachedOut, today)}.`
              : null}
        </span>
      </div>
      <div className={styles.toggles}>
        <PersonToggle person={person} flag="isSafe" label="Safe person" />
        <PersonToggle person={person} flag="isWarm" label="Feels warm" />
        <Button
          variant="secondary"
          size="small"
          aria-pressed={isToday}
          aria-label={whose('Reached out today')}
          onClick={() => {
            if (!isToday) {
              setBefore(person.lastReachedOut);
              setReachedOut(person.id, today);
            } else if (before !== undefined) {
              setReachedOut(person.id, before);
              setBefore(undefined);
            }
          }}
        >
          Reached out today
        </Button>
      </div>
      <details className={styles.change}>
        <summary>
          Change or remove<span className="visually-hidden"> {person.name}</span>
        </summary>
        <div className={styles.changeBody}>
          <label className={fieldStyles.field}>
            <span className={fieldStyles.label}>Name</span>
            <input
              className={fieldStyles.input}
              value={name ?? person.name}
              maxLength={LIMITS.listItem}
              onChange={(event) => {
                const text = event.target.value;
                setName(text);
                // A name can't be empty: while the box is cleared, the stored name stays.
                if (text.trim())
                  changePerson(
                    person.id,
                    (p) => (p.name === text ? null : { ...p, name: text }),
                    { typing: true },
                  );
              }}
              onBlur={() => setName(null)}
            />
          </label>
          <label className={fieldStyles.field}>
            <span className={fieldStyles.label}>Circle</span>
            <select
              className={fieldStyles.input}
              value={person.circleId ?? NO_CIRCLE}
              onChange={(event) => {
                const circleId = event.target.value === NO_CIRCLE ? null : event.target.value;
                changePerson(person.id, (p) =>
                  p.circleId === circleId ? null : { ...p, circleId },
                );
              }}
            >
              <option value={NO_CIRCLE}>Not in a circle yet</option>
              {circles.map((circle) => (
                <option key={circle.id} value={circle.id}>
                  {circle.name}
                </option>
              ))}
            </select>
          </label>
          {isRemoving ? (
            <div
              className={styles.confirm}
              role="group"
              aria-label={`Take ${person.name} off your map?`}
            >
              <p>Take {person.name} off your map? This can't be undone.</p>
              <Button
                variant="secondary"
                size="small"
                onClick={() => void peopleRecords.remove(person.id)}
              >
                Yes, take them off
              </Button>
              <Button variant="quiet" size="small" onClick={() => setRemoving(false)}>
                Keep them
              </Button>
            </div>
          ) : (
            <Button variant="quiet" size="small" onClick={() => setRemoving(true)}>
              Take off the map
            </Button>
          )}
        </div>
      </details>
    </li>
  );
}
