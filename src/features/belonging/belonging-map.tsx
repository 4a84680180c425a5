import { useId, useMemo } from 'react';
import { newId } from '../../lib/ids';
import {
  addOwnCircle,
  circleRecords,
  circlesOf,
  peopleRecords,
  spreadOf,
  type Spread,
} from '../../state/belonging';
import { LIMITS } from '../../storage/engine/record-fields';
import { useAddBox } from '../../state/use-kept-typing';
import { AddForm } from '../../ui/add-form';
import styles from './belonging.module.css';
import { CircleSection } from './circle-section';
import { MapConflicts } from './map-conflicts';
import { PersonRow } from './person-row';
import { SaveProblem } from './save-problem';
import { SpreadPicture } from './spread-picture';
import { spreadNudge, spreadSentence } from './spread-words';

export function BelongingMap() {
  const circles = circleRecords.use((state) => state.records);
  const people = peopleRecords.use((state) => state.records);
  const mapCircles = useMemo(() => circlesOf(circles), [circles]);
  const spread = useMemo(() => spreadOf(mapCircles, people.values()), [mapCircles, people]);
  const isEmpty = people.size === 0;

  return (
    <>
      <SaveProblem />
      <MapConflicts />
      <SpreadSummary spread={spread} />
      {isEmpty ? (
        <div className={styles.empty}>
          <h2>Start with one</h2>
          <p>
            Think of one person, group or place where you feel even a little at home. A cousin, a
            team chat, the regulars at a café. Add them to a circle below, whenever you're ready.
          </p>
        </div>
      ) : null}
      {spread.unplaced.length > 0 ? (
        <section className={styles.circle} aria-labelledby="unplaced-heading">
          <h2 id="unplaced-heading" className={styles.circleName}>
            Not in a circle yet
          </h2>
          <p className={styles.hint}>
            People you named in a practice. Choose a circle for each, if you like.
          </p>
          <ul className={styles.people}>
            {spread.unplaced.map((person) => (
              <PersonRow key={person.id} person={person} circles={mapCircles} />
            ))}
          </ul>
        </section>
      ) : null}
      <ul className={styles.circles} aria-label="Your circles">
        {spread.rows.map((row) => (
          <li key={row.circle.id}>
            <CircleSection row={row} circles={mapCircles} />
          </li>
        ))}
      </ul>
      <AddCircle />
    </>
  );
}

function SpreadSummary({ spread }: { spread: Spread }) {
  const wordsId = useId();
  return (
    <section className={styles.summary} aria-labelledby={`${wordsId}-title`}>
      <SpreadPicture spread={spread} />
      <div>
        <h2 id={`${wordsId}-title`} className={styles.summaryTitle}>
          How spread out your belonging is
        </h2>
        <p className={styles.summaryWords}>{spreadSentence(spread)}</p>
        <p className={styles.hint}>{spreadNudge(spread)}</p>
      </div>
    </section>
  );
}

function AddCircle() {
  const box = useAddBox('belonging-circle', (name) => addOwnCircle(newId(), name));
  return (
    <section className={styles.addCircle} aria-labelledby="add-circle-heading">
      <h2 id="add-circle-heading" className={styles.circleName}>
        A circle of your own
      </h2>
      <p className={styles.hint}>
        A choir, a group chat, the dog park at 7. Anywhere you show up and are known.
      </p>
      <AddForm
        className={styles.addRow}
        label="Name a new circle"
        box={box}
        maxLength={LIMITS.circleName}
        button="Add circle"
      />
    </section>
  );
}
