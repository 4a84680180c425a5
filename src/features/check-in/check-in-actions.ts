// What the quick check-in does, on the shared check-ins store: the number is
// saved the moment it is tapped (nothing to lose), and words or a line added
// afterwards change that same record.
import { newId } from '../../lib/ids';
import { checkInRecords } from '../../state/check-ins';
import { newCheckIn, FEELING_WORDS, type FeelingWord } from '../../storage/collections/check-ins';

/** A line is saved this long after the last keystroke (and at once as the page closes). */
export const NOTE_SAVE_DELAY_MS = 400;

export const checkInActions = {
  /** A new check-in with this number; returns its id. */
  start(value: number): string {
    const id = newId();
    void checkInRecords.save(newCheckIn({ id, value }));
    return id;
  },

  setValue: (id: string, value: number) =>
    checkInRecords.change(id, (c) => (c.value === value ? null : { ...c, value }))?.written,

  /** Adds or takes away one word, keeping the offered order. */
  toggleWord: (id: string, word: FeelingWord) =>
    checkInRecords.change(id, (c) => {
      const has = c.words.includes(word);
      const words = FEELING_WORDS.filter((w) => (w === word ? !has : c.words.includes(w)));
      return { ...c, words };
    })?.written,

  setNote: (id: string, note: string) =>
    checkInRecords.change(id, (c) => (c.note === note ? null : { ...c, note }), {
      delayMs: NOTE_SAVE_DELAY_MS,
    })?.written,
};
