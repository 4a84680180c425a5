import styles from './field.module.css';

const formatted = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * Says how much more a field can take, once someone is close to its limit, so
 * words are never silently refused: the field stops at the limit and says so.
 */
export function LengthHint({ length, limit, what }: { length: number; limit: number; what: string }) {
  const left = limit - length;
  const isNear = left <= Math.max(20, Math.round(limit * 0.1));
  return (
    <p className={isNear ? styles.hint : 'visually-hidden'} role="status">
      {!isNear
        ? ''
        : left <= 0
          ? `That's as much as ${what.toLowerCase()} can hold (${formatted(limit)} characters).`
          : `${what} can hold ${formatted(limit)} characters: ${formatted(left)} left.`}
    </p>
  );
}
