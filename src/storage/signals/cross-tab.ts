// Tells every part of the app, in this tab and in other open tabs, that a record
// changed, so each screen shows the same thing. The channel name is frozen:
// tabs of different versions must still hear each other.
import { dropEverythingHere } from './wipe-gate';

export type ChangeNotice = {
  collection: string;
  id: string;
  /** 'reload': many records changed at once (an import): read the collection again. */
  op: 'put' | 'delete' | 'clear' | 'reload' | 'wiped';
  /** For a put: the version written, so a listener that already has it needn't read. */
  updatedAt?: string;
  origin: 'this-tab' | 'other-tab';
};
type Listener = (notice: ChangeNotice) => void;

const CHANNEL = 'mend-storage';
const listeners = new Set<Listener>();
/** Told when another tab locked: every tab locks together (the lock listens). */
const lockListeners = new Set<() => void>();
let channel: BroadcastChannel | null = null;
/** Told when another tab has dropped what it held, ready for everything to be deleted. */
const dropListeners = new Set<(wipe: unknown) => void>();
/** A tab that was asked to drop everything starts again by then, whatever happens. */
const WIPED_AT_LATEST_MS = 15_000;
/** Every open tab answers at once; this long with no new answer means all have. */
const QUIET_AFTER_LAST_ANSWER_MS = 300;
/** A tab too busy (or frozen) to answer by now is not waited for. */
const LONGEST_WAIT_MS = 3000;

function open(): BroadcastChannel | null {
  if (channel || typeof BroadcastChannel === 'undefined') return channel;
  channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<Omit<ChangeNotice, 'origin'>>) => {
    // Everything was deleted in another tab: this one starts again as new too,
    // rather than writing back what it still holds in memory.
    if (event.data.op === 'wiped') {
      location.replace('/');
      return;
    }
    const op = event.data.op as string;
    // Everything is about to be deleted in another tab: let go of it all now and
    // say so, before that tab starts, so nothing held here can be written back.
    if (op === 'wiping') {
      dropEverythingHere();
      channel?.postMessage({ op: 'dropped', wipe: (event.data as { wipe?: unknown }).wipe });
      // Should the deleting tab close before it says it's done, start again anyway.
      setTimeout(() => location.replace('/'), WIPED_AT_LATEST_MS);
      return;
    }
    if (op === 'dropped') {
      for (const listener of dropListeners) listener((event.data as { wipe?: unknown }).wipe);
      return;
    }
    // Not about any one collection: a tab's older version ignores it (no collection matches).
    if (op === 'locked') {
      for (const listener of lockListeners) listener();
      return;
    }
    const notice: ChangeNotice = { ...event.data, origin: 'other-tab' };
    for (const listener of listeners) listener(notice);
  };
  return channel;
}

export function announceChange(change: Omit<ChangeNotice, 'origin'>): void {
  open()?.postMessage(change);
  const notice: ChangeNotice = { ...change, origin: 'this-tab' };
  for (const listener of listeners) listener(notice);
}

export function onChange(listener: Listener): () => void {
  open();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** This tab locked: every other open tab locks too, so no tab keeps words on screen. */
export function announceLocked(): void {
  open()?.postMessage({ op: 'locked' });
}

export function onLockedElsewhere(listener: () => void): () => void {
  open();
  lockListeners.add(listener);
  return () => lockListeners.delete(listener);
}

export type DropRequest = {
  /**
   * Settles once no tab has answered for a moment (or, the first time, the
   * longest wait passed): every tab that will answer soon has.
   */
  quiet: () => Promise<void>;
  /** How many answers have come so far, late ones included. */
  answers: () => number;
  /** Stops listening for answers. */
  stop: () => void;
};

/**
 * Asks every other open tab to drop what it holds and write nothing more.
 * Deleting everything starts once they have said so, so no tab's pending save
 * lands after it; a tab too busy to answer in time is counted when it does.
 */
export function askOtherTabsToDrop(): DropRequest {
  const ch = open();
  if (!ch) return { quiet: () => Promise.resolve(), answers: () => 0, stop: () => undefined };
  const wipe = `${Date.now()}-${Math.random()}`;
  const startedAt = Date.now();
  let count = 0;
  let lastAnswerAt = startedAt;
  const listener = (from: unknown) => {
    if (from !== wipe) return;
    count += 1;
    lastAnswerAt = Date.now();
  };
  dropListeners.add(listener);
  ch.postMessage({ op: 'wiping', wipe });
  /** Resolves once no answer came for a moment since `since`, or at `giveUpAt`. */
  const quietSince = (since: number, giveUpAt: number) =>
    new Promise<void>((resolve) => {
      const check = () => {
        const now = Date.now();
        if (now - Math.max(lastAnswerAt, since) >= QUIET_AFTER_LAST_ANSWER_MS || now >= giveUpAt) resolve();
        else setTimeout(check, QUIET_AFTER_LAST_ANSWER_MS / 3);
      };
      check();
    });
  let isFirst = true;
  return {
    quiet: () => {
      // Only the first wait gives up on a tab still answering; later ones wait for quiet.
      const wait = isFirst ? quietSince(startedAt, startedAt + LONGEST_WAIT_MS) : quietSince(Date.now(), Infinity);
      isFirst = false;
      return wait;
    },
    answers: () => count,
    stop: () => {
      dropListeners.delete(listener);
    },
  };
}
