import { useState } from 'react';
import type { TickNoteDraft } from '../../storage/collections/drafts';
import { draftKey, draftRecords } from '../../state/drafts-store';

/** This tab's draft of the "how did it go?" note on one ticked step. */
export function tickNoteDraftKey(goalId: string, stepId: string): string {
  return draftKey('tick-note', `${goalId}:${stepId}`);
}

/**
 * A note on a step of this goal that was being typed when the page went away:
 * this tab's own first, else one a closed tab left. Read once, as the goal opens.
 */
export function useKeptTickNote(goalId: string): TickNoteDraft | undefined {
  const [kept] = useState(() => {
    const notes = [...draftRecords.getState().records.values()].filter(
      (draft): draft is TickNoteDraft => draft.kind === 'tick-note' && draft.goalId === goalId,
    );
    const own = notes.find((draft) => draft.id === tickNoteDraftKey(goalId, draft.stepId));
    return own ?? notes.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))[0];
  });
  return kept;
}
