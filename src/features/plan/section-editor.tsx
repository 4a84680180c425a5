import { useState } from 'react';
import { isContactSection, PHONE_MAX, type PlanItem, type PlanSection } from '../../storage/collections/plan';
import { LIMITS } from '../../storage/engine/record-fields';
import { addPlanItem, planItemsIn, planRecords, removePlanItem, rewordPlanItem, setPlanPhone } from '../../state/plan';
import { useAddBox } from '../../state/use-kept-typing';
import { AddForm } from '../../ui/add-form';
import { Button } from '../../ui/button';
import { EditableLine } from '../../ui/editable-line';
import { ContactLinks } from './contact-links';
import { CrisisCountryChoice } from './crisis-lines-view';
import { SafePeopleOffer } from './safe-people-offer';
import { SECTION_WORDS } from './section-words';
import styles from './plan.module.css';

/** One section of the plan: its lines, editable and removable, examples to tap in, and a box to add one. */
export function SectionEditor({ section, step }: { section: PlanSection; step: number }) {
  const words = SECTION_WORDS[section];
  const records = planRecords.use((state) => state.records);
  const items = planItemsIn(records.values(), section);
  const box = useAddBox(`plan:${section}`, (text) => addPlanItem(section, text));
  const [removed, setRemoved] = useState<PlanItem | null>(null);
  const headingId = `plan-${section}`;
  const taken = new Set(items.map((item) => item.text.trim().toLowerCase()));
  const examples = words.examples.filter((example) => !taken.has(example.toLowerCase()));

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.sectionTitle}>
        <span className={styles.stepNumber}>{step}.</span> {words.title}
      </h2>
      <p className={styles.hint}>{words.about}</p>
      {items.length > 0 ? (
        <ul className={styles.items}>
          {items.map((item, i) =>
            isContactSection(section) ? (
              <ContactRow key={item.id} item={item} label={`${words.item} ${i + 1}`} onRemove={() => setRemoved(item)} />
            ) : (
              <EditableLine
                maxLength={LIMITS.listItem}
                key={item.id}
                label={`${words.item} ${i + 1}`}
                text={item.text}
                // Words can't be empty: while the box is cleared, the stored words stay.
                onEdit={(text) => (text.trim() ? rewordPlanItem(item.id, text) : undefined)}
                onRemove={() => {
                  removePlanItem(item.id);
                  setRemoved(item);
                }}
              />
            ),
          )}
        </ul>
      ) : (
        <p className={styles.hint}>Nothing here yet. One line is enough to start.</p>
      )}
      <div role="status">
        {removed !== null ? (
          <p className={styles.removed}>
            <span>“{removed.text}” is removed.</span>
            <Button
              variant="quiet"
              size="small"
              onClick={() => {
                addPlanItem(section, removed.text, removed.phone);
                setRemoved(null);
              }}
            >
              Put it back
            </Button>
          </p>
        ) : null}
      </div>
      {section === 'people' ? <SafePeopleOffer taken={taken} /> : null}
      {examples.length > 0 ? (
        <div className={styles.examples}>
          <span className={styles.hint}>Examples to tap in:</span>
          {examples.map((example) => (
            <Button key={example} variant="quiet" size="small" onClick={() => addPlanItem(section, example)} aria-label={`Add “${example}”`}>
              + {example}
            </Button>
          ))}
        </div>
      ) : null}
      <AddForm
        className={styles.addRow}
        label={`Add ${lowerFirst(words.item)}`}
        box={box}
        maxLength={LIMITS.listItem}
        buttonLabel={`Add to ${lowerFirst(words.title)}`}
      />
      {section === 'professionals' ? <CrisisCountryChoice /> : null}
    </section>
  );
}

/** "What I will do" becomes "what I will do": only the first letter changes, so "I" stays. */
const lowerFirst = (words: string) => words.charAt(0).toLowerCase() + words.slice(1);

/** A person to reach: their name, their number, and a tap to call or text once there is a number. */
function ContactRow({ item, label, onRemove }: { item: PlanItem; label: string; onRemove: () => void }) {
  const [typedName, setTypedName] = useState<string | null>(null);
  const [typedPhone, setTypedPhone] = useState<string | null>(null);
  return (
    <li className={styles.contactEdit}>
      <div className={styles.contactFields}>
        <input
          aria-label={label}
          value={typedName ?? item.text}
          maxLength={LIMITS.listItem}
          onChange={(event) => {
            setTypedName(event.target.value);
            if (event.target.value.trim()) rewordPlanItem(item.id, event.target.value);
          }}
          onBlur={() => setTypedName(null)}
        />
        <input
          type="tel"
          aria-label={`${item.text}’s number`}
          placeholder="Phone number"
          value={typedPhone ?? item.phone}
          maxLength={PHONE_MAX}
          autoComplete="tel"
          onChange={(event) => {
            setTypedPhone(event.target.value);
            setPlanPhone(item.id, event.target.value);
          }}
          onBlur={() => setTypedPhone(null)}
        />
        <Button
          variant="quiet"
          size="small"
          onClick={() => {
            removePlanItem(item.id);
            onRemove();
          }}
          aria-label={`Remove ${item.text}`}
        >
          Remove
        </Button>
      </div>
      <ContactLinks name={item.text} call={item.phone} text={item.phone} />
    </li>
  );
}
