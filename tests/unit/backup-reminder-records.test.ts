// The backup reminder asks only when something a person made is kept: a
// summary's saved choices are settings for a page, not something to lose.
import { describe, expect, it } from 'vitest';
import { draftsCollection, type Draft } from '../../src/storage/collections/drafts';
import { hasAnyRecords } from '../../src/storage/device/persistence';
import { put } from '../support/stored';
import { putEntry } from '../support/summary-records';

const at = new Date().toISOString();
const draft = (fields: Record<string, unknown>) => ({ schemaVersion: 2, createdAt: at, updatedAt: at, base: null, ...fields }) as Draft;
const summaryChoices = draft({
  id: 'summary:choices:tab-1',
  kind: 'summary',
  range: '4-weeks',
  from: null,
  to: null,
  include: { feelings: true, practices: true, goals: true },
  entryIds: [],
});

describe('what counts as something to back up', () => {
  it("doesn't count a summary's saved choices on their own", async () => {
    await put(draftsCollection, summaryChoices);
    expect(await hasAnyRecords()).toBe(false);
  });

  it('counts words waiting in a draft', async () => {
    await put(draftsCollection, summaryChoices);
    await put(draftsCollection, draft({ id: 'typed:strength:wins:tab-1', kind: 'typed', box: 'strength:wins', text: 'I asked for help' }));
    expect(await hasAnyRecords()).toBe(true);
  });

  it('counts a journal entry', async () => {
    await putEntry('e1', 'A walk by the river.', 1);
    expect(await hasAnyRecords()).toBe(true);
  });
});
