// A goal's dates as an iCalendar file (RFC 5545) that any calendar app imports:
// reminders with no server and no notification permission. Pure: the moment of
// export is passed in, so the same goal always gives the same file.
import { addDays } from '../../lib/relative-day';
import type { Goal } from '../../storage/collections/goals';

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;

/** TEXT values escape backslash, semicolon, comma and newlines (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Lines longer than 75 octets continue on the next line after a space (RFC 5545 3.1). */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= MAX_LINE_OCTETS) return line;
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  // Whole code points only: a character's UTF-8 bytes are never split across lines.
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = lines.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      lines.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join(`${CRLF} `);
}

function basicDate(day: string): string {
  return day.replace(/-/g, '');
}

function utcStamp(moment: Date): string {
  return moment
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

type DayEvent = { uid: string; day: string; summary: string; description: string };

function eventLines(event: DayEvent, stamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${basicDate(event.day)}`,
    `DTEND;VALUE=DATE:${basicDate(addDays(event.day, 1))}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    // An all-day reminder shouldn't mark the whole day as busy.
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    // Nine in the morning of the day itself: a nudge, not a midnight alarm.
    'TRIGGER;RELATED=START:PT9H',
    `DESCRIPTION:${escapeText(event.summary)}`,
    'END:VALARM',
    'END:VEVENT',
  ];
}

/** The days worth a reminder: the target date, and each step still to do that has a day. */
export function calendarEvents(goal: Goal): DayEvent[] {
  const events: DayEvent[] = [];
  if (goal.targetDate) {
    const stepList = goal.steps.map((step) => `- ${step.text}`).join('\n');
    const description = [
      goal.why ? `Why it matters to me: ${goal.why}` : '',
      stepList ? `Small steps:\n${stepList}` : '',
      'From Mend. Be gentle with yourself: a new date is always fine.',
    ]
      .filter(Boolean)
      .join('\n\n');
    events.push({
      uid: `${goal.id}-target@mend.local`,
      day: goal.targetDate,
      summary: `Goal: ${goal.title}`,
      description,
    });
  }
  for (const step of goal.steps) {
    if (!step.date || step.doneAt) continue;
    events.push({
      uid: `${goal.id}-${step.id}@mend.local`,
      day: step.date,
      summary: step.text,
      description: `A small step toward your goal "${goal.title}". From Mend.`,
    });
  }
  return events;
}

export function hasCalendarDates(goal: Goal): boolean {
  return calendarEvents(goal).length > 0;
}

export function buildGoalCalendar(goal: Goal, now: Date): string {
  const stamp = utcStamp(now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Mend//Small goals//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...calendarEvents(goal).flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** "mend-goal-join-the-choir.ics": readable in a downloads folder. */
export function calendarFileName(goal: Goal): string {
  const slug = goal.title
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return `mend-goal-${slug || 'dates'}.ics`;
}
