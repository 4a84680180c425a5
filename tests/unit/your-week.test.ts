import { describe, expect, it } from 'vitest';
import { QUIET_WEEK, yourWeekLine } from '../../src/features/library/your-week';

const NOW = new Date(2026, 10, 23, 18); // a Monday evening
const daysAgo = (n: number) => new Date(2026, 10, 23 - n, 10).toISOString();

describe('your week on the home screen', () => {
  it('gives a quiet week a warm line, never a zero', () => {
    const line = yourWeekLine(
      { practicesDone: [daysAgo(9)], stepsTicked: [daysAgo(12)], latest: null },
      NOW,
    );
    expect(line).toBe(QUIET_WEEK);
    expect(line).not.toMatch(/\b0\b|missed|no practices/i);
  });

  it('counts practices finished and goal steps ticked in the last seven days', () => {
    const line = yourWeekLine(
      {
        practicesDone: [daysAgo(0), daysAgo(6), daysAgo(7)],
        stepsTicked: [daysAgo(1)],
        latest: null,
      },
      NOW,
    );
    expect(line).toBe(
      'This week you finished 2 practices and ticked 1 goal step. Small steps count.',
    );
  });

  it('names the latest check-in, even in an otherwise quiet week', () => {
    expect(
      yourWeekLine(
        { practicesDone: [], stepsTicked: [], latest: { at: daysAgo(1), value: 6 } },
        NOW,
      ),
    ).toBe('Your last check-in was 6 out of 10, yesterday.');
  });
});
