// How two changes to one practice run's answers combine (two tabs on one run,
// a copy rescued as a page closed): each step on its own; lists and ticks keep
// what either side added; otherwise the later change wins. Words never conflict
// here, because written answers live in the journal, which merges on its own.
import { mergePreferMine, mergeWordLists } from '../../lib/merge';
import type { Answer, Answers } from './answers';

export function mergeAnswers(base: Answers | undefined, mine: Answers, theirs: Answers): Answers {
  const result: Answers = { ...theirs };
  for (const [stepId, answer] of Object.entries(mine)) {
    const before = base?.[stepId];
    const other = theirs[stepId];
    result[stepId] = other ? mergeAnswer(before, answer, other) : answer;
  }
  return result;
}

function mergeAnswer(base: Answer | undefined, mine: Answer, theirs: Answer): Answer {
  if (mine.kind === 'list' && theirs.kind === 'list') {
    const before = base?.kind === 'list' ? base : undefined;
    return {
      ...mine,
      items: mergeWordLists(before?.items, mine.items, theirs.items),
      refs: mergeWordLists(before?.refs, mine.refs, theirs.refs),
    };
  }
  if (mine.kind === 'checklist' && theirs.kind === 'checklist') {
    const before = base?.kind === 'checklist' ? base.checked : undefined;
    return { kind: 'checklist', checked: mergeWordLists(before, mine.checked, theirs.checked) };
  }
  return mergePreferMine(base, mine, theirs);
}
