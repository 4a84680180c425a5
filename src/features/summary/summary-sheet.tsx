import { useId, useMemo, type ReactNode } from 'react';
import { findModuleSummary } from '../../content/catalog';
import { calendarOf, calendarOfDay, dayWords } from '../../lib/date-words';
import { describeChange } from '../../lib/insight-numbers';
import type { JournalEntry } from '../../storage/collections/journal';
import { FeelingChart } from '../../ui/feeling-chart';
import { FeelingWordsTable } from './feeling-words-table';
import { feelingsIn, feelingWordsIn, goalsIn, practicesIn, type GoalInDays } from './summary-contents';
import type { SummaryChoices } from './summary-choices';
import { momentWords } from './moment-words';
import { daysWords, type Days } from './summary-range';
import { checkInRecords, completionRecords, goalRecords } from './summary-stores';
import { layout } from '../../ui/layout';
import styles from './summary.module.css';

const CHECK_IN_WORDS = { one: 'check-in', many: 'check-ins', column: 'Check-ins' };
const PHRASE = 'in this time';

/**
 * The page itself, as it prints: what the person chose, from these days only,
 * with a line at its top saying whose it is and what it is not.
 */
export function SummarySheet({
  days,
  include,
  ticked,
  today,
}: {
  days: Days;
  include: SummaryChoices['include'];
  /** The journal entries ticked, in these days, oldest first. */
  ticked: readonly JournalEntry[];
  today: string;
}) {
  const titleId = useId();
  const checkIns = checkInRecords.use((state) => state.records);
  const done = completionRecords.use((state) => state.records);
  const goals = goalRecords.use((state) => state.records);
  const feelings = useMemo(() => feelingsIn(checkIns.values(), done.values(), days), [checkIns, done, days]);
  const feelingWords = useMemo(() => feelingWordsIn(checkIns.values(), days), [checkIns, days]);
  const practices = useMemo(() => practicesIn(done.values(), days), [done, days]);
  const goalsTicked = useMemo(() => goalsIn(goals.values(), days), [goals, days]);
  const isEmpty =
    ticked.length === 0 &&
    (!include.feelings || feelings === null) &&
    (!include.practices || practices.length === 0) &&
    (!include.goals || goalsTicked.length === 0);

  return (
    <article className={styles.sheet} aria-labelledby={titleId}>
      <h2 id={titleId} className={styles.sheetTitle}>
        Summary of my records, {daysWords(days)}
      </h2>
      <p className={styles.madeBy}>
        I made this summary myself with Mend, from my own records. It is not a clinical assessment.
      </p>
      <p className={layout.muted}>
        Made on {dayWords(calendarOfDay(today), { month: 'long', hasYear: true })}. Feelings are
        rated from 0 (very low) to 10 (really good).
      </p>
      {isEmpty ? (
        <p>
          Nothing was kept in these days yet, or nothing chosen to go in. You might choose more days,
          or tick what you'd like to share.
        </p>
      ) : (
        <>
          {include.feelings ? (
            <Part title="How I've felt">
              <p className={layout.muted}>Check-ins from the home screen, and before and after each practice.</p>
              <FeelingChart
                series={feelings}
                from={days.from}
                to={days.to}
                phrase={PHRASE}
                words={CHECK_IN_WORDS}
                empty="No check-ins in this time."
                isTableBeside
              />
              <FeelingWordsTable tally={feelingWords} />
            </Part>
          ) : null}
          {include.practices ? (
            <Part title="Practices I did">
              {practices.length === 0 ? (
                <p className={layout.muted}>No practices finished in this time.</p>
              ) : (
                <>
                  <p className={layout.muted}>The change from my check-in before a practice to the one after it.</p>
                  <ul className={styles.items}>
                    {practices.map((change) => (
                      <li key={change.moduleId}>
                        {describeChange(findModuleSummary(change.moduleId)?.title ?? 'A practice', change)}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </Part>
          ) : null}
          {include.goals ? (
            <Part title="Goals: the steps I ticked">
              {goalsTicked.length === 0 ? (
                <p className={layout.muted}>No steps ticked in this time.</p>
              ) : (
                goalsTicked.map((goal) => <GoalPart key={goal.id} goal={goal} />)
              )}
            </Part>
          ) : null}
          {ticked.length > 0 ? (
            <Part title="Journal entries I chose">
              {ticked.map((entry) => (
                <div key={entry.id} className={styles.entry}>
                  <h4 className={styles.entryWhen}>{momentWords(entry.createdAt)}</h4>
                  {entry.mood !== null || entry.tags.length > 0 ? (
                    <p className={layout.muted}>
                      {entry.mood !== null ? <span>Mood {entry.mood} of 10</span> : null}
                      {entry.mood !== null && entry.tags.length > 0 ? ' · ' : null}
                      {entry.tags.length > 0 ? <span>{entry.tags.join(', ')}</span> : null}
                    </p>
                  ) : null}
                  {entry.link?.kind === 'practice' ? <p className={styles.prompt}>{entry.link.prompt}</p> : null}
                  <p className={styles.entryText}>{entry.text}</p>
                </div>
              ))}
            </Part>
          ) : null}
        </>
      )}
    </article>
  );
}

function Part({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className={styles.part} aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

function GoalPart({ goal }: { goal: GoalInDays }) {
  const day = (at: string) => dayWords(calendarOf(new Date(at)), { weekday: 'short', month: 'short' });
  return (
    <div className={styles.goal}>
      <h4>{goal.title}</h4>
      {goal.completedAt ? <p className={layout.muted}>Finished on {momentWords(goal.completedAt)}.</p> : null}
      {goal.steps.length > 0 ? (
        <ul className={styles.items}>
          {goal.steps.map((step) => (
            <li key={step.id}>
              {step.text} <span className={layout.muted}>(ticked {day(step.doneAt)})</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
