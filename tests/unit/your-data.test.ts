import { describe, expect, it } from 'vitest';
import { journalAsMarkdown } from '../../src/features/settings/journal-markdown';
import { deletedHereWords, planSummary, resultWords } from '../../src/features/settings/import-words';
import type { ImportPlan } from '../../src/storage/backup/backup-merge';
import { journalCollection, type JournalEntry } from '../../src/storage/collections/journal';
import { backupHistory, isBackupReminderDue } from '../../src/storage/device/backup-history';
import { rescuePut } from '../../src/storage/engine/rescue';
import { deleteEverything } from '../../src/storage/device/wipe';

const DAY = 86_400_000;

function entry(fields: Partial<JournalEntry> & { id: string; text: string; createdAt: string }): JournalEntry {
  return { ...journalCollection.create({ id: fields.id, text: fields.text }), ...fields, updatedAt: fields.createdAt };
}

describe('the journal as a Markdown file', () => {
  it('lists entries newest first under a heading per day, with time, mood, tags and where each came from', () => {
    const text = journalAsMarkdown(
      [
        entry({ id: 'a', text: 'A quiet walk.', createdAt: '2026-11-20T09:30:00.000Z', tags: ['walking'] }),
        entry({
          id: 'b',
          text: 'She said she missed me.',
          createdAt: '2026-11-21T19:05:00.000Z',
          mood: 7,
          link: { kind: 'practice', moduleId: 'reconnection', stepId: 'let-the-kindness-in', runId: 'r', prompt: 'What did someone say?' },
        }),
        entry({ id: 'c', text: 'Finished it.', createdAt: '2026-11-21T08:00:00.000Z', link: { kind: 'goal', goalId: 'g', goalTitle: 'Join the choir' } }),
      ],
      new Date('2026-11-23T10:00:00.000Z'),
      'en-GB',
    );

    expect(text.startsWith('# My Mend journal\n')).toBe(true);
    expect(text).toContain('3 entries, newest first.');
    const order = ['She said she missed me.', 'Finished it.', 'A quiet walk.'].map((words) => text.indexOf(words));
    expect(order).toEqual([...order].sort((x, y) => x - y));
    expect(text).toMatch(/## Saturday,? 21 November 2026/);
    expect(text).toMatch(/### \d?\d:\d\d · Mood 7 of 10/);
    expect(text).toContain('Tags: walking');
    expect(text).toContain('*From the practice “Reach for connection”, step “Let the kindness in”. The question: “What did someone say?”*');
    expect(text).toContain('*About the goal “Join the choir”*');
  });

  it('writes words that look like code or Markdown as plain text, escaped (tests/unit/backup-markdown.test.ts renders it)', () => {
    const words = '<script>alert(1)</script> and **not bold**';
    const text = journalAsMarkdown([entry({ id: 'x', text: words, createdAt: '2026-11-20T09:30:00.000Z' })], new Date(), 'en');
    expect(text).toContain('\\<script\\>alert(1)\\</script\\> and \\*\\*not bold\\*\\*');
  });
});

describe('the import preview', () => {
  const label = { one: 'entry', many: 'entries' };
  const part = (fields: Partial<ImportPlan['collections'][number]>) => ({
    name: 'journal',
    label,
    adds: [],
    updates: [],
    alreadyHere: 0,
    deletedHere: [],
    removes: [],
    tombstones: [],
    skipped: [],
    ...fields,
  });
  const record = { schemaVersion: 1, id: 'r', createdAt: '', updatedAt: '' };

  it('says a backup that is all here already would change nothing', () => {
    expect(planSummary({ collections: [part({ alreadyHere: 40 })], unknown: [], exportedAt: null })).toBe(
      'Everything in this backup is already here (40), so nothing would change.',
    );
  });

  it('names what was deleted here, and that it stays deleted unless asked', () => {
    expect(deletedHereWords({ collections: [part({ deletedHere: [record, record] })], unknown: [], exportedAt: null })).toBe(
      'It also has 2 entries you deleted on this device. They stay deleted unless you choose to bring them back.',
    );
  });

  it('says what was done, plainly', () => {
    expect(resultWords({ added: 12, updated: 2, restored: 0, removed: 1 })).toBe(
      'Done: added 12, updated 2 and removed 1 deleted on the other device. Everything else was already here.',
    );
  });
});

describe('the backup reminder', () => {
  const now = new Date('2026-11-23T10:00:00.000Z');

  it('is due only when there is something to lose and no backup in 30 days', () => {
    expect(isBackupReminderDue(false, now)).toBe(false);
    expect(isBackupReminderDue(true, now)).toBe(true);
    backupHistory.noteBackup(new Date(now.getTime() - 29 * DAY));
    expect(isBackupReminderDue(true, now)).toBe(false);
    backupHistory.noteBackup(new Date(now.getTime() - 31 * DAY));
    expect(isBackupReminderDue(true, now)).toBe(true);
  });

  it('stays away for a week once it is set aside, then may come back', () => {
    backupHistory.setReminderAside(new Date(now.getTime() - 6 * DAY));
    expect(isBackupReminderDue(true, now)).toBe(false);
    backupHistory.setReminderAside(new Date(now.getTime() - 8 * DAY));
    expect(isBackupReminderDue(true, now)).toBe(true);
  });
});

describe('deleting everything', () => {
  it('also clears what is kept outside the collections: rescued copies and the backup history', async () => {
    rescuePut('journal', 'late', { id: 'late' }, null);
    backupHistory.noteBackup();
    await deleteEverything();
    expect(Object.keys(localStorage).filter((key) => key.startsWith('mend-'))).toEqual([]);
  });
});

describe('looking over what is kept', () => {
  const mendDatabases = async () =>
    (await indexedDB.databases()).map((database) => database.name).filter((name) => name?.startsWith('mend-') && name !== 'mend-probe');

  it('on a fresh device, counting and checking every collection creates no databases', async () => {
    const { storageFacts } = await import('../../src/storage/device/persistence');
    const { checkAllCollections } = await import('../../src/storage/device/set-aside');
    const facts = await storageFacts();
    await checkAllCollections();
    expect(facts.counts.every((c) => c.count === 0)).toBe(true);
    expect(await mendDatabases()).toEqual([]);
  });

  it('on a fresh device, a screen reading its records finds none and creates no databases, until the first save', async () => {
    const { journalCollection: journal } = await import('../../src/storage/collections/journal');
    const { progressCollection } = await import('../../src/storage/collections/progress');
    const { completionsCollection } = await import('../../src/storage/collections/completions');
    expect(await progressCollection.loadAll()).toEqual([]);
    expect(await completionsCollection.loadAll()).toEqual([]);
    expect((await journal.get('never-written')).status).toBe('missing');
    expect(await mendDatabases()).toEqual([]);

    await journal.write(journalCollection.create({ id: 'first', text: 'The first words.' }), null);
    expect(await mendDatabases()).toEqual(['mend-journal']);
    expect((await journal.loadAll()).map((e) => e.text)).toEqual(['The first words.']);
  });

  it('still counts and checks what is stored, and what a closing page left behind', async () => {
    const { storageFacts } = await import('../../src/storage/device/persistence');
    const { journalCollection: journal } = await import('../../src/storage/collections/journal');
    await journal.write(journalCollection.create({ id: 'kept', text: 'Kept.' }), null);
    rescuePut('goals', 'rescued', { not: 'a goal' }, null);
    const counts = Object.fromEntries((await storageFacts()).counts.map((c) => [c.name, c.count]));
    expect(counts.journal).toBe(1);
    expect(await mendDatabases()).toEqual(expect.arrayContaining(['mend-journal', 'mend-goals']));
  });
});
