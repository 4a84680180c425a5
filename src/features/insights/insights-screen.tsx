import { useMemo, useState, type ComponentProps, type ReactNode } from 'react';
import { Link } from 'react-router';
import { findModuleSummary } from '../../content/catalog';
import { localCalendarDay } from '../../lib/relative-day';
import { feelingsFrom } from '../../state/check-ins';
import { Page, layout } from '../../ui/layout';
import { LoadGate } from '../../ui/load-gate';
import { Button } from '../../ui/button';
import { PageHeading } from '../../ui/page-heading';
import { AskBeforeChoice } from './ask-before-choice';
import { CheckInList } from './check-in-list';
import { FeelingChart } from '../../ui/feeling-chart';
import {
  describeChange,
  practiceChanges,
  rangeStart,
  RANGES,
  seriesFor,
  type Point,
  type Range,
} from '../../lib/insight-numbers';
import styles from './insights.module.css';
import {
  checkInRecords,
  completionRecords,
  journalRecords,
  loadInsights,
  useInsightsPhase,
  useMoodsPhase,
} from './insights-stores';
import { RANGE_NAMES } from './labels';

export function InsightsScreen() {
  const phase = useInsightsPhase();
  return (
    <Page>
      <PageHeading title="Insights">What helps you</PageHeading>
      <p className={layout.lead}>
        How you've felt over time, and what each practice changed for you. It's only for you, and
        there's no right number.
      </p>
      <p className={styles.summaryLink}>
        <Link to="/insights/summary">Make a summary to print or share</Link>
      </p>
      <LoadGate phase={phase} what="your check-ins" onRetry={() => void loadInsights()}>
        {() => <Insights />}
      </LoadGate>
    </Page>
  );
}

const CHECK_IN_WORDS = { one: 'check-in', many: 'check-ins', column: 'Check-ins' };
const MOOD_WORDS = { one: 'journal mood', many: 'journal moods', column: 'Entries' };

function Insights() {
  const checkIns = checkInRecords.use((state) => state.records);
  const done = completionRecords.use((state) => state.records);
  const entries = journalRecords.use((state) => state.records);
  const moodsPhase = useMoodsPhase();
  const [range, setRange] = useState<Range>('month');
  const today = localCalendarDay();

  const feelings = useMemo(() => feelingsFrom(checkIns.values(), done.values()), [checkIns, done]);
  const moods = useMemo(() => {
    const points: Point[] = [];
    for (const entry of entries.values())
      if (entry.mood !== null) points.push({ at: entry.createdAt, value: entry.mood });
    return points;
  }, [entries]);
  const changes = useMemo(() => practiceChanges(done.values()), [done]);
  const feelingSeries = useMemo(() => seriesFor(feelings, range, today), [feelings, range, today]);
  const moodSeries = useMemo(() => seriesFor(moods, range, today), [moods, range, today]);
  const from = (first: string | undefined) => rangeStart(range, today) ?? first ?? today;
  const { phrase } = RANGE_NAMES[range];
  // One chart over the chosen range, from its first bucket (or the range's start) to today.
  const chart = (
    series: ComponentProps<typeof FeelingChart>['series'],
    words: ComponentProps<typeof FeelingChart>['words'],
    empty: ReactNode,
  ) => (
    <FeelingChart
      series={series}
      from={from(series?.buckets[0]?.start)}
      to={today}
      phrase={phrase}
      words={words}
      empty={empty}
    />
  );

  return (
    <>
      <fieldset className={styles.ranges}>
        <legend>Show</legend>
        {RANGES.map((r) => (
          <button
            key={r}
            type="button"
            className={styles.range}
            aria-pressed={range === r}
            onClick={() => setRange(r)}
          >
            {RANGE_NAMES[r].button}
          </button>
        ))}
      </fieldset>

      <section className={styles.section} aria-labelledby="feelings-title">
        <h2 id="feelings-title">How you've felt</h2>
        {chart(
          feelingSeries,
          CHECK_IN_WORDS,
          <>
            No check-ins {phrase} yet. When you check in from the <Link to="/">home screen</Link>,
            or before and after a practice, they gather here.
          </>,
        )}
      </section>

      <section className={styles.section} aria-labelledby="check-ins-title">
        <h2 id="check-ins-title">Your check-ins</h2>
        <CheckInList checkIns={checkIns} since={rangeStart(range, today)} phrase={phrase} />
      </section>

      <section className={styles.section} aria-labelledby="moods-title">
        <h2 id="moods-title">Your journal moods</h2>
        {moodsPhase === 'ready' ? (
          chart(
            moodSeries,
            MOOD_WORDS,
            <>
              No moods {phrase} yet. When you write in your <Link to="/journal">journal</Link>, you
              can add a mood from 0 to 10, and it shows here.
            </>,
          )
        ) : moodsPhase === 'unreadable' ? (
          <div className={layout.gentle} role="alert">
            <p>
              Your journal couldn't be read just now, so its moods aren't shown. Nothing has been
              changed or deleted.
            </p>
            <Button variant="secondary" size="small" onClick={() => void journalRecords.load()}>
              Try again
            </Button>
          </div>
        ) : (
          <p className={styles.reading} role="status">
            Reading your journal moods…
          </p>
        )}
      </section>

      <section className={styles.section} aria-labelledby="changes-title">
        <h2 id="changes-title">Before and after each practice</h2>
        {changes.length === 0 ? (
          <p className={styles.empty}>
            Nothing here yet. When you finish a practice and check in before and after, you'll see
            what it changed for you.
          </p>
        ) : (
          <>
            <p>The change from your check-in before a practice to the one after it.</p>
            <ul className={styles.changes}>
              {changes.map((change) => (
                <li key={change.moduleId}>
                  {describeChange(
                    findModuleSummary(change.moduleId)?.title ?? 'A practice',
                    change,
                  )}
                </li>
              ))}
            </ul>
            <p className={layout.muted}>
              Some practices stir things up before they help, and one time says little. These are
              for noticing, not for judging.
            </p>
          </>
        )}
      </section>

      <section className={styles.section} aria-labelledby="choices-title">
        <h2 id="choices-title">Your check-in choices</h2>
        <AskBeforeChoice />
      </section>
    </>
  );
}
