import type { Situation } from './module-schema';

/** How each situation is named to a person, in the chooser and the filters. */
export const SITUATION_LABELS: Record<Situation, string> = {
  romantic: 'A partner or someone I liked',
  friends: 'Friends or a group',
  family: 'Family',
  'work-school': 'Work or school',
  online: 'Online',
  creative: 'My creative work',
};

export const SITUATION_SHORT_LABELS: Record<Situation, string> = {
  romantic: 'Romantic',
  friends: 'Friends',
  family: 'Family',
  'work-school': 'Work or school',
  online: 'Online',
  creative: 'Creative',
};
