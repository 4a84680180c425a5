import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useLockState } from '../../src/state/lock-state';
import { findHeading, renderApp } from '../support/render-app';
import { putCheckIn, putEntry, putGoal, putPracticeDone } from '../support/summary-records';

const headings = (table: HTMLElement) => within(table).getAllByRole('columnheader').map((cell) => cell.textContent);
const rows = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.children].map((cell) => cell.textContent));
const sheet = () => screen.getByRole('article', { name: /^Summary of my records/ });

describe('making a summary', () => {
  it('holds only what falls in the chosen days: check-ins, practices, ticked steps and the entries to choose from', async () => {
    await putCheckIn('near', 4, 2);
    await putCheckIn('far', 9, 60);
    await putPracticeDone('done-near', 'reframing', 5, 3, 6);
    await putPracticeDone('done-far', 'boundaries', 80, 2, 8);
    await putGoal('goal-1', 'Join the choir', [
      ['Call Sam about Thursdays', 1],
      ['Find the old songbook', 100],
      ['Sing one song', null],
    ]);
    await putEntry('entry-near', 'A walk by the river helped.', 3);
    await putEntry('entry-far', 'The long winter entry.', 50);
    const { user } = await renderApp('/insights/summary');
    await findHeading('Make a summary');

    // The last 4 weeks, as it opens.
    expect(screen.getByRole('radio', { name: 'The last 4 weeks' })).toBeChecked();
    expect(within(sheet()).getByText('3 check-ins in this time, from 3 to 6, 4.3 on average.')).toBeInTheDocument();
    expect(within(sheet()).getByText('Look at the story again: +3.0 on average, once.')).toBeInTheDocument();
    expect(within(sheet()).queryByText(/Protect your energy/)).toBeNull();
    expect(within(sheet()).getByText('Join the choir')).toBeInTheDocument();
    expect(within(sheet()).getByText(/Call Sam about Thursdays/)).toBeInTheDocument();
    expect(within(sheet()).queryByText(/Find the old songbook/)).toBeNull();
    expect(within(sheet()).queryByText(/Sing one song/)).toBeNull();
    const entries = screen.getByRole('group', { name: /Journal entries to include/ });
    expect(within(entries).getByRole('checkbox', { name: /A walk by the river helped\./ })).not.toBeChecked();
    expect(within(entries).queryByRole('checkbox', { name: /The long winter entry/ })).toBeNull();

    await user.click(screen.getByRole('radio', { name: 'The last 3 months' }));
    expect(await within(sheet()).findByText('6 check-ins in this time, from 2 to 9, 5.3 on average.')).toBeInTheDocument();
    expect(within(sheet()).getByText('Protect your energy: +6.0 on average, once.')).toBeInTheDocument();
    expect(within(entries).getByRole('checkbox', { name: /The long winter entry\./ })).toBeInTheDocument();
    expect(within(sheet()).queryByText(/Find the old songbook/)).toBeNull();
    expect(within(sheet()).getByText('No words for the feeling were picked with these check-ins.')).toBeInTheDocument();
  });

  it('lists the feeling words picked in check-ins and how often, and over a longer time how often in its first half and its second', async () => {
    await putCheckIn('a', 3, 2, ['hurt', 'lonely']);
    await putCheckIn('b', 4, 5, ['lonely']);
    await putCheckIn('c', 6, 10);
    await putCheckIn('d', 2, 60, ['lonely', 'left out']);
    const { user } = await renderApp('/insights/summary');
    await findHeading('Make a summary');

    const feelings = within(sheet()).getByRole('region', { name: "How I've felt" });
    expect(within(feelings).getByText('Words picked with 2 of 3 check-ins in this time:')).toBeInTheDocument();
    let table = within(feelings).getByRole('table', { name: 'Words I picked for how I felt' });
    expect(headings(table)).toEqual(['Word', 'Times picked']);
    expect(rows(table)).toEqual([
      ['lonely', '2'],
      ['hurt', '1'],
    ]);

    await user.click(screen.getByRole('radio', { name: 'The last 3 months' }));
    expect(await within(feelings).findByText('Words picked with 3 of 4 check-ins in this time:')).toBeInTheDocument();
    table = within(feelings).getByRole('table', { name: 'Words I picked for how I felt' });
    const [word, firstHalf, secondHalf, all] = headings(table);
    expect([word, all]).toEqual(['Word', 'In\u00a0all']);
    expect(firstHalf).toMatch(/^\w.* to \w.*$/);
    expect(secondHalf).toMatch(/^\w.* to \w.*$/);
    expect(rows(table)).toEqual([
      ['lonely', '1', '2', '3'],
      ['hurt', '0', '1', '1'],
      ['left out', '1', '0', '1'],
    ]);
  });

  it('puts on the page only the journal entries ticked one by one, none before they are', async () => {
    await putEntry('e1', 'First: the message from Ana.', 1, 6);
    await putEntry('e2', 'Second: a hard evening.', 2);
    await putEntry('e3', 'Third: slept better.', 3);
    const { user } = await renderApp('/insights/summary');
    await findHeading('Make a summary');
    for (const text of ['First', 'Second', 'Third']) expect(within(sheet()).queryByText(new RegExp(text))).toBeNull();

    await user.click(screen.getByRole('checkbox', { name: /First: the message from Ana\./ }));
    await user.click(screen.getByRole('checkbox', { name: /Third: slept better\./ }));

    const chosen = await within(sheet()).findByRole('region', { name: 'Journal entries I chose' });
    expect(within(chosen).getByText('First: the message from Ana.')).toBeInTheDocument();
    expect(within(chosen).getByText('Mood 6 of 10')).toBeInTheDocument();
    expect(within(chosen).getByText('Third: slept better.')).toBeInTheDocument();
    expect(within(sheet()).queryByText(/Second: a hard evening/)).toBeNull();
  });

  it('says at its top that the person made it from their own records, and that it is not a clinical assessment', async () => {
    await putCheckIn('c1', 5, 1);
    await renderApp('/insights/summary');
    await findHeading('Make a summary');
    const [first] = within(sheet()).getAllByRole('paragraph');
    expect(first).toHaveTextContent('I made this summary myself with Mend, from my own records. It is not a clinical assessment.');
  });

  it('says so kindly when the chosen days hold nothing, and still offers to print', async () => {
    await putEntry('old', 'Long ago.', 400);
    await renderApp('/insights/summary');
    await findHeading('Make a summary');
    expect(within(sheet()).getByText(/Nothing was kept in these days yet/)).toBeInTheDocument();
    expect(screen.getByText('No journal entries in these days.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Print or save as PDF' })).toBeInTheDocument();
  });

  it("opens the browser's own print dialog from its button, which stays off the page it prints", async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const { user } = await renderApp('/insights/summary');
    await findHeading('Make a summary');
    const button = screen.getByRole('button', { name: 'Print or save as PDF' });
    expect(sheet()).not.toContainElement(button);
    await user.click(button);
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('is reached from Insights and from Your data', async () => {
    const { user } = await renderApp('/insights');
    await findHeading('What helps you');
    await user.click(screen.getByRole('link', { name: /Make a summary/ }));
    await findHeading('Make a summary');
    await user.click(within(screen.getByRole('contentinfo')).getByRole('link', { name: 'Your data' }));
    await findHeading('Your data');
    await user.click(screen.getByRole('link', { name: /make a summary/i }));
    expect(await findHeading('Make a summary')).toBeInTheDocument();
  });

  it('asks for the passphrase while the lock is closed, as the other screens of records do', async () => {
    await putEntry('e1', 'Private words.', 1);
    useLockState.setState({ status: 'locked' });
    await renderApp('/insights/summary');
    expect(await screen.findByRole('heading', { level: 1, name: 'Mend is locked' })).toBeInTheDocument();
    expect(screen.queryByText(/Private words/)).toBeNull();
  });
});
