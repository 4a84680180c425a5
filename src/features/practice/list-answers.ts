// A list step's answer as the person moves on: words still waiting in its "Add"
// box become part of the list, in the answer or, for a list that feeds one kept
// elsewhere (the belonging map, the strengths), in that list, with the answer
// naming the record. This tab's box is emptied.
import type { Module } from '../../content/module-schema';
import type { AnswerOf, Answers } from '../../storage/collections/answers';
import type { Progress } from '../../storage/collections/progress';
import { discardDraft, draftRecords } from '../../state/drafts-store';
import { feedFor } from '../../state/list-feeds';
import { listTypingKey, typedAt } from './list-typing';

export type ListAnswer = AnswerOf<'list'>;

const EMPTY_LIST: ListAnswer = { kind: 'list', items: [], typed: '', refs: [] };

/** A step's list answer as the run holds it, or an empty list. */
export function listAnswerAt(answers: Answers, stepId: string): ListAnswer {
  const found = answers[stepId];
  return found?.kind === 'list' ? found : EMPTY_LIST;
}

/** The list kept elsewhere that a step's list feeds, if any. */
function feedOf(module: Module, stepId: string) {
  const prompt = module.steps.find((step) => step.id === stepId)?.prompt;
  return prompt?.kind === 'list' && prompt.feeds ? feedFor(prompt.feeds) : null;
}

/** The list steps (of `stepIds`, or all) with words waiting in this tab's box. */
function waitingSteps(module: Module, run: Progress, stepIds?: readonly string[]): string[] {
  return module.steps
    .filter((step) => step.prompt?.kind === 'list' && (!stepIds || stepIds.includes(step.id)))
    .map((step) => step.id)
    .filter((stepId) => typedAt(module.id, stepId, run.answers[stepId]) !== '');
}

/** Reads the boxes' words and the lists they feed, so a typed name finds the record it means. */
export async function loadListsFed(module: Module, run: Progress, stepIds?: readonly string[]): Promise<void> {
  await draftRecords.load();
  await Promise.all(waitingSteps(module, run, stepIds).map((stepId) => feedOf(module, stepId)?.store.load()));
}

/** The answers with every waiting word added (null when none waits); the boxes' drafts go. */
export function withTypedAdded(module: Module, run: Progress, stepIds?: readonly string[]): Answers | null {
  const waiting = waitingSteps(module, run, stepIds);
  if (waiting.length === 0) return null;
  const next: Answers = { ...run.answers };
  for (const stepId of waiting) {
    const typed = typedAt(module.id, stepId, run.answers[stepId]);
    void discardDraft(listTypingKey(module.id, stepId));
    const answer = listAnswerAt(run.answers, stepId);
    const feed = feedOf(module, stepId);
    if (feed) {
      const id = feed.add(typed, { moduleId: module.id, runId: run.runId });
      next[stepId] = { ...answer, refs: answer.refs.includes(id) ? answer.refs : [...answer.refs, id], typed: '' };
    } else {
      next[stepId] = { ...answer, items: [...answer.items, typed], typed: '' };
    }
  }
  return next;
}
