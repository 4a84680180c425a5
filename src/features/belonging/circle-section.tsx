import { useState } from 'react';
import { newId } from '../../lib/ids';
import {
  addPerson,
  circleRecords,
  renameCircle,
  type CircleRow,
  type MapCircle,
} from '../../state/belonging';
import { LIMITS } from '../../storage/engine/record-fields';
import { useAddBox } from '../../state/use-kept-typing';
import { AddForm } from '../../ui/add-form';
import { Button } from '../../ui/button';
import { TextField } from '../../ui/fields';
import styles from './belonging.module.css';
import { PersonRow } from './person-row';

/** One circle: its name (renamable), who is in it, and a box to add someone. */
export function CircleSection({ row, circles }: { row: CircleRow; circles: MapCircle[] }) {
  const { circle, people, warm } = row;
  const headingId = `circle-${circle.id}`;
  const [isRenaming, setRenaming] = useState(false);
  const [name, setName] = useState(circle.name);
  const box = useAddBox(`belonging-person:${circle.id}`, (text) =>
    addPerson({ id: newId(), name: text, circleId: circle.id }),
  );

  const finishRenaming = () => {
    // A name can't be empty: cleared and left, the circle keeps the name it had.
    if (!name.trim()) setName(circle.name);
    setRenaming(false);
    requestAnimationFrame(() => document.getElementById(`${headingId}-rename`)?.focus());
  };

  return (
    <section className={warm > 0 ? styles.circleHeld : styles.circle} aria-labelledby={headingId}>
      <div className={styles.circleHead}>
        <h2 id={headingId} className={styles.circleName}>
          {circle.name}
        </h2>
        <div className={styles.circleActions}>
          <span className={styles.count}>{countWords(people.length, warm)}</span>
          {!isRenaming ? (
            <Button
              id={`${headingId}-rename`}
              variant="quiet"
              size="small"
              aria-label={`Rename ${circle.name}`}
              onClick={() => {
                setName(circle.name);
                setRenaming(true);
              }}
            >
              Rename
            </Button>
          ) : null}
          {circle.isOwn && people.length === 0 ? (
            <Button
              variant="quiet"
              size="small"
              aria-label={`Remove the circle ${circle.name}`}
              onClick={() => void circleRecords.remove(circle.id)}
            >
              Remove circle
            </Button>
          ) : null}
        </div>
      </div>
      {isRenaming ? (
        <form
          className={styles.addRow}
          onSubmit={(event) => {
            event.preventDefault();
            finishRenaming();
          }}
        >
          <TextField
            label={`New name for ${circle.name}`}
            value={name}
            maxLength={LIMITS.circleName}
            autoFocus
            onChange={(event) => {
              setName(event.target.value);
              if (event.target.value.trim()) renameCircle(circle.id, event.target.value.trim());
            }}
            onKeyDown={(event) => {
              if (event.key === 'Escape') finishRenaming();
            }}
          />
          <Button type="submit" variant="secondary">
            Done
          </Button>
        </form>
      ) : null}
      {people.length > 0 ? (
        <ul className={styles.people} aria-label={`In ${circle.name}`}>
          {people.map((person) => (
            <PersonRow key={person.id} person={person} circles={circles} />
          ))}
        </ul>
      ) : null}
      <AddForm
        className={styles.addRow}
        label={`Add someone to ${circle.name}`}
        box={box}
        maxLength={LIMITS.listItem}
        buttonLabel={`Add to ${circle.name}`}
      />
    </section>
  );
}

function countWords(people: number, warm: number): string {
  if (people === 0) return 'No one here yet';
  const who = people === 1 ? '1 person or group' : `${people} people or groups`;
  return warm === 0 ? who : `${who}, ${warm} warm`;
}
