// A backup sealed with the lock's passphrase, for Your data's "Keep a copy".
// The passphrase is checked against the lock first: a file sealed with a typo
// could never be opened again. Loaded only when such a backup is made.
import { downloadBackup, type ExportReport } from '../backup/backup';
import { isLockPassphrase } from './lock-session';
import { protectBackup } from './protected-backup';

/** Saves a protected backup; 'wrong' when the passphrase isn't the lock's (no file is made). */
export async function downloadProtectedBackup(passphrase: string): Promise<ExportReport | 'wrong'> {
  if (!(await isLockPassphrase(passphrase))) return 'wrong';
  return downloadBackup((text) => protectBackup(text, passphrase));
}
