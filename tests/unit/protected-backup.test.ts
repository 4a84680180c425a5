import { describe, expect, it } from 'vitest';
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
