// Tells every part of the app, in this tab and in other open tabs, that a record
// changed, so each screen shows the same thing. The channel name is frozen:
// tabs of different versions must still hear each other.
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
    // Not about any one collection: a tab's older version ignores it (no collection matches).
    if ((event.data.op as string) === 'locked') {
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
