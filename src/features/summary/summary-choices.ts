// The choices for a summary, kept as a draft the moment they are made (like
// words typed anywhere in Mend): a reload, or coming back after an interruption,
// finds them as they were. Each tab keeps its own; a closed tab's choices are
// taken up by the next summary made.
import { discardDraft, draftKey, draftRecords, keepDraft } from '../../state/drafts-store';
import { useLoaded } from '../../state/use-loaded';
import type { SummaryDraft } from '../../storage/collections/drafts';

export type SummaryChoices = Pick<SummaryDraft, 'range' | 'from' | 'to' | 'include' | 'entryIds'>;

/** What a summary holds until the person chooses: the last 4 weeks, and no journal entry. */
export const FIRST_CHOICES: SummaryChoices = {
  range: '4-weeks',
  from: null,
  to: null,
  include: { feelings: true, practices: true, goals: true },
  entryIds: [],
};

const summaryKey = () => draftKey('summary', 'choices');

function keptChoices(records: ReadonlyMap<string, unknown>, own: string): SummaryDraft | undefined {
  const mine = records.get(own) as SummaryDraft | undefined;
  if (mine?.kind === 'summary') return mine;
  let newest: SummaryDraft | undefined;
  for (const draft of records.values() as Iterable<SummaryDraft>) {
    if (draft.kind === 'summary' && (!newest || draft.updatedAt > newest.updatedAt)) newest = draft;
  }
  return newest;
}

export function useSummaryChoices(): {
  choices: SummaryChoices;
  change: (edit: Partial<SummaryChoices>) => void;
} {
  useLoaded(draftRecords);
  const own = summaryKey();
  const kept = draftRecords.use((state) => keptChoices(state.records, own));
  const choices: SummaryChoices = kept
    ? { range: kept.range, from: kept.from, to: kept.to, include: kept.include, entryIds: kept.entryIds }
    : FIRST_CHOICES;
  return {
    choices,
    change(edit) {
      // Another tab's choices, taken up here, become this tab's: one set is kept, not two.
      if (kept && kept.id !== own) void discardDraft(kept.id);
      void keepDraft<SummaryDraft>(own, { kind: 'summary', base: null, ...choices, ...edit });
    },
  };
}
