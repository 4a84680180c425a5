import { ReachOutPicker } from './map-notes';
import type { StepProps } from './step-props';
import styles from './steps.module.css';

export function ChecklistStep({ prompt, answer, onChange }: StepProps<'checklist'>) {
  const checked = new Set(answer?.checked ?? []);
  const toggle = (item: string) => {
    const next = new Set(checked);
    if (next.has(item)) next.delete(item);
    else next.add(item);
    // Keep the content's order, whatever order things were ticked in.
    onChange({ kind: 'checklist', checked: prompt.items.filter((i) => next.has(i)) });
  };
  return (
    <>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{prompt.label}</legend>
        <div className={styles.options}>
          {prompt.items.map((item) => (
            <label key={item} className={styles.option}>
              <input type="checkbox" checked={checked.has(item)} onChange={() => toggle(item)} />
              <span>{item}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {prompt.belonging === 'reach-out' ? <ReachOutPicker /> : null}
    </>
  );
}
