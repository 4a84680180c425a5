import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  buildGoalCalendar,
  calendarFileName,
  foldLine,
  hasCalendarDates,
} from '../../src/features/goals/goal-calendar';
import { goalsCollection, type Goal } from '../../src/storage/collections/goals';

const exportedAt = new Date('2026-05-14T09:30:05.123Z');

function goal(fields: Partial<Goal> = {}): Goal {
  return goalsCollection.create({
    id: 'g1',
    title: 'Join the choir',
    why: 'Singing, with people; it helps.',
    targetDate: '2026-06-12',
    steps: [
      { id: 's1', text: 'Find the choir, then email', doneAt: null, note: '', date: '2026-05-20' },
      { id: 's2', text: 'Go to one rehearsal', doneAt: null, note: '', date: null },
      {
        id: 's3',
        text: 'Already done',
        doneAt: '2026-05-10T10:00:00.000Z',
        note: '',
        date: '2026-05-10',
      },
    ],
    ...fields,
  });
}

function events(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return {
    calendar,
    events: calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent)),
  };
}

describe('the goal calendar file', () => {
  it('is a version 2.0 calendar with one all-day event for the target date and each dated step to do', () => {
    const { calendar, events: found } = events(buildGoalCalendar(goal(), exportedAt));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Mend//Small goals//EN');
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');

    expect(found.map((e) => e.uid)).toEqual(['g1-target@mend.local', 'g1-s1@mend.local']);
    const [target, step] = found;
    expect(target!.summary).toBe('Goal: Join the choir');
    expect(target!.startDate.isDate).toBe(true);
    expect(target!.startDate.toString()).toBe('2026-06-12');
    expect(target!.endDate.toString()).toBe('2026-06-13');
    expect(step!.summary).toBe('Find the choir, then email');
    expect(step!.startDate.toString()).toBe('2026-05-20');
    expect(step!.endDate.toString()).toBe('2026-05-21');
    expect(step!.description).toBe('A small step toward your goal "Join the choir". From Mend.');
  });

  it('stamps each event in UTC and gives it a morning reminder', () => {
    const { events: found } = events(buildGoalCalendar(goal(), exportedAt));
    const stamp = found[0]!.component.getFirstPropertyValue('dtstamp') as ICAL.Time;
    expect(stamp.toString()).toBe('2026-05-14T09:30:05Z');
    const alarm = found[0]!.component.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(String(alarm.getFirstPropertyValue('trigger'))).toBe('PT9H');
  });

  it('escapes commas, semicolons, backslashes and newlines so the words come back unchanged', () => {
    const why = 'Because; it matters, a lot.\nSecond line with a \\ backslash';
    const text = buildGoalCalendar(
      goal({ title: 'Sing, dance; rest \\ breathe', why }),
      exportedAt,
    );
    expect(text).toContain('SUMMARY:Goal: Sing\\, dance\\; rest \\\\ breathe');
    const [target] = events(text).events;
    expect(target!.summary).toBe('Goal: Sing, dance; rest \\ breathe');
    expect(target!.description).toContain(`Why it matters to me: ${why}`);
    expect(target!.description).toContain('Small steps:\n- Find the choir, then email');
  });

  it('folds long lines at 75 octets without splitting a character, and ends every line with CRLF', () => {
    const title = `Écrire à ma sœur 💌 ${'et lui dire merci '.repeat(8)}`.trim();
    const text = buildGoalCalendar(goal({ title }), exportedAt);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n').slice(0, -1);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(text).not.toContain('\uFFFD');
    expect(events(text).events[0]!.summary).toBe(`Goal: ${title}`);
  });

  it('folds a line of many-byte characters on character boundaries', () => {
    const folded = foldLine(`SUMMARY:${'💌'.repeat(40)}`);
    const parts = folded.split('\r\n ');
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.join('')).toBe(`SUMMARY:${'💌'.repeat(40)}`);
    for (const part of parts) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
  });

  it('gives the same ids on every export, so importing again updates instead of duplicating', () => {
    const first = events(buildGoalCalendar(goal(), exportedAt)).events.map((e) => e.uid);
    const later = events(buildGoalCalendar(goal(), new Date('2026-06-01T00:00:00Z'))).events;
    expect(later.map((e) => e.uid)).toEqual(first);
  });

  it('knows when a goal has no dates to add', () => {
    const undated = goal({ targetDate: null, steps: [] });
    expect(hasCalendarDates(undated)).toBe(false);
    expect(events(buildGoalCalendar(undated, exportedAt)).events).toHaveLength(0);
    expect(hasCalendarDates(goal())).toBe(true);
  });

  it('names the file after the goal', () => {
    expect(calendarFileName(goal({ title: 'Café évening: sing!' }))).toBe(
      'mend-goal-cafe-evening-sing.ics',
    );
    expect(calendarFileName(goal({ title: '💌' }))).toBe('mend-goal-dates.ics');
  });
});
