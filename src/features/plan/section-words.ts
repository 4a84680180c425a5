// What each section of the plan is called, why it is there in a line, what one
// line of it is, and a few examples to tap in. An exhaustive map: a new section
// fails `tsc` until it has words here.
import type { PlanSection } from '../../storage/collections/plan';

export type SectionWords = { title: string; about: string; item: string; examples: readonly string[] };

export const SECTION_WORDS = {
  'warning-signs': {
    title: 'Signs a hard time is starting',
    about: 'Thoughts, feelings or situations that tell you things are getting harder. Noticing them early gives you more room.',
    item: 'A sign',
    examples: ['Not answering messages', 'Lying awake going over it', 'Thinking I’m a burden'],
  },
  'on-my-own': {
    title: 'Things I can do on my own',
    about: 'Small things that help you feel a bit steadier, without needing anyone else.',
    item: 'Something to do',
    examples: ['A hot shower', 'A walk around the block', 'Slow breaths for two minutes'],
  },
  distractions: {
    title: 'People and places that take my mind off things',
    about: 'Somewhere to go, or someone to be around, without having to talk about how you feel.',
    item: 'A person or place',
    examples: ['The library', 'A café with people around', 'Watching a game with a friend'],
  },
  people: {
    title: 'People I can ask for help',
    about: 'People you could call or text and tell that things are hard. Add a number, so one tap reaches them.',
    item: 'A person',
    examples: [],
  },
  professionals: {
    title: 'Professionals and crisis lines',
    about: 'Your own therapist, doctor or counsellor, and a crisis line that’s open day and night.',
    item: 'A professional',
    examples: ['My doctor', 'My counsellor'],
  },
  'safer-place': {
    title: 'Making where I am safer',
    about:
      'Putting distance between you and anything you could use to hurt yourself can carry you through a hard moment. You might ask someone to hold medicines or other things for now, lock them away, or go somewhere else. Write what you will do.',
    item: 'What I will do',
    examples: [
      'Ask someone I trust to keep my medicines for now',
      'Lock things away and give someone the key',
      'Go to a friend’s place, or somewhere with people around',
    ],
  },
  reasons: {
    title: 'My reasons for living',
    about: 'What matters to you, in your own words. People, plans, small things you would miss.',
    item: 'A reason',
    examples: ['The people who love me', 'Seeing the sea again', 'My cat'],
  },
} as const satisfies Record<PlanSection, SectionWords>;
