import { Link } from 'react-router';
import { findModuleSummary } from '../../content/catalog';
import type { JournalLink } from '../../storage/collections/journal';

/** "From <practice> · <step>" or the goal the entry is about, linking back to it. */
export function sourceWords(link: JournalLink): { text: string; to: string | null } {
  if (link.kind === 'goal')
    return { text: `About your goal: ${link.goalTitle}`, to: `/goals/${link.goalId}` };
  const module = findModuleSummary(link.moduleId);
  if (!module) return { text: 'From a practice', to: null };
  const step = module.steps.find((s) => s.id === link.stepId);
  return {
    text: step ? `From ${module.title} · ${step.title}` : `From ${module.title}`,
    to: `/practices/${module.id}`,
  };
}

export function EntrySource({ link, className }: { link: JournalLink; className?: string }) {
  const { text, to } = sourceWords(link);
  return to ? (
    <Link to={to} className={className}>
      {text}
    </Link>
  ) : (
    <span className={className}>{text}</span>
  );
}
