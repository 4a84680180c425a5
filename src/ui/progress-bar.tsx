import styles from './progress-bar.module.css';

/**
 * A quiet bar; the label says in words what the bar shows. A native <progress>,
 * not a div with an inline width: prerendered pages carry no style attributes,
 * which the Content-Security-Policy (style-src 'self') would block.
 */
export function ProgressBar({ value, max, label }: { value: number; max: number; label: string }) {
  const now = Math.min(value, max);
  return (
    <progress
      className={styles.bar}
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={now}
      value={now}
      max={Math.max(max, 1)}
    />
  );
}
