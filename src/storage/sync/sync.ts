// The one door the "Your devices" screen uses for sync: turning it on and off,
// the key, syncing with a folder (or files carried by hand), the devices seen.
// Each device writes only its own sealed file and reads every other one,
// merging it in through the same write path as an import.
// See docs/decisions/018 (the file, the key, the merge) and 019 (the target).

/** How this device is set up to sync; null when sync is off. */
export type SyncSetup = {
  deviceId: string;
  deviceName: string;
  /** Where the key comes from: a sync passphrase of its own, or the lock's passphrase. */
  keyFrom: 'passphrase' | 'lock';
  /** The key isn't known in this session (or is kept under a closed lock): the passphrase must be typed again. */
  needsPassphrase: boolean;
};

/** Turning sync on: a passphrase of its own, or the lock's (typed once, checked against the lock). */
export type TurnOnChoice =
  | { deviceName: string; passphrase: string }
  | { deviceName: string; useLock: true; passphrase: string };

export type SyncSkipped = {
  /** The file's name in the folder (or as brought in by hand). */
  fileName: string;
  /** The device that wrote it, when known (a file that can't be opened doesn't say). */
  deviceName: string | null;
  /** One calm sentence: which file, why, and that nothing changed. */
  reason: string;
};

export type SyncReport = {
  /** What each other device's file brought, in words: "3 journal entries and 1 goal". */
  brought: { deviceName: string; words: string }[];
  skipped: SyncSkipped[];
  /** Nothing came in and nothing was skipped. */
  nothingNew: boolean;
};

export type SyncDevice = {
  id: string;
  name: string;
  /** When that device last wrote its file (this device: when it last wrote its own); null if never. */
  lastWroteAt: string | null;
  /** What the last sync brought from it, in words ("3 journal entries and 1 goal"), or null. */
  lastBrought: string | null;
  isThis: boolean;
};
