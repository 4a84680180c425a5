import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyImport, planImport } from '../../src/storage/backup/backup-merge';
import { readBackupText } from '../../src/storage/backup/backup-read';
import { exportEverything } from '../../src/storage/backup/backup';
import { journalCollection } from '../../src/storage/collections/journal';
import { isLockPassphrase, resetLockForTests, setPassphrase } from '../../src/storage/lock/lock-session';
import { deleteEverything } from '../../src/storage/device/wipe';
import {
  isProtectedBackup,
  openProtectedBackup,
  protectBackup,
  ProtectedBackupError,
} from '../../src/storage/lock/protected-backup';

const BACKUP = JSON.stringify({
  app: 'mend',
  format: 1,
  exportedAt: '2026-11-05T10:00:00.000Z',
  collections: { journal: [{ id: 'a', text: 'Words with accents: café, naïve, 😊, and a "quote".' }] },
});
const PASSPHRASE = 'the long way home';

async function reasonFor(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ProtectedBackupError) return error.reason;
    throw error;
  }
  throw new Error('it opened');
}

/** The file with one byte of a base64 field changed. */
function withChangedByte(file: string, field: (p: Record<string, unknown>) => [Record<string, unknown>, string]): string {
  const parsed = JSON.parse(file) as { protected: Record<string, unknown> };
  const [holder, key] = field(parsed.protected);
  const bytes = Uint8Array.from(atob(holder[key] as string), (c) => c.charCodeAt(0));
  bytes[Math.floor(bytes.length / 2)]! ^= 0x10;
  holder[key] = btoa(String.fromCharCode(...bytes));
  return JSON.stringify(parsed);
}

describe('backups protected with a passphrase', () => {
  it('gives back exactly the backup text with the right passphrase, and none of its words in the file', async () => {
    const file = await protectBackup(BACKUP, PASSPHRASE);

    expect(JSON.parse(file)).toMatchObject({
      app: 'mend',
      format: 1,
      protected: { kdf: 'PBKDF2-SHA256', iterations: 600_000, cipher: 'AES-256-GCM' },
    });
    expect(file).not.toContain('accents');
    expect(isProtectedBackup(file)).toBe(true);
    expect(isProtectedBackup(BACKUP)).toBe(false);
    expect(await openProtectedBackup(file, PASSPHRASE)).toBe(BACKUP);
  });

  it('uses a fresh salt and IV each time', async () => {
    const [one, two] = await Promise.all([protectBackup(BACKUP, PASSPHRASE), protectBackup(BACKUP, PASSPHRASE)]);
    const a = (JSON.parse(one) as { protected: Record<string, string> }).protected;
    const b = (JSON.parse(two) as { protected: Record<string, string> }).protected;
    expect(a.salt).not.toBe(b.salt);
    expect(a.iv).not.toBe(b.iv);
    expect(a.data).not.toBe(b.data);
  });

  it('says a wrong passphrase is wrong', async () => {
    const file = await protectBackup(BACKUP, PASSPHRASE);
    expect(await reasonFor(openProtectedBackup(file, 'the long way round'))).toBe('wrong-passphrase');
  });

  it('says the file was changed when one byte of the backup inside differs, and gives back nothing', async () => {
    const file = await protectBackup(BACKUP, PASSPHRASE);
    expect(await reasonFor(openProtectedBackup(withChangedByte(file, (p) => [p, 'data']), PASSPHRASE))).toBe('damaged');
    expect(await reasonFor(openProtectedBackup(withChangedByte(file, (p) => [p, 'iv']), PASSPHRASE))).toBe('damaged');
  });

  it('says the file was changed when it is cut short', async () => {
    const file = await protectBackup(BACKUP, PASSPHRASE);
    const parsed = JSON.parse(file) as { protected: { data: string } };
    parsed.protected.data = parsed.protected.data.slice(0, 20);
    expect(await reasonFor(openProtectedBackup(JSON.stringify(parsed), PASSPHRASE))).toBe('damaged');
    expect(await reasonFor(openProtectedBackup(file.slice(0, file.length - 30), PASSPHRASE))).toBe('not-protected');
  });

  it('counts a changed salt or check as a passphrase that does not open it', async () => {
    const file = await protectBackup(BACKUP, PASSPHRASE);
    expect(await reasonFor(openProtectedBackup(withChangedByte(file, (p) => [p, 'salt']), PASSPHRASE))).toBe('wrong-passphrase');
    const check = (p: Record<string, unknown>) => [p.check as Record<string, unknown>, 'data'] as [Record<string, unknown>, string];
    expect(await reasonFor(openProtectedBackup(withChangedByte(file, check), PASSPHRASE))).toBe('wrong-passphrase');
  });

  it('tells a plain backup, another file or a newer format apart from a protected one', async () => {
    const file = JSON.parse(await protectBackup(BACKUP, PASSPHRASE)) as Record<string, unknown>;
    expect(await reasonFor(openProtectedBackup(BACKUP, PASSPHRASE))).toBe('not-protected');
    expect(await reasonFor(openProtectedBackup('not json at all', PASSPHRASE))).toBe('not-protected');
    expect(await reasonFor(openProtectedBackup(JSON.stringify({ ...file, app: 'other' }), PASSPHRASE))).toBe('not-protected');
    expect(await reasonFor(openProtectedBackup(JSON.stringify({ ...file, format: 2 }), PASSPHRASE))).toBe('unsupported');
    const argon = { ...file, protected: { ...(file.protected as object), kdf: 'Argon2id' } };
    expect(await reasonFor(openProtectedBackup(JSON.stringify(argon), PASSPHRASE))).toBe('unsupported');
  });

  it('refuses settings that would hold the device for minutes, or a field that is not base64', async () => {
    const file = JSON.parse(await protectBackup(BACKUP, PASSPHRASE)) as { protected: Record<string, unknown> };
    const huge = { ...file, protected: { ...file.protected, iterations: 1e12 } };
    expect(await reasonFor(openProtectedBackup(JSON.stringify(huge), PASSPHRASE))).toBe('damaged');
    const weak = { ...file, protected: { ...file.protected, iterations: 1000 } };
    expect(await reasonFor(openProtectedBackup(JSON.stringify(weak), PASSPHRASE))).toBe('damaged');
    const notBase64 = { ...file, protected: { ...file.protected, data: '<script>' } };
    expect(await reasonFor(openProtectedBackup(JSON.stringify(notBase64), PASSPHRASE))).toBe('damaged');
  });
});

// jsdom gives import.meta.url an http: scheme, so the path is taken from the project root.
const FIXTURE = readFileSync(join(process.cwd(), 'tests/fixtures/protected-backup.json'), 'utf8');
const FIXTURE_PASSPHRASE = 'a lantern by the window';

describe('bringing a protected backup in', () => {
  afterEach(() => resetLockForTests());

  it('opens a file this version protected (the fixture) with its passphrase, and reads it as any backup', async () => {
    const reading = readBackupText(FIXTURE);
    expect(reading).toMatchObject({ ok: false, isProtected: true });
    expect(FIXTURE).not.toContain('lantern');

    const inner = readBackupText(await openProtectedBackup(FIXTURE, FIXTURE_PASSPHRASE));
    if (!inner.ok) throw new Error(inner.reason);
    await applyImport(await planImport(inner.contents), { bringBackDeleted: false });
    expect(await journalCollection.get('fixture-entry')).toMatchObject({
      status: 'found',
      record: { text: 'The lantern by the window stayed lit all night.' },
    });
  });

  it('with a wrong passphrase opens nothing and stores nothing', async () => {
    expect(await reasonFor(openProtectedBackup(FIXTURE, 'a lantern by the door'))).toBe('wrong-passphrase');
    expect(await journalCollection.loadAll()).toEqual([]);
  });

  it('round trip: export with the lock on, protect, delete everything, open and import: every record comes back', async () => {
    const entry = { ...journalCollection.create({ id: 'kept', text: 'Words worth carrying to a new phone.' }), updatedAt: '2026-11-02T10:00:00.000Z' };
    await journalCollection.write(entry, null);
    await setPassphrase(PASSPHRASE);
    expect(await isLockPassphrase('not the one')).toBe(false);
    expect(await isLockPassphrase(PASSPHRASE)).toBe(true);

    const file = await protectBackup((await exportEverything()).text, PASSPHRASE);
    expect(file).not.toContain('carrying');
    await deleteEverything();
    await resetLockForTests();

    const inner = readBackupText(await openProtectedBackup(file, PASSPHRASE));
    if (!inner.ok) throw new Error(inner.reason);
    await applyImport(await planImport(inner.contents), { bringBackDeleted: false });
    expect(await journalCollection.get('kept')).toEqual({ status: 'found', record: entry });
  });
});
