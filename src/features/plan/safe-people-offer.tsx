import { peopleRecords } from '../../state/belonging';
import { addPlanItem } from '../../state/plan';
import { useLoaded } from '../../state/use-loaded';
import { Button } from '../../ui/button';
import styles from './plan.module.css';

/** People the person marked safe on their belonging map, offered with one tap (not added for them). */
export function SafePeopleOffer({ taken }: { taken: ReadonlySet<string> }) {
  useLoaded(peopleRecords);
  const people = peopleRecords.use((state) => state.records);
  const safe = [...people.values()]
    .filter((person) => person.isSafe && !taken.has(person.name.trim().toLowerCase()))
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1));
  if (safe.length === 0) return null;
  return (
    <div className={styles.examples}>
      <span className={styles.hint}>Safe people from your belonging map:</span>
      {safe.map((person) => (
        <Button key={person.id} variant="quiet" size="small" onClick={() => addPlanItem('people', person.name)} aria-label={`Add ${person.name}`}>
          + {person.name}
        </Button>
      ))}
    </div>
  );
}
