import { useId } from 'react';
import { calendarOfDay, dayWords } from '../../lib/date-words';
import { layout } from '../../ui/layout';
import type { FeelingWordsInDays } from './summary-contents';
import type { Days } from './summary-range';
import styles from './summary.module.css';

/** "6 Sep to 20 Oct": a part of the days, short enough for a column's heading. */
function partWords({ from, to }: Days, hasYear: boolean): string {
  // A narrow column wraps between the two days, never inside one.
  const words = (day: string) => dayWords(calendarOfDay(day), { month: 'short', hasYear }).replaceAll(' ', '\u00a0');
  return `${words(from)} to ${words(to)}`;
}

/**
 * The words picked for the feeling with the check-ins, as a plain table: how
 * often each, and over a longer time how often in each half. Nothing when
 * there were no check-ins (the chart above says so).
 */
export function FeelingWordsTable({ tally }: { tally: FeelingWordsInDays }) {
  const titleId = useId();
  const { parts, checkIns, withWords, words } = tally;
  if (checkIns === 0) return null;
  const isSplit = parts.length > 1;
  const hasYear = parts[0]!.from.slice(0, 4) !== parts.at(-1)!.to.slice(0, 4);
  return (
    <div className={styles.feelingWords}>
      <h4 id={titleId}>Words I picked for how I felt</h4>
      {withWords === 0 ? (
        <p className={layout.muted}>No words for the feeling were picked with these check-ins.</p>
      ) : (
        <>
          <p className={layout.muted}>
            Words picked with {withWords} of {checkIns} {checkIns === 1 ? 'check-in' : 'check-ins'} in this time:
          </p>
          <table className={styles.table} aria-labelledby={titleId}>
            <thead>
              <tr>
                <th scope="col">Word</th>
                {isSplit ? (
                  <>
                    {parts.map((part) => (
                      <th key={part.from} scope="col">
                        {partWords(part, hasYear)}
                      </th>
                    ))}
                    <th scope="col">In{'\u00a0'}all</th>
                  </>
                ) : (
                  <th scope="col">Times picked</th>
                )}
              </tr>
            </thead>
            <tbody>
              {words.map(({ word, counts, total }) => (
                <tr key={word}>
                  <th scope="row">{word}</th>
                  {isSplit ? counts.map((count, i) => <td key={parts[i]!.from}>{count}</td>) : null}
                  <td>{total}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
