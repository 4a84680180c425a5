// When the person last saved a backup, and when they last set aside the
// reminder to make one: two times in localStorage, read without waiting. Both
// keys are frozen; deleting everything clears them.
import { registerDeviceStore } from '../signals/registry';
import { areWritesStopped } from '../signals/wipe-gate';

const LAST_BACKUP = 'mend-last-backup';
const REMINDER_SET_ASIDE = 'mend-backup-reminder-set-aside';

function readTime(key: string): Date | null {
  try {
    const value = localStorage.getItem(key);
    const time = value ? Date.parse(value) : Number.NaN;
    return Number.isNaN(time) ? null : new Date(time);
  } catch {
    return null;
  }
}

function writeTime(key: string, at: Date): void {
  if (areWritesStopped()) return;
  try {
    localStorage.setItem(key, at.toISOString());
  } catch {
    // Without localStorage the reminder simply can't remember; nothing is lost.
  }
}

export const backupHistory = {
  lastBackupAt: () => readTime(LAST_BACKUP),
  noteBackup: (at = new Date()) => writeTime(LAST_BACKUP, at),
  reminderSetAsideAt: () => readTime(REMINDER_SET_ASIDE),
  setReminderAside: (at = new Date()) => writeTime(REMINDER_SET_ASIDE, at),
};

const DAY_MS = 86_400_000;

/** A quiet reminder is due: there is something to lose, no backup in 30 days, not set aside this week. */
export function isBackupReminderDue(hasData: boolean, now = new Date()): boolean {
  if (!hasData) return false;
  const last = backupHistory.lastBackupAt();
  if (last && now.getTime() - last.getTime() < 30 * DAY_MS) return false;
  const setAside = backupHistory.reminderSetAsideAt();
  return !setAside || now.getTime() - setAside.getTime() >= 7 * DAY_MS;
}

registerDeviceStore({
  name: 'backup history',
  clear: () => {
    try {
      localStorage.removeItem(LAST_BACKUP);
      localStorage.removeItem(REMINDER_SET_ASIDE);
    } catch {
      // Nothing stored where there is no localStorage.
    }
  },
});
