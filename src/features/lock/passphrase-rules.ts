/** Short enough to type on a phone, long enough not to be guessed in a moment. */
export const MIN_PASSPHRASE_LENGTH = 8;

/** Why a new passphrase can't be used yet, in plain words; null when it can. */
export function newPassphraseProblem(passphrase: string, again: string): string | null {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) {
    return `Use at least ${MIN_PASSPHRASE_LENGTH} characters. A short sentence you'll remember works well.`;
  }
  if (passphrase !== again) return "The two passphrases don't match yet. Try typing them again.";
  return null;
}

export const WRONG_CURRENT =
  "That isn't the passphrase Mend is locked with. Nothing was changed. Try again when you're ready.";
export const COULD_NOT =
  "Mend couldn't do that just now. Nothing was lost, and your records read as before. Try again in a moment.";
