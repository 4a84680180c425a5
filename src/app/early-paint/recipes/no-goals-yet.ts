import type { Recipe } from '../recipe';

/**
 * /goals with nothing stored in goals yet (a newcomer's bookmark): the screen's
 * invitation to a first goal, which has no words of the person's to fill in.
 * Once anything is stored, even a deleted goal's marker, the app draws the list.
 */
export const noGoalsYet: Recipe = {
  reads: [{ collection: 'goals' }],
  fill: ([goals = []]) => (goals.length === 0 ? {} : null),
};
