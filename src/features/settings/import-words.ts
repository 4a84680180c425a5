// A plan for bringing a backup in, said plainly: "Adds 12 entries and 3 goals,
// updates 2, 40 are already here." Pure, so each sentence is tested.
import type { ImportPlan, ImportResult } from '../../storage/backup/backup-merge';
import type { ProtectedBackupProblem } from '../../storage/lock/protected-backup';
import { compareWords } from '../../lib/compare-words';

type Counted = { count: number; label: { one: string; many: string } };

const phrase = ({ count, label }: Counted) => `${count} ${count === 1 ? label.one : label.many}`;

export function listOf(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

const counted = (plan: ImportPlan, pick: (part: ImportPlan['collections'][number]) => number) =>
  plan.collections
    .map((part) => ({ count: pick(part), label: part.label }))
    .filter((part) => part.count > 0)
    // In the same order as "Kept here" in Your data, whatever order the file has.
    .sort((a, b) => compareWords(a.label.one, b.label.one));

const total = (parts: Counted[]) => parts.reduce((sum, part) => sum + part.count, 0);

/** The main sentence of the preview. */
export function planSummary(plan: ImportPlan): string {
  const adds = counted(plan, (p) => p.adds.length);
  const updates = total(counted(plan, (p) => p.updates.length));
  const here = total(counted(plan, (p) => p.alreadyHere));
  const removes = counted(plan, (p) => p.removes.length);
  const parts = [
    adds.length > 0 ? `adds ${listOf(adds.map(phrase))}` : null,
    updates > 0 ? `updates ${updates}` : null,
    removes.length > 0 ? `removes ${listOf(removes.map(phrase))} deleted later on the other device` : null,
  ].filter((part): part is string => part !== null);
  const hereWords = here > 0 ? `${here} ${here === 1 ? 'is' : 'are'} already here` : null;
  if (parts.length === 0) {
    return hereWords ? `Everything in this backup is already here (${here}), so nothing would change.` : 'This backup is empty, so nothing would change.';
  }
  const sentence = [...parts, hereWords].filter(Boolean).join(', ');
  return `This backup ${sentence}.`;
}

/** Deleted on this device, but in the backup: named, left deleted unless the person asks. */
export function deletedHereWords(plan: ImportPlan): string | null {
  const deleted = counted(plan, (p) => p.deletedHere.length);
  if (deleted.length === 0) return null;
  return `It also has ${listOf(deleted.map(phrase))} you deleted on this device. They stay deleted unless you choose to bring them back.`;
}

export function skippedWords(plan: ImportPlan): string[] {
  const lines = plan.collections.flatMap((part) =>
    part.skipped.map((item) => `${part.label.one} ${item.id}: ${item.reason}`),
  );
  const unknown = plan.unknown.map((name) => `“${name}”: this version of Mend doesn't know it`);
  return [...lines, ...unknown];
}

export function resultWords(result: ImportResult): string {
  const parts = [
    result.added > 0 ? `added ${result.added}` : null,
    result.updated > 0 ? `updated ${result.updated}` : null,
    result.restored > 0 ? `brought back ${result.restored}` : null,
    result.removed > 0 ? `removed ${result.removed} deleted on the other device` : null,
  ].filter(Boolean);
  return parts.length === 0
    ? 'Done. Everything was already here, so nothing changed.'
    : `Done: ${listOf(parts as string[])}. Everything else was already here.`;
}

/** Why a protected backup didn't open, in one kind sentence (null: an unexpected failure). */
export function protectedProblemWords(reason: ProtectedBackupProblem | null): string {
  switch (reason) {
    case 'wrong-passphrase':
      return "That passphrase doesn't open this backup. Nothing was changed. Check capitals and spaces, and try again when you're ready.";
    case 'unsupported':
      return 'That backup was protected by a newer version of Mend, so nothing was changed; reload Mend to get the newest version and try again.';
    case 'damaged':
      return 'That protected backup seems to have been changed or cut short since it was made, so nothing was changed.';
    default:
      return "That file isn't a Mend backup Mend can open, so nothing was changed.";
  }
}
