import { isContactSection, PLAN_SECTIONS, type PlanSection } from '../../storage/collections/plan';
import { planItemsIn, planRecords } from '../../state/plan';
import { ContactLinks } from './contact-links';
import { CrisisLinesList } from './crisis-lines-view';
import { SECTION_WORDS } from './section-words';
import styles from './plan.module.css';

/** One section as it is read (not edited): its lines, and a tap to call or text the people in it. */
export function SectionReading({ section, headingLevel = 2, headingId }: { section: PlanSection; headingLevel?: 2 | 3; headingId?: string }) {
  const records = planRecords.use((state) => state.records);
  const items = planItemsIn(records.values(), section);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <>
      <Heading id={headingId} tabIndex={headingId ? -1 : undefined} className={styles.readingTitle}>
        {SECTION_WORDS[section].title}
      </Heading>
      {items.length > 0 ? (
        <ul className={styles.readingItems}>
          {items.map((item) => (
            <li key={item.id} className={isContactSection(section) ? styles.contact : undefined}>
              <span>
                {item.text}
                {isContactSection(section) && item.phone ? <span className={styles.phone}> {item.phone}</span> : null}
              </span>
              {isContactSection(section) ? <ContactLinks name={item.text} call={item.phone} text={item.phone} /> : null}
            </li>
          ))}
        </ul>
      ) : section === 'professionals' ? null : (
        <p className={styles.hint}>Nothing written here yet.</p>
      )}
      {section === 'professionals' ? <CrisisLinesList /> : null}
    </>
  );
}

/** The whole plan, all at once: what is read on screen, printed, or saved as a PDF. */
export function PlanSheet({ printOnly, isCard }: { printOnly: boolean; isCard: boolean }) {
  const classes = [styles.sheet, printOnly ? styles.printOnly : '', isCard ? styles.card : ''].filter(Boolean).join(' ');
  return (
    // Kept on the page for printing: hidden on screen (the print styles show it).
    <section aria-label="My whole safety plan" className={classes} hidden={printOnly}>
      <p className={styles.sheetTitle}>My safety plan</p>
      {PLAN_SECTIONS.map((section) => (
        <section key={section} className={styles.sheetSection}>
          <SectionReading section={section} />
        </section>
      ))}
      <p className={styles.sheetFoot}>If you’re in danger, call your emergency number now.</p>
    </section>
  );
}
