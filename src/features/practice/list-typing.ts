// Words in a list step's "Add" box, not added yet: each tab's are its own, kept
// as that tab's draft (never in the run both tabs share), so one tab's typing
// never replaces another's, and a reload finds them again.
import type { Answer } from '../../storage/collections/answers';
import type { TypedDraft } from '../../storage/collections/drafts';
import { discardDraft, draftKey, draftRecords, keepDraft } from '../../state/drafts-store';

export function listTypingBox(moduleId: string, stepId: string): string {
  return `practice-list:${moduleId}:${stepId}`;
}

/** The draft holding this tab's words in one list step's box. */
export function listTypingKey(moduleId: string, stepId: string): string {
  return draftKey('typed', listTypingBox(moduleId, stepId));
}

/** Keeps this tab's words in a list step's box as its own draft; an empty box keeps none. */
export function keepListTyping(moduleId: string, stepId: string, text: string): void {
  const key = listTypingKey(moduleId, stepId);
  if (text === '') void discardDraft(key);
  else void keepDraft<TypedDraft>(key, { kind: 'typed', base: null, box: listTypingBox(moduleId, stepId), text });
}

/** This tab's words waiting in a list step's box (or, from before they were kept per tab, the answer's). */
export function typedAt(moduleId: string, stepId: string, answer: Answer | undefined): string {
  const draft = draftRecords.getState().records.get(listTypingKey(moduleId, stepId));
  const own = draft?.kind === 'typed' ? draft.text : '';
  return (own || (answer?.kind === 'list' ? answer.typed : '')).trim();
}

/**
 * Words a tab closed with in this box (kept before this page opened) are taken
 * up here as this tab's own. Words another open tab types from now on stay that tab's.
 */
export function adoptListTyping(moduleId: string, stepId: string, openedAt: string): void {
  const key = listTypingKey(moduleId, stepId);
  const box = listTypingBox(moduleId, stepId);
  const { records } = draftRecords.getState();
  if (records.has(key)) return;
  const left = [...records.values()]
    .filter((d): d is TypedDraft => d.kind === 'typed' && d.box === box && d.id !== key && d.updatedAt < openedAt)
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
  const newest = left[0];
  if (!newest) return;
  void keepDraft<TypedDraft>(key, { kind: 'typed', base: null, box, text: newest.text });
  for (const draft of left) void discardDraft(draft.id);
}
