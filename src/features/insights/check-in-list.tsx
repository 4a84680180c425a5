import { useMemo, useState } from 'react';
import { calendarOf, dayWords, timeWords } from '../../lib/date-words';
import { localCalendarDay } from '../../lib/relative-day';
import type { CheckIn } from '../../storage/collections/check-ins';
import { Button } from '../../ui/button';
import styles from './insights.module.css';

/** Enough to read back over a week or two; the rest one tap away. */
const SHOWN_AT_FIRST = 20;

/**
 * The quick check-ins themselves, newest first: the number, the words picked
 * and the line written, as plain text. The chart shows the numbers; this is
 * where a person finds what they said alongside them.
 */
export function CheckInList({
  checkIns,
  since,
  phrase,
}: {
  checkIns: ReadonlyMap<string, CheckIn>;
  /** The first day of the range shown, or null for all time. */
  since: string | null;
  phrase: string;
}) {
  const [shown, setShown] = useState(SHOWN_AT_FIRST);
  const list = useMemo(
    () =>
      [...checkIns.values()]
        .filter((c) => since === null || localCalendarDay(new Date(c.createdAt)) >= since)
        .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0)),
    [checkIns, since],
  );
  if (list.length === 0) {
    return <p className={styles.empty}>No check-ins from the home screen {phrase} yet.</p>;
  }
  return (
    <>
      <ul className={styles.checkIns} aria-labelledby="check-ins-title">
        {list.slice(0, shown).map((checkIn) => (
          <CheckInItem key={checkIn.id} checkIn={checkIn} />
        ))}
      </ul>
      {list.length > shown ? (
        <Button variant="secondary" size="small" onClick={() => setShown((n) => n + SHOWN_AT_FIRST)}>
          Show earlier check-ins
        </Button>
      ) : null}
    </>
  );
}

function CheckInItem({ checkIn }: { checkIn: CheckIn }) {
  const moment = new Date(checkIn.createdAt);
  const hasYear = moment.getFullYear() !== new Date().getFullYear();
  const when = `${dayWords(calendarOf(moment), { weekday: 'short', month: 'short', hasYear })}, ${timeWords(moment)}`;
  return (
    <li>
      <span className={styles.checkInWhen}>{when}</span>{' '}
      <span>{checkIn.value} of 10</span>
      {checkIn.words.length > 0 ? <span className={styles.checkInWords}> · {checkIn.words.join(', ')}</span> : null}
      {checkIn.note ? <p className={styles.checkInNote}>{checkIn.note}</p> : null}
    </li>
  );
}
