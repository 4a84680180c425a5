// The spread of a person's belonging in words: what the picture shows, said
// plainly for everyone (and read by a screen reader in place of the picture).
// Pure, so the wording is tested without a screen.
import type { Spread } from '../../state/belonging';

/** "Family, Friends and Online". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** One sentence: how many circles hold someone warm, and which. */
export function spreadSentence(spread: Spread): string {
  const total = spread.rows.length;
  const held = spread.rows.filter((row) => row.warm > 0).map((row) => row.circle.name);
  const everyone =
    spread.rows.reduce((sum, row) => sum + row.people.length, 0) + spread.unplaced.length;
  if (everyone === 0)
    return `Your map is empty for now. None of your ${total} circles has anyone in it yet.`;
  if (held.length === 0) return `None of your ${total} circles holds a warm connection yet.`;
  const which = held.length === 1 ? `${held[0]} does` : `${joinNames(held)} do`;
  return `${held.length} of your ${total} circles ${held.length === 1 ? 'holds' : 'hold'} someone warm. ${which}.`;
}

/** A gentle word after the numbers: never a score, only an invitation. */
export function spreadNudge(spread: Spread): string {
  const held = spread.held;
  if (held === 0) return 'One warm connection, anywhere, is a good start.';
  if (held === 1)
    return 'When one place wobbles, a second one can hold you. You might look for one more, when you are ready.';
  return 'Belonging in more than one place helps a hard knock hurt a little less.';
}
