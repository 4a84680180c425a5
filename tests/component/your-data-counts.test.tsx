import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { draftsCollection, type Draft } from '../../src/storage/collections/drafts';
import { findHeading, renderApp } from '../support/render-app';
import { put } from '../support/stored';
import { putEntry } from '../support/summary-records';

const at = new Date().toISOString();
const draft = (fields: Record<string, unknown>) => ({ schemaVersion: 2, createdAt: at, updatedAt: at, base: null, ...fields }) as Draft;

describe('what Your data says is kept', () => {
  it("counts only drafts that hold a person's words as unfinished writing, and names a summary's choices as what they are", async () => {
    await putEntry('e1', 'A walk by the river.', 1);
    await put(draftsCollection, draft({ id: 'typed:strength:wins:tab-1', kind: 'typed', box: 'strength:wins', text: 'I asked for help' }));
    await put(
      draftsCollection,
      draft({
        id: 'summary:choices:tab-1',
        kind: 'summary',
        range: '3-months',
        from: null,
        to: null,
        include: { feelings: true, practices: true, goals: true },
        entryIds: ['e1'],
      }),
    );
    await renderApp('/settings/data');
    await findHeading('Your data');
    expect(
      await screen.findByText('Kept here: 1 entry, 1 set of choices for a summary, 1 unfinished piece of writing.'),
    ).toBeInTheDocument();
  });

  it("doesn't call a summary's choices writing when they are all that is kept besides an entry", async () => {
    await putEntry('e1', 'A walk by the river.', 1);
    await put(
      draftsCollection,
      draft({
        id: 'summary:choices:tab-1',
        kind: 'summary',
        range: '4-weeks',
        from: null,
        to: null,
        include: { feelings: true, practices: false, goals: true },
        entryIds: [],
      }),
    );
    await renderApp('/settings/data');
    await findHeading('Your data');
    expect(await screen.findByText(/^Kept here: /)).toHaveTextContent('Kept here: 1 entry, 1 set of choices for a summary.');
  });
});
