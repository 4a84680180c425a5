import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { findHeading, renderApp } from '../support/render-app';
import { draftsCollection, type SummaryDraft } from '../../src/storage/collections/drafts';
import { freshPage, put, storedDrafts } from '../support/stored';
import { daysAgo, putCheckIn, putEntry } from '../support/summary-records';
import { localCalendarDay } from '../../src/lib/relative-day';

const sheet = () => screen.getByRole('article', { name: /^Summary of my records/ });
const dayAgo = (days: number) => localCalendarDay(new Date(daysAgo(days)));

describe('the choices for a summary', () => {
  it('keep the range, what goes in and the ticked entries when the screen is opened again', async () => {
    await putEntry('e1', 'Kept for my therapist.', 100);
    await putEntry('e2', 'Not this one.', 101);
    const first = await renderApp('/insights/summary');
    await findHeading('Make a summary');
    await first.user.click(screen.getByRole('radio', { name: 'The last year' }));
    await first.user.click(screen.getByRole('checkbox', { name: /Goals and the steps I ticked/ }));
    await first.user.click(await screen.findByRole('checkbox', { name: /Kept for my therapist\./ }));
    // Written through as drafts are: the page could close now and lose nothing.
    await waitFor(async () =>
      expect((await storedDrafts()).find((d) => d.kind === 'summary')).toMatchObject({
        range: 'year',
        include: { feelings: true, practices: true, goals: false },
        entryIds: ['e1'],
      }),
    );

    cleanup();
    freshPage();
    await renderApp('/insights/summary');
    await findHeading('Make a summary');
    expect(screen.getByRole('radio', { name: 'The last year' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /Goals and the steps I ticked/ })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: /How I've felt/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /Kept for my therapist\./ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /Not this one\./ })).not.toBeChecked();
    expect(within(sheet()).getByText('Kept for my therapist.')).toBeInTheDocument();
  });

  it('take days of the person’s own, name them at the top of the page, and keep them too', async () => {
    await putCheckIn('inside', 7, 20);
    await putCheckIn('outside', 2, 5);
    const { user } = await renderApp('/insights/summary');
    await findHeading('Make a summary');
    await user.click(screen.getByRole('radio', { name: 'Days I choose' }));
    fireEvent.change(screen.getByLabelText('From'), { target: { value: dayAgo(30) } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: dayAgo(10) } });
    expect(await within(sheet()).findByText(/^One check-in in this time: 7/)).toBeInTheDocument();
    await waitFor(async () =>
      expect((await storedDrafts()).find((d) => d.kind === 'summary')).toMatchObject({ range: 'custom', from: dayAgo(30), to: dayAgo(10) }),
    );

    cleanup();
    freshPage();
    await renderApp('/insights/summary');
    await findHeading('Make a summary');
    expect(screen.getByLabelText('From')).toHaveValue(dayAgo(30));
    expect(screen.getByLabelText('To')).toHaveValue(dayAgo(10));
    expect(within(sheet()).getByText(/^One check-in in this time: 7/)).toBeInTheDocument();
  });

  it('left by a tab now closed are taken up by the next summary made, and kept as its own', async () => {
    await putEntry('e1', 'From the closed tab.', 3);
    const closedTab: SummaryDraft = {
      schemaVersion: 2,
      id: 'summary:choices:closed-tab',
      createdAt: daysAgo(1),
      updatedAt: daysAgo(1),
      base: null,
      kind: 'summary',
      range: '3-months',
      from: null,
      to: null,
      include: { feelings: false, practices: true, goals: true },
      entryIds: ['e1'],
    };
    await put(draftsCollection, closedTab);
    const { user } = await renderApp('/insights/summary');
    await findHeading('Make a summary');
    expect(screen.getByRole('radio', { name: 'The last 3 months' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /How I've felt/ })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: /From the closed tab\./ })).toBeChecked();

    await user.click(screen.getByRole('radio', { name: 'The last year' }));
    // One set of choices is kept, not two: the closed tab's became this one's.
    await waitFor(async () => {
      const summaries = (await storedDrafts()).filter((d) => d.kind === 'summary');
      expect(summaries).toHaveLength(1);
      expect(summaries[0]).toMatchObject({ range: 'year', include: { feelings: false }, entryIds: ['e1'] });
      expect(summaries[0]!.id).not.toBe('summary:choices:closed-tab');
    });
  });

  it('say kindly when the first day comes after the last, and show no page until it is put right', async () => {
    const { user } = await renderApp('/insights/summary');
    await findHeading('Make a summary');
    await user.click(screen.getByRole('radio', { name: 'Days I choose' }));
    fireEvent.change(screen.getByLabelText('From'), { target: { value: dayAgo(2) } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: dayAgo(9) } });
    expect(await screen.findByText(/The first day comes after the last one/)).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: /^Summary of my records/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Print or save as PDF' })).toBeNull();
  });
});
