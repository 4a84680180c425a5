// Where an entry came from, in words. No React and no catalog import: the page
// drawn before the app starts (src/app/early-paint) words it the same way, from
// the practice names its template carries.
import type { PracticeNames } from '../../content/catalog';
import { pathSegment } from '../../lib/path-segment';
import type { JournalLink } from '../../storage/collections/journal';

export type SourceWords = { text: string; to: string | null };

/** "From <practice> · <step>" or the goal the entry is about, and where that is. */
export function sourceWords(
  link: JournalLink,
  findPractice: (id: string) => PracticeNames | undefined,
): SourceWords {
  if (link.kind === 'goal')
    return { text: `About your goal: ${link.goalTitle}`, to: `/goals/${pathSegment(link.goalId)}` };
  const module = findPractice(link.moduleId);
  if (!module) return { text: 'From a practice', to: null };
  const step = module.steps.find((s) => s.id === link.stepId);
  return {
    text: step ? `From ${module.title} · ${step.title}` : `From ${module.title}`,
    to: `/practices/${module.id}`,
  };
}
