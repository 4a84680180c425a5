// Does a step look bigger than one sitting? A gentle heuristic, not a rule: a long
// step, or several actions joined by "and", "then", commas or semicolons. The
// hint it drives only invites splitting, so a wrong guess costs little.

/** Past this many characters a step is probably more than one thing. */
export const BIG_STEP_LENGTH = 80;

// Captured, so split() keeps the joiners and pieces can be glued back unchanged.
const JOINER =
  /(\s*;\s*(?:and\s+then\s+|then\s+|and\s+)?|\s*,\s*(?:and\s+then\s+|then\s+|and\s+)?|\s+and\s+then\s+|\s+then\s+|\s+and\s+)/i;

// A piece starting with one of these is more likely part of the last action
// ("coffee with Ana and her sister", "a walk, even for ten minutes").
const NOT_AN_ACTION_START = new Set([
  'a',
  'an',
  'the',
  'my',
  'your',
  'his',
  'her',
  'their',
  'our',
  'its',
  'with',
  'even',
  'at',
  'on',
  'in',
  'for',
  'to',
  'from',
  'by',
  'maybe',
  'if',
  'so',
  'but',
  'or',
  'as',
  'when',
  'before',
  'after',
  'about',
  'just',
  'only',
  'also',
  'too',
  'very',
  'more',
  'less',
  'some',
  'any',
  'all',
  'both',
  'each',
  'this',
  'that',
  'these',
  'those',
  'me',
  'him',
  'them',
  'us',
]);

function looksLikeAnAction(piece: string): boolean {
  const words = piece.split(/\s+/).filter(Boolean);
  if (words.length < 2) return false;
  return !NOT_AN_ACTION_START.has(words[0]!.toLowerCase());
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** The separate actions in a step; a single item when it reads as one action. */
export function splitStep(text: string): string[] {
  const parts = text.trim().split(JOINER);
  const pieces: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const piece = parts[i]!.trim();
    const joiner = parts[i - 1] ?? '';
    const last = pieces.length - 1;
    // Glue on anything that isn't a separate action, or that follows something that isn't one.
    if (last >= 0 && (!looksLikeAnAction(piece) || !looksLikeAnAction(pieces[last]!))) {
      pieces[last] = `${pieces[last]}${joiner}${piece}`.trim();
    } else if (piece) {
      pieces.push(piece);
    }
  }
  return pieces.length > 1 ? pieces.map(capitalise) : [text.trim()];
}

export function stepLooksBig(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length > BIG_STEP_LENGTH || splitStep(trimmed).length > 1;
}
