import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { PAGE_SIZE, WINDOW_SIZE } from '../../src/features/journal/journal-paging';
import { journalCollection, type JournalEntry } from '../../src/storage/collections/journal';
import { realisticEntries } from '../support/realistic-entries';
import { put, freshPage } from '../support/stored';
import { findHeading, renderApp } from '../support/render-app';

beforeEach(() => {
  freshPage();
  freshPage();
});

function entryAt(id: string, when: Date, fields: Partial<JournalEntry> = {}): JournalEntry {
  const iso = when.toISOString();
  return {
    ...journalCollection.create({ id, text: `Entry ${id}` }),
    createdAt: iso,
    updatedAt: iso,
    ...fields,
  };
}

const daysAgo = (days: number, hour = 12) => {
  const date = new Date();
  date.setDate(date.getDate() - days);
  date.setHours(hour, 0, 0, 0);
  return date;
};

const entryList = () => screen.getByRole('region', { name: 'Your entries' });

describe('the journal list', () => {
  it('invites you to start when there is nothing yet', async () => {
    await renderApp('/journal');
    await findHeading('Your journal');
    expect(
      await screen.findByText('Nothing here yet. Start with a practice, or just write.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Start with a practice' })).toHaveAttribute(
      'href',
      '/',
    );
    expect(screen.getByRole('link', { name: 'Just write' })).toHaveAttribute(
      'href',
      '/journal/new',
    );
  });

  it('groups entries by day, newest first, with Today and Yesterday', async () => {
    await put(journalCollection, entryAt('older', new Date(2025, 2, 14, 9)));
    await put(journalCollection, entryAt('today-morning', daysAgo(0, 8)));
    await put(journalCollection, entryAt('yesterday', daysAgo(1)));
    await put(journalCollection, entryAt('today-evening', daysAgo(0, 20)));
    await renderApp('/journal');

    const days = await within(
      await screen.findByRole('region', { name: 'Your entries' }),
    ).findAllByRole('heading', { level: 2 });
    const longDate = new Date(2025, 2, 14, 12).toLocaleDateString(undefined, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    expect(days.map((d) => d.textContent)).toEqual(['Today', 'Yesterday', longDate]);
    expect(
      within(entryList())
        .getAllByRole('article')
        .map((a) => within(a).getByText(/^Entry /).textContent),
    ).toEqual(['Entry today-evening', 'Entry today-morning', 'Entry yesterday', 'Entry older']);
  });

  it('shows the start of the text, the mood, the tags and where it came from', async () => {
    await put(journalCollection, 
      entryAt('practice', daysAgo(0), {
        text: `I wrote about the story in my head. ${'And more. '.repeat(40)}`,
        mood: 6,
        tags: ['hope', 'friends'],
        link: {
          kind: 'practice',
          moduleId: 'reframing',
          stepId: 'write-the-story-in-your-head',
          runId: 'r1',
          prompt: 'What story?',
        },
      }),
    );
    await put(journalCollection, 
      entryAt('goal', daysAgo(0, 9), {
        link: { kind: 'goal', goalId: 'goal-1', goalTitle: 'Call Gran every Sunday' },
      }),
    );
    await put(journalCollection, 
      entryAt('gone', daysAgo(0, 8), {
        link: {
          kind: 'practice',
          moduleId: 'no-longer-here',
          stepId: 's',
          runId: 'r',
          prompt: 'p',
        },
      }),
    );
    await renderApp('/journal');
    const [practice, goal, gone] = await within(
      await screen.findByRole('region', { name: 'Your entries' }),
    ).findAllByRole('article');

    const excerpt = within(practice!).getByText(/^I wrote about the story/);
    expect(excerpt.textContent!.length).toBeLessThan(215);
    expect(excerpt.textContent).toMatch(/…$/);
    expect(within(practice!).getByText('Mood 6 of 10')).toBeInTheDocument();
    expect(
      within(within(practice!).getByRole('list', { name: 'Tags' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['hope', 'friends']);
    expect(
      within(practice!).getByRole('link', {
        name: 'From Look at the story again · Write the story in your head',
      }),
    ).toHaveAttribute('href', '/practices/reframing');
    expect(
      within(goal!).getByRole('link', { name: 'About your goal: Call Gran every Sunday' }),
    ).toHaveAttribute('href', '/goals/goal-1');
    expect(within(gone!).getByText('From a practice')).toBeInTheDocument();
    expect(within(practice!).getByRole('link', { name: /^Open entry from Today/ })).toHaveAttribute(
      'href',
      '/journal/practice',
    );
  });

  it('keeps the page light with thousands of entries, and shows more when asked', async () => {
    const many = realisticEntries(600, 3);
    await Promise.all(many.map((entry) => put(journalCollection, entry)));
    const { user } = await renderApp('/journal');
    const list = await screen.findByRole('region', { name: 'Your entries' });

    expect(within(list).getAllByRole('article')).toHaveLength(PAGE_SIZE);
    expect(list.querySelectorAll('*').length).toBeLessThan(1500);
    expect(screen.getByText(`600 entries. Showing the newest ${PAGE_SIZE}.`)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Show more entries' }));
    expect(within(entryList()).getAllByRole('article')).toHaveLength(PAGE_SIZE * 2);
    expect(
      screen.getByText(`600 entries. Showing the newest ${PAGE_SIZE * 2}.`),
    ).toBeInTheDocument();
  });

  it('keeps the page light however far back you read, and can go forward again', async () => {
    const many = realisticEntries(600, 4);
    await Promise.all(many.map((entry) => put(journalCollection, entry)));
    const { user } = await renderApp('/journal');
    await screen.findByRole('region', { name: 'Your entries' });

    for (let page = 0; page < 4; page++) await user.click(screen.getByRole('button', { name: 'Show more entries' }));

    const list = entryList();
    expect(within(list).getAllByRole('article')).toHaveLength(WINDOW_SIZE);
    expect(list.querySelectorAll('*').length).toBeLessThan(1500);
    expect(screen.getByText(`600 entries. Showing ${PAGE_SIZE * 5 - WINDOW_SIZE + 1} to ${PAGE_SIZE * 5}.`)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Show newer entries' }));
    expect(screen.getByText(`600 entries. Showing ${PAGE_SIZE * 4 - WINDOW_SIZE + 1} to ${PAGE_SIZE * 4}.`)).toBeInTheDocument();
  });

  it('shows an entry as soon as a practice writes it', async () => {
    await put(journalCollection, entryAt('first', daysAgo(1)));
    await renderApp('/journal');
    await screen.findByText('Entry first');
    await act(() =>
      put(journalCollection, 
        journalCollection.create({
          id: 'practice-r-let-the-kindness-in',
          text: 'She said she missed me.',
          link: {
            kind: 'practice',
            moduleId: 'reconnection',
            stepId: 'let-the-kindness-in',
            runId: 'r',
            prompt: 'What did someone say?',
          },
        }),
      ),
    );
    expect(await screen.findByText('She said she missed me.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Today' })).toBeInTheDocument();
  });

  it('opens an entry from the list within the app, and leaves a new-tab click to the browser', async () => {
    await put(journalCollection, entryAt('the-one', daysAgo(0), { text: 'The words of the one.' }));
    await renderApp('/journal');
    const open = await within(await screen.findByRole('region', { name: 'Your entries' })).findByRole('link', { name: /^Open entry/ });
    expect(open).toHaveAttribute('href', '/journal/the-one');

    // A click with Ctrl held is the browser's (a new tab): the app stays where it is.
    const newTab = new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true });
    act(() => void open.dispatchEvent(newTab));
    expect(newTab.defaultPrevented).toBe(false);
    expect(screen.getByRole('heading', { level: 1, name: 'Your journal' })).toBeInTheDocument();

    act(() => open.click());
    expect(await screen.findByDisplayValue('The words of the one.')).toBeInTheDocument();
  });
});
