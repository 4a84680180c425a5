import { readFileSync } from 'node:fs';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ParsedEntry, ParsedImport } from '../../src/features/imports/formats/parsed';
import { applyPrepared, planPrepared } from '../../src/features/imports/import-apply';
import { ImportPreview } from '../../src/features/imports/import-preview';
import { prepareImport } from '../../src/features/imports/import-records';
import { journalCollection } from '../../src/storage/collections/journal';
import { findHeading, renderApp } from '../support/render-app';

// jsdom's File has no arrayBuffer() (browsers and workers do); read it as a browser would.
if (!('arrayBuffer' in Blob.prototype)) {
  Object.defineProperty(Blob.prototype, 'arrayBuffer', {
    value(this: Blob) {
      return new Promise<ArrayBuffer>((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as ArrayBuffer);
        reader.onerror = () => reject(reader.error);
        reader.readAsArrayBuffer(this);
      });
    },
  });
}

const day = (n: number, moodName: string): ParsedEntry => ({
  sourceId: `2024-03-0${n} 21:40`,
  createdAt: `2024-03-0${n}T21:40:00.000Z`,
  updatedAt: `2024-03-0${n}T21:40:00.000Z`,
  text: `Day ${n}`,
  tags: ['walk'],
  moodName,
});

const daylio = (entries: ParsedEntry[], skipped: ParsedImport['skipped'] = []): ParsedImport => ({
  source: 'daylio',
  entries,
  moods: [
    { name: 'on top of it', group: 1 },
    { name: 'meh', group: 3 },
  ],
  skipped,
  leftOut: { photos: 0 },
});

describe('the preview of another app’s file', () => {
  it('counts what is new and already here, maps each mood (changeable), and brings in the rest only once the person agrees to leave unreadable rows out', async () => {
    const first = prepareImport(daylio([day(1, 'meh')]), 'import-1');
    await applyPrepared(await planPrepared(first), first, { mapping: {}, bringBackDeleted: false, files: ['old.csv'] });
    const prepared = prepareImport(
      daylio([day(1, 'meh'), day(2, 'on top of it'), day(3, 'meh'), day(4, 'meh')], [{ where: 'row 7', reason: "the date couldn't be read" }]),
      'import-2',
    );
    const plan = await planPrepared(prepared);
    const onApply = vi.fn();
    const user = userEvent.setup();

    render(<ImportPreview prepared={prepared} plan={plan} fileCount={1} onApply={onApply} onCancel={() => {}} />);

    const preview = screen.getByRole('group', { name: 'What this Daylio file would bring in' });
    expect(within(preview).getByText('This Daylio file adds 3 entries, 1 is already here.')).toBeInTheDocument();
    expect(within(preview).getByRole('combobox', { name: '“on top of it” (1 entry)' })).toHaveValue('9');
    expect(within(preview).getByRole('combobox', { name: '“meh” (3 entries)' })).toHaveValue('5');
    expect(within(preview).getByText("row 7: the date couldn't be read")).toBeInTheDocument();
    const bringIn = within(preview).getByRole('button', { name: 'Bring them in' });
    expect(bringIn).toBeDisabled();

    await user.selectOptions(within(preview).getByRole('combobox', { name: '“on top of it” (1 entry)' }), '10');
    await user.click(within(preview).getByRole('checkbox', { name: 'Bring in the rest, leaving these out' }));
    await user.click(bringIn);

    expect(onApply).toHaveBeenCalledWith({ mapping: { 'on top of it': 10, meh: 5 }, bringBackDeleted: false });
  });

  it('says plainly when a file holds only what is already here, offering only to close', async () => {
    const prepared = prepareImport(daylio([day(1, 'meh')]), 'import-1');
    await applyPrepared(await planPrepared(prepared), prepared, { mapping: {}, bringBackDeleted: false, files: ['a.csv'] });
    const again = prepareImport(daylio([day(1, 'meh')]), 'import-2');

    render(<ImportPreview prepared={again} plan={await planPrepared(again)} fileCount={1} onApply={() => {}} onCancel={() => {}} />);

    expect(screen.getByText('Everything in this Daylio file is already here (1 entry), so nothing would change.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Bring them in' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Close' })).toBeInTheDocument();
  });
});

describe('Bring in from another app, on Your data', () => {
  it('says which apps it reads, and refuses a file it cannot read in one sentence, changing nothing', async () => {
    await journalCollection.write(journalCollection.create({ id: 'mine', text: 'Written here.' }), null);
    const { user } = await renderApp('/settings/data');
    await findHeading('Your data');

    const section = screen.getByRole('region', { name: 'Bring in from another app' });
    expect(within(section).getByText('Daylio: the CSV export, or a .daylio backup')).toBeInTheDocument();
    expect(within(section).getByText('Day One: the JSON export (a .zip)')).toBeInTheDocument();
    await user.upload(within(section).getByLabelText('Choose files to bring in'), new File(['{"nothing": "here"}'], 'notes.json'));

    const refusal = await within(section).findByRole('alert', {}, { timeout: 5000 });
    expect(refusal.textContent).toMatch(/so nothing was changed\.$/);
    expect(await journalCollection.loadAll()).toHaveLength(1);
  });

  it('reads a Day One ZIP chosen there, says how many photos stay behind and which entry was left out, and brings the rest in once agreed', async () => {
    const { user } = await renderApp('/settings/data');
    await findHeading('Your data');
    const section = screen.getByRole('region', { name: 'Bring in from another app' });
    const zip = new File([readFileSync('tests/fixtures/imports/dayone-export.zip')], 'dayone-export.zip', { type: 'application/zip' });

    await user.upload(within(section).getByLabelText('Choose files to bring in'), zip);

    const preview = await within(section).findByRole('group', { name: 'What this Day One file would bring in' }, { timeout: 5000 });
    expect(within(preview).getByText('This Day One file adds 3 entries.')).toBeInTheDocument();
    expect(within(preview).getByText(/^2 photos will be left out/)).toBeInTheDocument();
    expect(within(preview).getByText(/^2 entries in the file can't come in/)).toBeInTheDocument();
    expect(within(preview).getByText("Journal.json, entry 3: it holds only photos, which Mend doesn't bring in")).toBeInTheDocument();
    await user.click(within(preview).getByRole('checkbox', { name: 'Bring in the rest, leaving these out' }));
    await user.click(within(preview).getByRole('button', { name: 'Bring them in' }));

    expect(await within(section).findByText('Done: 3 entries from this Day One file are in your journal.')).toBeInTheDocument();
    const entries = await journalCollection.loadAll();
    expect(entries.map((entry) => entry.source?.app)).toEqual(['dayone', 'dayone', 'dayone']);
    expect(entries.find((entry) => entry.text.includes('tomatoes'))?.tags).toEqual(['morning', 'garden', 'starred']);
  });

  it('removes what came from one import as a whole once the person confirms, then stops offering it', async () => {
    await journalCollection.write(journalCollection.create({ id: 'mine', text: 'Written here.' }), null);
    const prepared = prepareImport(daylio([day(1, 'meh'), day(2, 'meh')]), 'import-1');
    await applyPrepared(await planPrepared(prepared), prepared, { mapping: { meh: 5 }, bringBackDeleted: false, files: ['daylio_export.csv'] });
    const { user } = await renderApp('/settings/data');
    await findHeading('Your data');

    const section = screen.getByRole('region', { name: 'Bring in from another app' });
    expect(within(section).getByText(/^From Daylio \(daylio_export\.csv\): 2 entries, brought in on /)).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Remove what came from this Daylio file' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove what came from this Daylio file?' });
    await user.click(within(dialog).getByRole('button', { name: 'Remove them' }));

    expect(await within(section).findByText('Removed 2 entries that came from this Daylio file.')).toBeInTheDocument();
    expect((await journalCollection.loadAll()).map((entry) => entry.id)).toEqual(['mine']);
    await waitFor(() => expect(within(section).queryByRole('button', { name: 'Remove what came from this Daylio file' })).toBeNull());
  });

  it('keeps an import when the person says so, and then offers no undo for it', async () => {
    const prepared = prepareImport(daylio([day(1, 'meh')]), 'import-1');
    await applyPrepared(await planPrepared(prepared), prepared, { mapping: { meh: 5 }, bringBackDeleted: false, files: ['daylio_export.csv'] });
    const { user } = await renderApp('/settings/data');
    await findHeading('Your data');

    await user.click(screen.getByRole('button', { name: 'Keep them' }));

    expect(await screen.findByText('Kept. The 1 entry stays in your journal.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Remove what came from this Daylio file' })).toBeNull();
    expect(await journalCollection.loadAll()).toHaveLength(1);
  });
});
