// Every route kind of docs/performance.md, opened cold by its own address, as a bookmark
// or a reload in the middle of something would open it. Routes that show stored
// data are measured with a person's worth of it (see lighthouse-runs.ts).

/** What a person who has used Mend for a while has stored, for the routes that show it. */
export const PERSON_SEED = { journal: 200, goals: 12, completions: 18 };

export type RouteKind = {
  name: string;
  /** The address; `{entry}` stands for the id of one seeded journal entry. */
  path: string;
  /** Opened with PERSON_SEED stored, through the bench page on the bench build. */
  isSeeded: boolean;
};

export const ROUTE_KINDS: RouteKind[] = [
  { name: 'home', path: '/', isSeeded: false },
  { name: 'practice', path: '/practices/reframing', isSeeded: false },
  { name: 'step', path: '/practices/reframing/steps/2', isSeeded: false },
  // realisticCompletions: completion 3 is of "reframing".
  { name: 'done', path: '/practices/reframing/done', isSeeded: true },
  { name: 'journal', path: '/journal', isSeeded: true },
  { name: 'entry', path: '/journal/{entry}', isSeeded: true },
  { name: 'goals', path: '/goals', isSeeded: true },
  // realisticGoals: goal 1 is active, with steps.
  { name: 'goal', path: '/goals/goal-00001', isSeeded: true },
  // The finished practices fill the chart; the summary lists the last 4 weeks' entries to choose from.
  { name: 'insights', path: '/insights', isSeeded: true },
  { name: 'summary', path: '/insights/summary', isSeeded: true },
  // A newcomer's bookmark: the same screens with nothing stored yet.
  { name: 'journal, nothing stored', path: '/journal', isSeeded: false },
  { name: 'goals, nothing stored', path: '/goals', isSeeded: false },
  { name: 'done, nothing stored', path: '/practices/reframing/done', isSeeded: false },
  { name: 'insights, nothing stored', path: '/insights', isSeeded: false },
  { name: 'summary, nothing stored', path: '/insights/summary', isSeeded: false },
  { name: 'help', path: '/help', isSeeded: false },
  { name: 'safety plan', path: '/plan', isSeeded: false },
  { name: 'why it hurts', path: '/learn/why-it-hurts', isSeeded: false },
  { name: 'about', path: '/about', isSeeded: false },
  { name: 'your data', path: '/settings/data', isSeeded: false },
  { name: 'your devices', path: '/settings/devices', isSeeded: false },
];
