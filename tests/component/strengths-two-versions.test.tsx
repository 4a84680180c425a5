import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { strengthsCollection } from '../../src/storage/collections/strengths';
import { nextUpdatedAt } from '../../src/storage/engine/record-fields';
import { strengthRecords } from '../../src/state/strengths';
import { findHeading, renderApp } from '../support/render-app';

const stored = async () => (await strengthsCollection.loadAll()).map((s) => s.text).sort();

describe('a line of the strengths lists changed in two places', () => {
  it('shows the other version by the list, and Keep both keeps each as its own line', async () => {
    await strengthsCollection.write(strengthsCollection.create({ id: 'w', list: 'wins', text: 'Got up' }), null);
    const { user } = await renderApp('/strengths');
    await findHeading('Strengths and kindnesses');
    expect(await screen.findByRole('textbox', { name: 'A win 1' })).toHaveValue('Got up');

    // Another tab stores its words first; this tab's retyping then meets them.
    const opened = strengthRecords.getState().records.get('w')!;
    await strengthsCollection.write({ ...opened, text: 'Got up early', updatedAt: nextUpdatedAt(opened.updatedAt) }, opened.updatedAt);
    void strengthRecords.save(
      { ...opened, text: 'Got up and ate', updatedAt: nextUpdatedAt(opened.updatedAt) },
      { base: { version: opened.updatedAt, record: opened } },
    );

    const choice = await screen.findByRole('alert', { name: 'This win was changed in two places' });
    expect(choice).toHaveTextContent('Got up early');
    expect(screen.getByRole('textbox', { name: 'A win 1' })).toHaveValue('Got up and ate');
    await user.click(screen.getByRole('button', { name: 'Keep both' }));

    await waitFor(async () => expect(await stored()).toEqual(['Got up and ate', 'Got up early']));
    expect(await screen.findByRole('textbox', { name: 'A win 2' })).toBeInTheDocument();
    expect(screen.queryByRole('alert', { name: 'This win was changed in two places' })).toBeNull();
  });
});
