// What each of the three lists is called on screen, and what one item is.
// An exhaustive map: a new list fails `tsc` until it has words here.
import type { StrengthList } from '../../storage/collections/strengths';

export const LIST_WORDS = {
  strengths: {
    title: 'Your strengths',
    about: "What you're good at, in big ways or small. Being a good listener counts.",
    item: 'A strength',
    one: 'strength',
  },
  valued: {
    title: 'Times you were valued',
    about: 'Kind things people said or did. A thank-you, an invite, someone asking for you.',
    item: 'A moment',
    one: 'moment',
  },
  wins: {
    title: 'Small wins',
    about: 'Things you managed, even on a hard day. Getting up and eating breakfast counts.',
    item: 'A win',
    one: 'win',
  },
} as const satisfies Record<StrengthList, { title: string; about: string; item: string; one: string }>;
