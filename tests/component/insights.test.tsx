import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FeelingChart } from '../../src/ui/feeling-chart';
import { seriesFor, type Point } from '../../src/lib/insight-numbers';
import { checkInsCollection } from '../../src/storage/collections/check-ins';
import { completionsCollection } from '../../src/storage/collections/completions';
import { journalCollection } from '../../src/storage/collections/journal';
import { put } from '../support/stored';
import { findHeading, renderApp } from '../support/render-app';

const WORDS = { one: 'check-in', many: 'check-ins', column: 'Check-ins' };
const at = (day: number, hour = 9) => new Date(2026, 10, day, hour).toISOString();

function chart(points: Point[]) {
  return render(
    <FeelingChart
      series={seriesFor(points, 'week', '2026-11-23')}
      from="2026-11-17"
      to="2026-11-23"
      phrase="in the last 7 days"
      words={WORDS}
      empty="No check-ins in the last 7 days yet."
    />,
  );
}

describe('the feelings chart', () => {
  it('says in a sentence and a table what the picture shows, and hides the picture from screen readers', () => {
    const { container } = chart([
      { at: at(18), value: 3 },
      { at: at(20, 8), value: 5 },
      { at: at(20, 21), value: 8 },
    ]);
    expect(
      screen.getByText('3 check-ins in the last 7 days, from 3 to 8, 5.3 on average.'),
    ).toBeInTheDocument();
    expect(container.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    expect(container.querySelectorAll('svg line[class*="dot"]')).toHaveLength(2);
    const table = screen.getByRole('table', { name: /Your check-ins in the last 7 days, by day/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      ['3', '1'],
      ['6.5', '2'],
    ]);
    expect(within(table).getAllByRole('rowheader')[0]).toHaveTextContent(/18/);
  });

  it('reads one point kindly, and an empty range as an invitation, not a zero', () => {
    chart([{ at: at(21), value: 6 }]);
    expect(
      screen.getByText(
        /^One check-in in the last 7 days: 6, on .*21.*\. Each one adds to the picture\.$/,
      ),
    ).toBeInTheDocument();
  });

  it('draws nothing for an empty range and says so', () => {
    const { container } = chart([]);
    expect(container.querySelector('svg')).toBeNull();
    expect(screen.getByText('No check-ins in the last 7 days yet.')).toBeInTheDocument();
  });
});

describe('the insights screen', () => {
  it('reads journal moods after the rest is on screen, and draws them too', async () => {
    await put(journalCollection, { ...journalCollection.create({ id: 'e1', text: 'A quiet walk.' }), mood: 7 });
    await renderApp('/insights');
    await findHeading('What helps you');
    expect(await screen.findByText(/^One journal mood in the last 30 days: 7, on /)).toBeInTheDocument();
  });

  it('shows the change from before to after a practice, and check-ins from every place', async () => {
    const now = new Date();
    const earlier = new Date(now.getTime() - 3600_000).toISOString();
    await put(checkInsCollection, {
      ...checkInsCollection.create({ id: 'quick-1', value: 4 }),
      createdAt: earlier,
      updatedAt: earlier,
    });
    await put(completionsCollection, {
      schemaVersion: 3,
      id: 'done-1',
      moduleId: 'reframing',
      runId: 'run-1',
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      startedAt: earlier,
      completedAt: now.toISOString(),
      answers: {},
      feelingBefore: 3,
      feelingAfter: 6,
    });
    await renderApp('/insights');
    await findHeading('What helps you');
    expect(screen.getByText('Look at the story again: +3.0 on average, once.')).toBeInTheDocument();
    expect(screen.getByText(/^3 check-ins in the last 30 days, from 3 to 6/)).toBeInTheDocument();
    expect(await screen.findByText(/No moods in the last 30 days yet/)).toBeInTheDocument();
  });
});

describe('the check-ins list on the insights screen', () => {
  it("shows each check-in's note and words where the check-ins are listed, as text, never as HTML", async () => {
    const earlier = new Date(Date.now() - 3600_000).toISOString();
    await put(checkInsCollection, {
      ...checkInsCollection.create({
        id: 'quick-note',
        value: 3,
        words: ['hurt', 'lonely'],
        note: '<b>Called my sister</b> & felt a bit better',
      }),
      createdAt: earlier,
      updatedAt: earlier,
    });
    const { container } = await renderApp('/insights');
    await findHeading('What helps you');
    const list = await screen.findByRole('list', { name: 'Your check-ins' });
    const item = within(list).getByRole('listitem');
    expect(item).toHaveTextContent('3 of 10');
    expect(item).toHaveTextContent('hurt, lonely');
    expect(within(item).getByText('<b>Called my sister</b> & felt a bit better', { exact: false })).toBeInTheDocument();
    expect(container.querySelector('li b')).toBeNull();
  });
});
