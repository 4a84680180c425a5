// Finishing a practice (and what follows it) says when a step could not be stored,
// so the screen can say so; what was written stays, on screen and in storage.
import { isStored, type SaveOutcome } from '../../state/record-store';

export class PracticeSaveError extends Error {
  constructor(readonly outcome: Exclude<SaveOutcome, 'saved'>) {
    super(`The practice could not be saved: ${outcome}`);
    this.name = 'PracticeSaveError';
  }
}

/** Waits for a write, and throws PracticeSaveError unless it was stored. */
export async function mustSave(written: Promise<SaveOutcome>): Promise<void> {
  const outcome = await written;
  if (!isStored(outcome)) throw new PracticeSaveError(outcome);
}
