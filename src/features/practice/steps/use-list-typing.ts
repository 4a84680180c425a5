import { useEffect, useState } from 'react';
import type { AnswerOf } from '../../../storage/collections/answers';
import { draftRecords } from '../../../state/drafts-store';
import { useLoaded } from '../../../state/use-loaded';
import { adoptListTyping, listTypingKey } from '../list-typing';
import { practice } from '../practice-store';

/**
 * The words in a list step's "Add" box: this tab's own, kept as a draft so a
 * reload finds them, and never replaced by what another tab types. Words kept
 * in the answer by an older version show until the person types.
 */
export function useListTyping(moduleId: string, stepId: string, answer: AnswerOf<'list'> | undefined) {
  const phase = useLoaded(draftRecords);
  const key = listTypingKey(moduleId, stepId);
  const own = draftRecords.use((state) => {
    const draft = state.records.get(key);
    return draft?.kind === 'typed' ? draft.text : undefined;
  });
  // When this page opened: drafts older than it were left by a tab since closed.
  const [openedAt] = useState(() => new Date(performance.timeOrigin).toISOString());
  const isReady = phase === 'ready';
  useEffect(() => {
    if (isReady) adoptListTyping(moduleId, stepId, openedAt);
  }, [isReady, moduleId, stepId, openedAt]);
  return {
    typed: own ?? answer?.typed ?? '',
    setTyped: (text: string) => practice.setListTyping(moduleId, stepId, text),
  };
}
