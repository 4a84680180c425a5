// A written answer's words live in one journal entry, the only place they are
// kept: the answer names it, so the practice and the journal show one text,
// whichever place edits it.
import type { Module } from '../../content/module-schema';
import type { Answer, Answers } from '../../storage/collections/answers';
import { completionsCollection } from '../../storage/collections/completions';
import { journalCollection } from '../../storage/collections/journal';
import { progressCollection } from '../../storage/collections/progress';
import { recordStore, type SaveOutcome } from '../../state/record-store';

const entries = recordStore(journalCollection);

/**
 * The words written at one step of a run, into the journal entry `id` (once
 * typing pauses): a new entry linked to the step and its question, the entry
 * changed, or, with no words left, the entry deleted.
 */
export function writeAnswerWords(
  module: Module,
  stepId: string,
  runId: string,
  id: string,
  text: string,
): Promise<SaveOutcome> {
  if (text.trim() === '') return entries.remove(id, { typing: true });
  if (entries.getState().records.has(id)) {
    return entries.update(id, (entry) => ({ ...entry, text }), { typing: true });
  }
  const step = module.steps.find((s) => s.id === stepId);
  const prompt = step?.prompt?.label ?? step?.title ?? '';
  const link = { kind: 'practice' as const, moduleId: module.id, stepId, runId, prompt };
  return entries.save(journalCollection.create({ id, text, link }), { typing: true });
}

/**
 * Format 1 kept written answers in the run as well as in the journal. Each is
 * handed to the journal if the journal has no copy (it always had one, unless
 * something went wrong), then dropped from the run: one owner from then on.
 */
export async function handOldWordsToJournal(): Promise<void> {
  const runs = recordStore(progressCollection);
  const completions = recordStore(completionsCollection);
  if (runs.getState().phase !== 'ready' || completions.getState().phase !== 'ready') return;
  const holders = [...runs.getState().records.values(), ...completions.getState().records.values()];
  for (const holder of holders) {
    for (const [stepId, answer] of Object.entries(holder.answers)) {
      if (answer.kind !== 'text' || answer.adopt === undefined) continue;
      const found = await entries.loadOne(answer.entryId);
      if (found.status === 'unreadable' || found.status === 'failed') continue;
      if (found.status === 'missing') {
        const entry = journalCollection.create({
          id: answer.entryId,
          text: answer.adopt,
          link: { kind: 'practice', moduleId: holder.moduleId, stepId, runId: holder.runId, prompt: '' },
        });
        if ((await entries.save({ ...entry, createdAt: holder.createdAt, updatedAt: holder.updatedAt })) !== 'saved') continue;
      }
      const kept: Answer = { kind: 'text', entryId: answer.entryId };
      const drop = <R extends { answers: Answers }>(record: R): R => ({
        ...record,
        answers: { ...record.answers, [stepId]: kept },
      });
      if ('completedAt' in holder) completions.update(holder.id, drop);
      else runs.update(holder.id, drop);
    }
  }
}
