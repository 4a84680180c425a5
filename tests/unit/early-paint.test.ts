// The painter that draws the person's words before the app starts
// (src/app/early-paint): its template marks, and that it reads what the app's
// own storage wrote. The e2e specs hold the drawn pages to the live screens.
import { beforeEach, describe, expect, it } from 'vitest';
import { fillChildren } from '../../src/app/early-paint/fill';
import { paint } from '../../src/app/early-paint/painter';
import { shapeOf } from '../../src/app/early-paint/shape-of';
import { GoalSchema, goalsCollection } from '../../src/storage/collections/goals';
import { JournalEntrySchema, journalCollection } from '../../src/storage/collections/journal';

function fragment(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

describe('an early-paint template', () => {
  it('takes words as text, repeats what is marked for each item, and leaves out parts an item does not have', () => {
    const top = fragment(
      '<ul><li data-each="entries"><a href="/journal/%7B%7Bid%7D%7D" title="{{label}}">{{text}}</a><span data-part="hasMood">Mood {{mood}}</span></li></ul>',
    );
    fillChildren(top, {
      entries: [
        { id: 'a b/ü', label: 'First', text: '<b>not bold</b>', hasMood: true, mood: '7' },
        { id: 'two', label: 'Second', text: 'Plain', hasMood: false, mood: '' },
      ],
    });
    const items = top.querySelectorAll('li');
    expect(items).toHaveLength(2);
    expect(items[0]!.querySelector('a')!.getAttribute('href')).toBe('/journal/a%20b%2F%C3%BC');
    expect(items[0]!.querySelector('a')!.textContent).toBe('<b>not bold</b>');
    expect(items[0]!.querySelector('b')).toBeNull();
    expect(items[0]!.textContent).toBe('<b>not bold</b>Mood 7');
    expect(items[1]!.querySelector('span')).toBeNull();
    expect(items[1]!.querySelector('a')!.title).toBe('Second');
  });

  it('is not drawn with a word missing, rather than show a stray {{slot}}', () => {
    expect(() => fillChildren(fragment('<p>{{title}} and {{why}}</p>'), { title: 'Call Sam' })).toThrow(/why/);
    expect(() => fillChildren(fragment('<p data-part="why">x</p>'), {})).toThrow(/why/);
  });
});

/** Puts a value in a collection's database as it is, past the app's checks (as an older or hurt copy might be). */
function writeRaw(collection: string, value: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const opening = indexedDB.open(`mend-${collection}`);
    opening.onsuccess = () => {
      const tx = opening.result.transaction('records', 'readwrite');
      tx.objectStore('records').put(value, (value as { id: string }).id);
      tx.oncomplete = () => {
        opening.result.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
    opening.onerror = () => reject(opening.error);
  });
}

/** A built page with its template, the records' shape written from `schema` as the build writes it. */
function page(recipe: string, html: string, schema: Parameters<typeof shapeOf>[0]): HTMLTemplateElement {
  document.body.innerHTML = `<div id="root"><main><p data-screen-loading="data">Opening…</p></main></div><template id="early-paint" data-recipe="${recipe}" data-whole="">${html}</template>`;
  const template = document.getElementById('early-paint') as HTMLTemplateElement;
  template.dataset.shape = JSON.stringify(shapeOf(schema));
  return template;
}

describe('the painter', () => {
  beforeEach(() => {
    history.replaceState(null, '', '/goals/goal-1');
  });

  it('draws a goal the app’s own storage wrote, in place of the waiting line', async () => {
    await goalsCollection.write(goalsCollection.create({ id: 'goal-1', title: 'Call Sam back', why: 'I miss our talks.', priority: 'high' }), null);
    const template = page(
      'goal',
      '<h1>{{title}}</h1><p>{{priority}}</p><section data-part="whySection">{{why}}</section><p data-part="pastTarget">{{plannedFor}}</p>',
      GoalSchema,
    );
    await expect(paint(template, () => true)).resolves.toBe(true);
    expect(document.querySelector('main')!.innerHTML).toBe('<h1>Call Sam back</h1><p>High priority</p><section data-part="whySection">I miss our talks.</section>');
  });

  it('leaves the page alone once the app has started, and when the record is of another format', async () => {
    await goalsCollection.write(goalsCollection.create({ id: 'goal-1', title: 'Call Sam back' }), null);
    const waiting = '<main><p data-screen-loading="data">Opening…</p></main>';
    await expect(paint(page('goal', '<h1>{{title}}</h1>', GoalSchema), () => false)).resolves.toBe(false);
    expect(document.getElementById('root')!.innerHTML).toBe(waiting);
    await writeRaw('goals', { ...(await goalsCollection.loadAll())[0], schemaVersion: 2 });
    await expect(paint(page('goal', '<h1>{{title}}</h1>', GoalSchema), () => true)).resolves.toBe(false);
    expect(document.getElementById('root')!.innerHTML).toBe(waiting);
  });

  it('draws nothing from a record its collection’s schema refuses, though every field it words is fine (the app would set it aside)', async () => {
    await goalsCollection.write(goalsCollection.create({ id: 'goal-1', title: 'Call Sam back' }), null);
    const stored = await goalsCollection.loadAll();
    await writeRaw('goals', { ...stored[0], steps: 'call, then write' });
    const waiting = '<main><p data-screen-loading="data">Opening…</p></main>';
    await expect(paint(page('goal', '<h1>{{title}}</h1>', GoalSchema), () => true)).resolves.toBe(false);
    expect(document.getElementById('root')!.innerHTML).toBe(waiting);

    history.replaceState(null, '', '/journal/e-1');
    await journalCollection.write(journalCollection.create({ id: 'e-1', text: 'Words' }), null);
    await writeRaw('journal', { ...(await journalCollection.loadAll())[0], mood: 'low' });
    await expect(paint(page('journalEntry', '<p>{{text}}</p>', JournalEntrySchema), () => true)).resolves.toBe(false);
    expect(document.getElementById('root')!.innerHTML).toBe(waiting);
  });

  it('lists the newest entries first under their days, as the app’s storage keeps them', async () => {
    history.replaceState(null, '', '/journal');
    for (const [id, text] of [['e-1', 'First words'], ['e-2', 'Second words']] as const) {
      await journalCollection.write({ ...journalCollection.create({ id, text }), createdAt: id === 'e-1' ? '2026-11-01T10:00:00.000Z' : '2026-11-03T10:00:00.000Z' }, null);
    }
    const template = page(
      'journalList',
      '<p>{{status}}</p><div data-each="groups"><h2>{{label}}</h2><article data-each="entries">{{excerpt}}</article></div>',
      JournalEntrySchema,
    );
    await expect(paint(template, () => true)).resolves.toBe(true);
    expect([...document.querySelectorAll('article')].map((a) => a.textContent)).toEqual(['Second words', 'First words']);
    expect(document.querySelectorAll('h2')).toHaveLength(2);
    expect(document.querySelector('p')!.textContent).toBe('2 entries.');
  });
});
