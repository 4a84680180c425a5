import { useMemo } from 'react';
import { localCalendarDay } from '../../lib/relative-day';
import { BackLink } from '../../ui/back-link';
import { Button } from '../../ui/button';
import { Page, layout } from '../../ui/layout';
import { LoadGate } from '../../ui/load-gate';
import { PageHeading } from '../../ui/page-heading';
import { EntryChoices } from './entry-choices';
import { entriesIn } from './summary-contents';
import { useSummaryChoices } from './summary-choices';
import { SummaryForm } from './summary-form';
import { daysOf } from './summary-range';
import { SummarySheet } from './summary-sheet';
import { journalRecords, loadSummaryRecords, useSummaryPhase } from './summary-stores';
import styles from './summary.module.css';

/** A calm page of the person's own records, for someone they trust, printed by the browser. */
export function SummaryScreen() {
  const phase = useSummaryPhase();
  return (
    <Page>
      <BackLink to="/insights">Insights</BackLink>
      <PageHeading title="Make a summary">Make a summary</PageHeading>
      <p className={layout.lead}>
        A calm page of your own records, if you'd like to share how things have been with someone
        you trust, like a therapist or a doctor. You choose what goes in.
      </p>
      <LoadGate phase={phase} what="your records" onRetry={() => void loadSummaryRecords()}>
        {() => <SummaryMaker />}
      </LoadGate>
    </Page>
  );
}

function SummaryMaker() {
  const { choices, change } = useSummaryChoices();
  const today = localCalendarDay();
  const { range, from: ownFrom, to: ownTo } = choices;
  const days = useMemo(() => daysOf({ range, from: ownFrom, to: ownTo }, today), [range, ownFrom, ownTo, today]);
  const from = days?.from ?? null;
  const to = days?.to ?? null;
  const entries = journalRecords.use((state) => state.records);
  const inDays = useMemo(
    () => (from !== null && to !== null ? entriesIn(entries.values(), { from, to }) : []),
    [entries, from, to],
  );
  const ticked = useMemo(() => {
    const ids = new Set(choices.entryIds);
    // Oldest first on the page: read as they were lived.
    return inDays.filter((entry) => ids.has(entry.id)).reverse();
  }, [inDays, choices.entryIds]);

  return (
    <>
      <SummaryForm choices={choices} change={change} today={today} />
      {days ? (
        <>
          <EntryChoices
            entries={inDays}
            tickedIds={choices.entryIds}
            onTick={(id, isTicked) =>
              change({
                entryIds: isTicked
                  ? [...choices.entryIds.filter((other) => other !== id), id]
                  : choices.entryIds.filter((other) => other !== id),
              })
            }
          />
          <div className={styles.printRow}>
            <Button onClick={() => window.print()}>Print or save as PDF</Button>
            <p className={layout.muted}>
              Your browser's own print window opens. To keep a file, choose "Save as PDF" there.
              Nothing is sent anywhere.
            </p>
          </div>
          <SummarySheet days={days} include={choices.include} ticked={ticked} today={today} />
        </>
      ) : (
        <p className={layout.gentle} role="status">
          The first day comes after the last one. You might swap them, and your summary appears
          here.
        </p>
      )}
    </>
  );
}
