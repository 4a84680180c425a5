import { RadioChoices } from '../../ui/radio-choices';
import styles from './appearance.module.css';

/** One setting's question, and the words for each of its choices, in the order shown. */
export type Setting<T extends string> = {
  legend: string;
  hint?: string;
  name: string;
  choices: Record<T, string>;
};

/** One setting as a group of radio buttons: the browser gives arrow keys and announcements. */
export function ChoiceGroup<T extends string>({
  setting: { legend, hint, name, choices },
  value,
  onChange,
}: {
  setting: Setting<T>;
  value: T;
  onChange: (value: T) => void;
}) {
  const hintId = hint ? `${name}-hint` : undefined;
  return (
    <fieldset className={styles.group} aria-describedby={hintId}>
      <legend className={styles.legend}>{legend}</legend>
      {hint ? (
        <p id={hintId} className={styles.hint}>
          {hint}
        </p>
      ) : null}
      <div className={styles.choices}>
        <RadioChoices
          name={name}
          choices={Object.keys(choices) as T[]}
          value={value}
          onChange={onChange}
          className={styles.choice}
        >
          {(choice) => choices[choice]}
        </RadioChoices>
      </div>
    </fieldset>
  );
}
