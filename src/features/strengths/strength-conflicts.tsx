import { newId } from '../../lib/ids';
import type { StrengthList } from '../../storage/collections/strengths';
import { strengthRecords, strengthsIn } from '../../state/strengths';
import { TwoVersions } from '../../ui/two-versions';
import { LIST_WORDS } from './lists';

/**
 * A line of this list retyped in two places at once (two tabs, a tab closed and
 * opened again): both texts are kept until the person chooses, as in the journal.
 */
export function StrengthConflicts({ list }: { list: StrengthList }) {
  const conflicts = strengthRecords.use((state) => state.conflicts);
  // In the list's own order, so each choice sits where its line does.
  const mine = strengthsIn([...conflicts.values()].map((c) => c.mine), list);
  return (
    <>
      {mine.map(({ id }) => {
        const conflict = conflicts.get(id);
        if (!conflict) return null;
        return (
          <TwoVersions
            key={id}
            what={LIST_WORDS[list].one}
            theirs={conflict.theirs.text}
            onKeepMine={() => void strengthRecords.resolve(id, 'mine')}
            onKeepTheirs={() => void strengthRecords.resolve(id, 'theirs')}
            onKeepBoth={() => void strengthRecords.keepBoth(id, (kept) => ({ ...kept, id: newId() }))}
          />
        );
      })}
    </>
  );
}
