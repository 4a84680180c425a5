// Deterministic, realistic goals and practice completions, for the benchmark's seed.
import type { Completion } from '../../src/storage/collections/completions';
import type { Goal } from '../../src/storage/collections/goals';

const TITLES = [
  'Join one group this month',
  'Call Gran every Sunday',
  'Finish two portfolio pieces',
  'Walk three times a week',
  'Apply for five jobs that fit',
  'Say no to one extra shift',
  'Try the climbing club once',
  'Write to myself each Friday',
];
const STEPS = [
  'Look up two groups nearby',
  'Pick the least daunting one',
  'Put the date in my calendar',
  'Go once, for as long as feels okay',
  'Write one line about how it went',
  'Tell a friend I tried',
];
const MODULES = ['reconnection', 'diversifying-belonging', 'self-worth', 'reframing', 'boundaries', 'goals'];

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function realisticGoals(count: number, seed = 7): Goal[] {
  const next = random(seed);
  const start = Date.UTC(2025, 0, 1);
  return Array.from({ length: count }, (_, i) => {
    const created = new Date(start + Math.floor(next() * 600) * 86_400_000).toISOString();
    const steps = STEPS.slice(0, 3 + Math.floor(next() * 4)).map((text, j) => ({
      id: `s${i}-${j}`,
      text,
      doneAt: next() < 0.4 ? created : null,
      note: next() < 0.2 ? 'It went better than I feared.' : '',
      date: null,
    }));
    const status = i % 10 === 0 ? 'completed' : i % 7 === 0 ? 'archived' : 'active';
    return {
      schemaVersion: 1,
      id: `goal-${String(i).padStart(5, '0')}`,
      createdAt: created,
      updatedAt: created,
      title: TITLES[i % TITLES.length]!,
      why: 'So one "no" does not decide how my week goes.',
      steps,
      targetDate: next() < 0.6 ? created.slice(0, 10) : null,
      priority: (['high', 'medium', 'low'] as const)[i % 3]!,
      status,
      completedAt: status === 'completed' ? created : null,
      history: [],
      link: null,
    };
  });
}

export function realisticCompletions(count: number, seed = 11): Completion[] {
  const next = random(seed);
  const start = Date.UTC(2025, 0, 1);
  return Array.from({ length: count }, (_, i) => {
    const completed = new Date(start + Math.floor(next() * 600) * 86_400_000).toISOString();
    return {
      schemaVersion: 3,
      id: `done-${String(i).padStart(5, '0')}`,
      moduleId: MODULES[i % MODULES.length]!,
      runId: `run-${i}`,
      startedAt: completed,
      completedAt: completed,
      createdAt: completed,
      updatedAt: completed,
      feelingBefore: Math.floor(next() * 11),
      feelingAfter: Math.floor(next() * 11),
      answers: { 'a-step': { kind: 'rating', value: 6 } },
    };
  });
}
