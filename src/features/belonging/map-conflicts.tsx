import { newId } from '../../lib/ids';
import { circleRecords, peopleRecords } from '../../state/belonging';
import { TwoVersions } from '../../ui/two-versions';

/**
 * A name changed in two places at once (two tabs, a tab closed and opened
 * again): both names are kept until the person chooses, as in the journal.
 */
export function MapConflicts() {
  const people = peopleRecords.use((state) => state.conflicts);
  const circles = circleRecords.use((state) => state.conflicts);
  return (
    <>
      {[...people].map(([id, { theirs }]) => (
        <TwoVersions
          key={`person-${id}`}
          what="person"
          theirs={theirs.name}
          onKeepMine={() => void peopleRecords.resolve(id, 'mine')}
          onKeepTheirs={() => void peopleRecords.resolve(id, 'theirs')}
          onKeepBoth={() => void peopleRecords.keepBoth(id, (mine) => ({ ...mine, id: newId() }))}
        />
      ))}
      {[...circles].map(([id, { theirs }]) => (
        <TwoVersions
          key={`circle-${id}`}
          what="circle"
          theirs={theirs.name}
          onKeepMine={() => void circleRecords.resolve(id, 'mine')}
          onKeepTheirs={() => void circleRecords.resolve(id, 'theirs')}
        />
      ))}
    </>
  );
}
