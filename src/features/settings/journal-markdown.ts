// The journal as one Markdown file a person can open in any editor: newest
// first, a heading per day, and with each entry its time, mood, tags and where
// it came from. Pure: entries and the time in, text out. What a person wrote (and
// titles that came in with a backup) is plain text, never Markdown: escaped, so a
// viewer that lets HTML through shows the words and runs nothing.
import { findModuleSummary } from '../../content/catalog';
import { calendarOf, dayWords, timeWords } from '../../lib/date-words';
import { byNewest } from '../../lib/newest-first';
import type { JournalEntry, JournalLink } from '../../storage/collections/journal';

/** Characters that make tags, links, entities or emphasis anywhere in a line. */
const INLINE = /[\\`*_[\]<>&~|!]/g;
/** What makes a heading, a quote, a list or a rule at the start of a line. */
const LINE_START = /^(\s*)(?:([#>+=-])|(\d+)([.)]))/;

/** Plain text as Markdown that shows exactly that text, and makes no tag or link. */
export function asPlainText(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(INLINE, '\\$&')
        .replace(LINE_START, (_all, space: string, mark?: string, digits?: string, dot?: string) =>
          mark ? `${space}\\${mark}` : `${space}${digits}\\${dot}`,
        ),
    )
    .join('\n');
}

function source(link: JournalLink | null): string | null {
  if (!link) return null;
  if (link.kind === 'goal') return `About the goal “${asPlainText(link.goalTitle)}”`;
  const module = findModuleSummary(link.moduleId);
  const step = module?.steps.find((s) => s.id === link.stepId);
  const where = module
    ? `From the practice “${asPlainText(module.title)}”${step ? `, step “${asPlainText(step.title)}”` : ''}`
    : 'From a practice';
  return link.prompt ? `${where}. The question: “${asPlainText(link.prompt)}”` : where;
}

export function journalAsMarkdown(entries: readonly JournalEntry[], exportedAt: Date, locale?: string): string {
  const day = (moment: Date) => dayWords(calendarOf(moment), { weekday: 'long', month: 'long', hasYear: true }, locale);
  const lines = [
    '# My Mend journal',
    '',
    `Saved from Mend on ${day(exportedAt)}. ${entries.length === 1 ? 'One entry' : `${entries.length} entries`}, newest first.`,
  ];
  let currentDay = '';
  for (const entry of [...entries].sort(byNewest)) {
    const written = new Date(entry.createdAt);
    const heading = day(written);
    if (heading !== currentDay) {
      currentDay = heading;
      lines.push('', `## ${heading}`);
    }
    const details = [timeWords(written, locale), entry.mood === null ? null : `Mood ${entry.mood} of 10`].filter(Boolean);
    lines.push('', `### ${details.join(' · ')}`, '');
    if (entry.tags.length > 0) lines.push(`Tags: ${entry.tags.map(asPlainText).join(', ')}`, '');
    const from = source(entry.link);
    if (from) lines.push(`*${from}*`, '');
    // Words that start "Tags:" would read back as the tags line (Mend reads this file back in): a
    // backslash before the colon, which Markdown shows as the colon alone.
    lines.push(asPlainText(entry.text.trimEnd()).replace(/^Tags:/, 'Tags\\:'));
  }
  return `${lines.join('\n')}\n`;
}
