import styles from './progress-bar.module.css';

/** A quiet bar; the label says in words what the bar shows. */
export function ProgressBar({ value, max, label }: { value: number; max: number; label: string }) {
  const percent = max > 0 ? Math.round((Math.min(value, max) / max) * 100) : 0;
  return (
    <div
      className={styles.track}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={Math.min(value, max)}
    >
      <div className={styles.fill} style={{ width: `${percent}%` }} />
    </div>
  );
}
