import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { StorageWriteError } from '../../src/storage/engine/collection';
import { journalCollection } from '../../src/storage/collections/journal';
import { put, get, freshPage, journalDraftText } from '../support/stored';
import { findHeading, renderApp } from '../support/render-app';

beforeEach(() => {
  freshPage();
});

const textBox = () => screen.getByRole('textbox', { name: "What's on your mind?" });

describe('writing an entry', () => {
  it('saves the words, a mood and tags as one entry and shows it in the list', async () => {
    await put(journalCollection, 
      journalCollection.create({ id: 'old', text: 'Earlier.', tags: ['walking', 'sleep'] }),
    );
    const { user } = await renderApp('/journal/new');
    await findHeading('New entry');
    await user.type(
      await screen.findByRole('textbox', { name: "What's on your mind?" }),
      'A hard day, and I got through it.',
    );
    await user.click(screen.getByRole('radio', { name: '4' }));
    const tags = screen.getByRole('textbox', { name: 'Tags (optional)' });
    await user.type(tags, 'Work{Enter}hope,');
    // Tags used before are looked up once the person reaches the tags.
    await user.click(
      within(await screen.findByRole('group', { name: "Tags you've used:" })).getByRole('button', {
        name: 'walking',
      }),
    );
    expect(
      within(screen.getByRole('list', { name: 'Tags on this entry' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Work×', 'hope×', 'walking×']);
    await user.click(screen.getByRole('button', { name: 'Remove tag hope' }));
    const save = vi.spyOn(journalCollection, 'write');

    await user.click(screen.getByRole('button', { name: 'Save entry' }));

    await findHeading('Your journal');
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]![0]).toMatchObject({
      text: 'A hard day, and I got through it.',
      mood: 4,
      tags: ['Work', 'walking'],
      link: null,
    });
    expect(await screen.findByText('A hard day, and I got through it.')).toBeInTheDocument();
    expect(screen.getByText('Mood 4 of 10')).toBeInTheDocument();
    expect(screen.getByText('Entry saved.')).toBeInTheDocument();
  });

  it('starts a new entry without reading the whole journal: the tags used before are read once the tags are reached', async () => {
    await put(journalCollection, journalCollection.create({ id: 'old', text: 'Earlier.', tags: ['walking'] }));
    const readAll = vi.spyOn(journalCollection, 'loadAll');
    const { user } = await renderApp('/journal/new');
    await user.type(await screen.findByRole('textbox', { name: "What's on your mind?" }), 'Straight in.');
    expect(readAll).not.toHaveBeenCalled();

    await user.click(screen.getByRole('textbox', { name: 'Tags (optional)' }));
    expect(
      within(await screen.findByRole('group', { name: "Tags you've used:" })).getByRole('button', { name: 'walking' }),
    ).toBeInTheDocument();
    expect(readAll).toHaveBeenCalledTimes(1);
  });

  it('lets you clear a mood you picked', async () => {
    const { user } = await renderApp('/journal/new');
    await user.type(
      await screen.findByRole('textbox', { name: "What's on your mind?" }),
      'Not sure how I feel.',
    );
    await user.click(screen.getByRole('radio', { name: '10, Really good' }));
    await user.click(screen.getByRole('button', { name: 'Clear mood' }));
    expect(screen.queryByRole('radio', { checked: true })).not.toBeInTheDocument();
    const save = vi.spyOn(journalCollection, 'write');
    await user.click(screen.getByRole('button', { name: 'Save entry' }));
    await findHeading('Your journal');
    expect(save.mock.calls[0]![0].mood).toBeNull();
  });

  it('asks for a few words before saving an empty page', async () => {
    const { user } = await renderApp('/journal/new');
    await screen.findByRole('textbox', { name: "What's on your mind?" });
    const save = vi.spyOn(journalCollection, 'write');
    await user.click(screen.getByRole('button', { name: 'Save entry' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Write a few words first, then save.');
    expect(save).not.toHaveBeenCalled();
  });

  it('edits an entry, keeping when it was written', async () => {
    const entry = {
      ...journalCollection.create({ id: 'e1', text: 'First draft of a thought.', mood: 3, tags: ['hope'] }),
      createdAt: '2026-02-01T20:00:00.000Z',
      updatedAt: '2026-02-01T20:00:00.000Z',
    };
    await put(journalCollection, entry);
    const { user } = await renderApp('/journal/e1');
    await findHeading('Your entry');
    const text = await screen.findByRole('textbox', { name: "What's on your mind?" });
    expect(text).toHaveValue('First draft of a thought.');
    expect(screen.getByRole('radio', { name: '3' })).toBeChecked();
    await user.type(text, ' Now a kinder one.');
    await user.click(screen.getByRole('button', { name: 'Save entry' }));
    await findHeading('Your journal');

    const stored = await get(journalCollection, 'e1');
    expect(stored).toMatchObject({
      text: 'First draft of a thought. Now a kinder one.',
      mood: 3,
      tags: ['hope'],
      createdAt: '2026-02-01T20:00:00.000Z',
    });
    expect(stored!.updatedAt > entry.updatedAt).toBe(true);
    expect(await journalCollection.loadAll()).toHaveLength(1);
  });

  it('writing from a practice prompt shows the prompt and links the entry to the step', async () => {
    const { user } = await renderApp(
      '/journal/new?module=reframing&step=write-the-story-in-your-head',
    );
    await findHeading('New entry');
    expect(
      await screen.findByRole('link', {
        name: 'From Look at the story again · Write the story in your head',
      }),
    ).toHaveAttribute('href', '/practices/reframing');
    const text = screen.getByRole('textbox', {
      name: 'What story are you telling yourself about what happened?',
    });
    await user.type(text, 'That I am too much.');
    await user.click(screen.getByRole('button', { name: 'Save entry' }));
    await findHeading('Your journal');
    const [saved] = await journalCollection.loadAll();
    expect(saved!.link).toMatchObject({
      kind: 'practice',
      moduleId: 'reframing',
      stepId: 'write-the-story-in-your-head',
      prompt: 'What story are you telling yourself about what happened?',
    });
    expect(
      screen.getByRole('link', {
        name: 'From Look at the story again · Write the story in your head',
      }),
    ).toBeInTheDocument();
  });

  it('keeps the words on screen and in the draft when the device is full', async () => {
    vi.spyOn(journalCollection, 'write').mockRejectedValue(
      new StorageWriteError('quota', new Error('QuotaExceededError')),
    );
    const { user } = await renderApp('/journal/new');
    await user.type(
      await screen.findByRole('textbox', { name: "What's on your mind?" }),
      'Please keep this.',
    );
    await user.click(screen.getByRole('button', { name: 'Save entry' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      "We couldn't save just now because this device is out of space. Your words are still here. Export a copy to keep them safe.",
    );
    expect(textBox()).toHaveValue('Please keep this.');
    expect(screen.getByRole('heading', { level: 1, name: 'New entry' })).toBeInTheDocument();
    await waitFor(async () => expect(await journalDraftText()).toBe('Please keep this.'));
  });

  it('shows hostile text as plain text, and nothing in it runs', async () => {
    const alert = vi.spyOn(window, 'alert').mockImplementation(() => undefined);
    const hostile =
      '<img src=x onerror=alert(1)> <script>alert(1)</script> [x](javascript:alert(1))';
    const { user, container } = await renderApp('/journal/new');
    await user.type(
      await screen.findByRole('textbox', { name: "What's on your mind?" }),
      hostile.replace(/[[{]/g, (c) => c + c),
    );
    await user.type(screen.getByRole('textbox', { name: 'Tags (optional)' }), '<b>bold</b>{Enter}');
    await user.click(screen.getByRole('button', { name: 'Save entry' }));
    await findHeading('Your journal');

    expect(await screen.findByText(hostile)).toBeInTheDocument();
    expect(screen.getByText('<b>bold</b>')).toBeInTheDocument();
    expect(container.querySelector('main img, main script, main b')).toBeNull();
    expect(container.querySelector('a[href^="javascript"]')).toBeNull();
    await user.type(screen.getByRole('searchbox'), 'script');
    // <script>, </script> and javascript: each hold the word once.
    await waitFor(() => expect(container.querySelectorAll('mark')).toHaveLength(3));
    expect(container.querySelector('main script')).toBeNull();
    expect(alert).not.toHaveBeenCalled();
  });
});
