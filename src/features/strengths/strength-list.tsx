import { useState } from 'react';
import type { StrengthList } from '../../storage/collections/strengths';
import { LIMITS } from '../../storage/engine/record-fields';
import {
  addStrength,
  removeStrength,
  rewordStrength,
  strengthRecords,
  strengthsIn,
} from '../../state/strengths';
import { useAddBox } from '../../state/use-kept-typing';
import { AddForm } from '../../ui/add-form';
import { Button } from '../../ui/button';
import { EditableLine } from '../../ui/editable-line';
import { LIST_WORDS } from './lists';
import { StrengthConflicts } from './strength-conflicts';
import styles from './strengths.module.css';

/** One of the three lists: each line editable and removable, and a box to add one. */
export function StrengthListSection({ list }: { list: StrengthList }) {
  const words = LIST_WORDS[list];
  const records = strengthRecords.use((state) => state.records);
  const items = strengthsIn(records.values(), list);
  const box = useAddBox(`strength:${list}`, (text) => addStrength(list, text));
  // The words just removed, so a tap by mistake can be taken back.
  const [removed, setRemoved] = useState<string | null>(null);
  const headingId = `list-${list}`;

  return (
    <section className={styles.list} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.listTitle}>
        {words.title}
      </h2>
      <p className={styles.hint}>{words.about}</p>
      {items.length > 0 ? (
        <ul className={styles.items}>
          {items.map((item, i) => (
            <EditableLine
                maxLength={LIMITS.listItem}
              key={item.id}
              label={`${words.item} ${i + 1}`}
              text={item.text}
              // Words can't be empty: while the box is cleared, the stored words stay.
              onEdit={(text) => (text.trim() ? rewordStrength(item.id, text) : undefined)}
              onRemove={() => {
                removeStrength(item.id);
                setRemoved(item.text);
              }}
              className={styles.item}
            />
          ))}
        </ul>
      ) : (
        <p className={styles.empty}>Nothing here yet. One is enough to start.</p>
      )}
      <StrengthConflicts list={list} />
      <div role="status">
        {removed !== null ? (
          <p className={styles.removed}>
            <span>“{removed}” is removed.</span>
            <Button
              variant="quiet"
              size="small"
              onClick={() => {
                addStrength(list, removed);
                setRemoved(null);
              }}
            >
              Put it back
            </Button>
          </p>
        ) : null}
      </div>
      <AddForm
        className={styles.addRow}
        label={`Add ${words.item.toLowerCase()}`}
        box={box}
        maxLength={LIMITS.listItem}
        buttonLabel={`Add to ${words.title.toLowerCase()}`}
      />
    </section>
  );
}
