// What the quick check-in does, on the shared check-ins store: the number is
// saved the moment it is tapped (nothing to lose), and words or a line added
// afterwards change that same record.
import { newId } from '../../lib/ids';
import { checkInRecords } from '../../state/check-ins';
import { checkInsCollection, FEELING_WORDS, type FeelingWord } from '../../storage/collections/check-ins';

export const checkInActions = {
  /** A new check-in with this number; returns its id. */
  start(value: number): string {
    const id = newId();
    void checkInRecords.save(checkInsCollection.create({ id, value }));
    return id;
  },

  setValue: (id: string, value: number) =>
    checkInRecords.update(id, (c) => (c.value === value ? null : { ...c, value })),

  /** Adds or takes away one word, keeping the offered order. */
  toggleWord: (id: string, word: FeelingWord) =>
    checkInRecords.update(id, (c) => {
      const has = c.words.includes(word);
      const words = FEELING_WORDS.filter((w) => (w === word ? !has : c.words.includes(w)));
      return { ...c, words };
    }),

  setNote: (id: string, note: string) =>
    checkInRecords.update(id, (c) => (c.note === note ? null : { ...c, note }), { typing: true }),
};
