// Deterministic, realistic journal entries: what the journal's tests and the
// benchmark's 10,000-entry seed write through src/storage/journal.ts.
// The same count and seed always give the same entries.
import type { JournalEntry } from '../../src/storage/collections/journal';

const OPENINGS = [
  'Today was heavier than I expected.',
  'I woke up thinking about the message again.',
  'Quiet evening, finally.',
  'I keep replaying what she said at the café.',
  'Work was fine, but I felt invisible in the meeting.',
  'I went walking with my sister after dinner.',
  'Something small went right today.',
  'I nearly cancelled, and then I went anyway.',
  'The group chat went silent when I shared my news.',
  'Slept badly, but the morning light helped.',
  'I was turned down for the job I really wanted.',
  'He still has not written back, and I notice I am checking my phone.',
  'Choir practice was loud and warm and exactly what I needed.',
  'I felt naïve for hoping they would invite me.',
  'I read my old résumé and remembered how much I have done.',
];

const MIDDLES = [
  'It stings, and it makes sense that it stings.',
  'I tried to remember that one no is not a verdict on me.',
  'Walking with the dog helped me breathe a little slower.',
  'Zoë called and we laughed about nothing for twenty minutes.',
  'I wrote down three things I did well this week.',
  'My chest felt tight, so I took five slow breaths.',
  'I noticed the old story: nobody wants me around.',
  'Then I noticed the facts, which are kinder than the story.',
  'Mum sent a photo of the garden and it made me smile.',
  'I let myself rest instead of pushing through.',
  'I sent a short text to an old friend, just to say hi.',
  'The rejection email was polite, and it still hurt.',
  'I made soup and ate it slowly by the window.',
  'A stranger held the door and said good morning, and it mattered more than it should.',
  'I am learning that being left out is not the same as being unlovable.',
  'We had jalapeño pizza and talked until late.',
];

const CLOSINGS = [
  'Tomorrow I will try one small thing.',
  'I am proud of myself for showing up.',
  'Going to bed early tonight.',
  'Maybe next week will feel lighter.',
  'I want to remember that I got through today.',
  'Writing this down helped more than I thought.',
  'I will ask Sam about the climbing club.',
  'Being kind to myself is a practice, not a switch.',
];

const TAGS = [
  'walking',
  'family',
  'friends',
  'work',
  'sleep',
  'hope',
  'lonely',
  'gratitude',
  'music',
  'school',
];

/** Written steps of the practices, as in content/*.md (module id, step id, prompt label). */
const PRACTICE_STEPS = [
  [
    'reframing',
    'write-the-story-in-your-head',
    'What story are you telling yourself about what happened?',
  ],
  ['reframing', 'sort-facts-from-verdicts', 'What actually happened, in plain facts?'],
  [
    'reframing',
    'write-a-kinder-summary',
    "How would you tell this story now, in a way that's both honest and kind?",
  ],
  [
    'reconnection',
    'let-the-kindness-in',
    'What did someone say or do that showed they were glad you got in touch? How does it feel to let that in?',
  ],
  [
    'reconnection',
    'add-one-more-place-to-belong',
    'Is there a group or place where you could meet people who share something with you?',
  ],
  [
    'self-worth',
    'write-to-yourself-as-a-friend',
    "Write a short note to yourself, the way you'd write to a friend who is hurting.",
  ],
  [
    'self-worth',
    'write-down-what-you-stand-for',
    'What matters most to you, and how do you want to live it?',
  ],
  ['boundaries', 'name-one-limit', "What's one limit that would protect your energy?"],
  [
    'boundaries',
    'look-back-afterwards',
    'How did it go, and how do you feel about yourself for speaking up?',
  ],
  [
    'diversifying-belonging',
    'choose-one-new-circle',
    'Which new circle would you like to try, and what draws you to it?',
  ],
  [
    'goals',
    'pick-one-goal-that-matters',
    "What's one goal you'd like to work toward, and why does it matter to you?",
  ],
] as const;

const GOALS = [
  ['goal-00001', 'Join one group this month'],
  ['goal-00002', 'Call Gran every Sunday'],
  ['goal-00003', 'Walk three times a week'],
] as const;

const DAY_MS = 86_400_000;
/** The newest entry is on this day; the oldest about two years before. */
const NEWEST = Date.UTC(2026, 10, 15, 21, 30);
const SPAN_DAYS = 730;

function randomFrom(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    // mulberry32: small, fast and well spread.
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** Like src/lib/ids.ts newId(), but for a given moment and from the seeded randomness. */
function idAt(time: number, next: () => number): string {
  const random = () => Math.floor(next() * 2 ** 32).toString(36);
  return `${time.toString(36).padStart(9, '0')}-${random()}${random()}`;
}

export function realisticEntries(count: number, seed = 1): JournalEntry[] {
  const next = randomFrom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;

  return Array.from({ length: count }, () => {
    const sentenceCount = 1 + Math.floor(next() * 6);
    const sentences = [pick(OPENINGS)];
    while (sentences.length < sentenceCount - 1) {
      const middle = pick(MIDDLES);
      if (!sentences.includes(middle)) sentences.push(middle);
    }
    if (sentenceCount > 1) sentences.push(pick(CLOSINGS));

    const created = NEWEST - Math.floor(next() * SPAN_DAYS * DAY_MS);
    const edited = next() < 0.1 ? created + Math.floor(next() * 3 * DAY_MS) : created;

    const tags: string[] = [];
    const tagCount = Math.floor(next() * 4);
    while (tags.length < tagCount) {
      const tag = pick(TAGS);
      if (!tags.includes(tag)) tags.push(tag);
    }

    const linkRoll = next();
    let link: JournalEntry['link'] = null;
    if (linkRoll < 0.2) {
      const [moduleId, stepId, prompt] = pick(PRACTICE_STEPS);
      link = { kind: 'practice', moduleId, stepId, runId: idAt(created, next), prompt };
    } else if (linkRoll < 0.23) {
      const [goalId, goalTitle] = pick(GOALS);
      link = { kind: 'goal', goalId, goalTitle };
    }

    // Ids as the app makes them: newId() for free writing and goal notes (time first,
    // so key order is roughly creation order), "practice-<run>-<step>" for answers.
    const id =
      link?.kind === 'practice' ? `practice-${link.runId}-${link.stepId}` : idAt(created, next);

    return {
      schemaVersion: 2,
      id,
      createdAt: new Date(created).toISOString(),
      updatedAt: new Date(edited).toISOString(),
      text: sentences.join(' '),
      mood: next() < 0.6 ? Math.floor(next() * 11) : null,
      tags,
      link,
      source: null,
    };
  });
}
