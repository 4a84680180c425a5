import { useId } from 'react';
import styles from './rating-scale.module.css';

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
        {Array.from({ length: 11 }, (_, n) => (
          <label key={n} className={styles.scaleOption}>
            <input
              type="radio"
              name={name}
              value={n}
              checked={value === n}
              onChange={() => onChange(n)}
              aria-label={n === 0 ? `0, ${low}` : n === 10 ? `10, ${high}` : String(n)}
            />
            <span aria-hidden="true">{n}</span>
          </label>
        ))}
      </div>
      <div className={styles.scaleEnds} aria-hidden="true">
        <span>0 · {low}</span>
        <span>10 · {high}</span>
      </div>
    </fieldset>
  );
}
