import { useId } from 'react';
import { RadioChoices } from './radio-choices';
import styles from './rating-scale.module.css';

const ZERO_TO_TEN = Array.from({ length: 11 }, (_, n) => n);

/** A 0 to 10 choice as a radio group: arrow keys move, both ends are named. */
export function RatingScale({
  label,
  low,
  high,
  value,
  onChange,
}: {
  label: string;
  low: string;
  high: string;
  value: number | null;
  onChange: (value: number) => void;
}) {
  const name = useId();
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{label}</legend>
      <div className={styles.scale}>
        <RadioChoices
          name={name}
          choices={ZERO_TO_TEN}
          value={value}
          onChange={onChange}
          className={styles.scaleOption}
          inputLabel={(n) => (n === 0 ? `0, ${low}` : n === 10 ? `10, ${high}` : String(n))}
        >
          {(n) => <span aria-hidden="true">{n}</span>}
        </RadioChoices>
      </div>
      <div className={styles.scaleEnds} aria-hidden="true">
        <span>0 · {low}</span>
        <span>10 · {high}</span>
      </div>
    </fieldset>
  );
}
