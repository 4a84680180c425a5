// The lock while this page is open: setting, changing and removing the
// passphrase, unlocking, locking (by hand, after idle time, or because another
// tab changed the lock), and the pass that seals or opens every record.
// The data keys live only in this module's memory, never in React or zustand
// state; locking drops them, and every record read with them, after writing
// what waits to be written. Loaded only when the lock is used.
import { flushLeaveNow } from '../../lib/on-leave';
import { backendFor } from '../backends/backends';
import { announceLocked, onChange, onLockedElsewhere } from '../signals/cross-tab';
import { askStoresToFlush, askStoresToForget } from '../signals/store-notices';
import { forgetAllRescued } from '../engine/rescue';
import { setSealer, type Sealer } from '../engine/sealing';
import { storageStatus } from '../signals/storage-status';
import {
  createSealer,
  deriveKey,
  importDataKey,
  KDF_ITERATIONS,
  newDataKeyBytes,
  randomBytes,
  SALT_BYTES,
  unwrapDataKeyBytes,
  wrapDataKey,
  type DataKey,
  type WrappedKey,
} from './lock-crypto';
import { markSettingLock, readLockFlag, lockState, writeLockFlag, type LockFlag } from './lock-flag';
import { deleteParams, LOCK_STORE, newParams, readParams, writeParams, type LockParams } from './lock-params';
import { countUnsealed, passOver, runPass } from './lock-pass';
import { bringPlanToChoice } from './plan-sealing';

/** The idle times a person can choose, in minutes (0: never). */
export const IDLE_CHOICES = [0, 1, 5, 15] as const;
export const DEFAULT_IDLE_MINUTES = 5;

type Session = { keys: DataKey[]; sealer: Sealer; params: LockParams; gen: number };

let session: Session | null = null;
let pass: Promise<void> | null = null;
/** Records other tabs wrote while this one holds the key, being sealed. */
let sealingOthers: Promise<void> = Promise.resolve();
let isStopping = false;

export class LockProblem extends Error {
  constructor(readonly problem: 'no-storage' | 'unreadable' | 'not-open') {
    super(
      problem === 'no-storage'
        ? 'This browser is not keeping what Mend saves, so a lock could not keep anything either.'
        : problem === 'unreadable'
          ? "The lock's settings on this device can't be read."
          : 'The lock is not open.',
    );
    this.name = 'LockProblem';
  }
}

/** The data keys, with their bytes, if this passphrase opens the first (which is how a wrong one is known). */
async function unwrapAll(passphrase: string, params: LockParams) {
  const wrapping = await deriveKey(passphrase, params.kdf.salt, params.kdf.iterations);
  const [first, ...rest] = params.keys as [WrappedKey, ...WrappedKey[]];
  let firstBytes: Uint8Array<ArrayBuffer>;
  try {
    firstBytes = await unwrapDataKeyBytes(wrapping, first);
  } catch {
    return null;
  }
  const others = await Promise.all(
    rest.map((wrapped) =>
      unwrapDataKeyBytes(wrapping, wrapped).then(
        (bytes) => ({ id: wrapped.id, bytes }),
        // A damaged older key: the records it sealed stay as they are, listed as unreadable.
        () => null,
      ),
    ),
  );
  return [{ id: first.id, bytes: firstBytes }, ...others.filter((key) => key !== null)];
}

const importAll = (raw: { id: string; bytes: Uint8Array<ArrayBuffer> }[]) =>
  Promise.all(raw.map(({ id, bytes }) => importDataKey(id, bytes)));

async function storedParams(): Promise<LockParams | null> {
  const params = await readParams();
  if (params === 'unreadable') throw new LockProblem('unreadable');
  return params;
}

function start(keys: DataKey[], params: LockParams): Session {
  const sealer = createSealer(keys);
  session = { keys, sealer, params, gen: readLockFlag()?.gen ?? 0 };
  setSealer(sealer, params.target === 'sealed');
  listenToOtherTabs();
  return session;
}

/** Opens the lock with this passphrase; 'wrong' changes nothing at all. */
export async function unlock(passphrase: string): Promise<'opened' | 'wrong'> {
  if (session) return 'opened';
  const params = await storedParams();
  if (params === null) {
    // A flag without parameters: the lock was never finished being set, so nothing is sealed by it.
    writeLockFlag(null);
    setSealer(null, false);
    askStoresToForget();
    lockState.setState({ status: 'off' });
    return 'opened';
  }
  const raw = await unwrapAll(passphrase, params);
  if (!raw) return 'wrong';
  start(await importAll(raw), params);
  // Every screen reads again, now with the key.
  askStoresToForget();
  lockState.setState({ status: 'open' });
  watchIdle();
  if (params.pass === 'pending') void continuePass();
  // A switch of "open my plan without my passphrase" cut short by a closed tab
  // is finished now: the plan must open whole on the next locked night.
  void bringPlanToChoice().catch(() => undefined);
  return 'opened';
}

/** Whether this is the passphrase the lock is set with (before a backup is sealed with it: a typo would lose the file). */
export async function isLockPassphrase(passphrase: string): Promise<boolean> {
  const params = (await storedParams()) ?? session?.params;
  return params ? (await unwrapAll(passphrase, params)) !== null : false;
}

/** Sets a passphrase: every record is sealed, in one pass that goes on after a closed tab. */
export async function setPassphrase(passphrase: string): Promise<void> {
  if (readLockFlag() || session) throw new Error('A lock is already set.');
  // Until the flag is written, a page left now sets no lock: the next page in this tab says so.
  markSettingLock(true);
  try {
    await startLock(passphrase);
  } finally {
    markSettingLock(false);
  }
  await continuePass();
}

async function startLock(passphrase: string): Promise<void> {
  await backendFor(LOCK_STORE);
  if (storageStatus.getState().mode !== 'device') throw new LockProblem('no-storage');
  const salt = randomBytes(SALT_BYTES);
  const wrapping = await deriveKey(passphrase, salt, KDF_ITERATIONS);
  const fresh = newDataKeyBytes();
  const params = newParams(salt, [await wrapDataKey(wrapping, fresh.id, fresh.bytes)]);
  const keys = await importAll([fresh]);
  // The parameters first: a flag without them would ask for a passphrase nothing can check.
  await writeParams(params);
  writeLockFlag({ v: 1, state: 'on', idleMinutes: DEFAULT_IDLE_MINUTES, gen: 1 });
  forgetAllRescued();
  start(keys, params);
  lockState.setState({ status: 'open' });
  watchIdle();
}

/** A new passphrase and a new data key; every record is sealed again with it. */
export async function changePassphrase(current: string, next: string): Promise<'changed' | 'wrong'> {
  const open = requireSession();
  const params = (await storedParams()) ?? open.params;
  const raw = await unwrapAll(current, params);
  if (!raw) return 'wrong';
  await stopPass();
  const salt = randomBytes(SALT_BYTES);
  const wrapping = await deriveKey(next, salt, KDF_ITERATIONS);
  const fresh = newDataKeyBytes();
  // The old keys stay, wrapped by the new passphrase, until the pass has sealed everything again.
  const wrapped = await Promise.all([fresh, ...raw].map(({ id, bytes }) => wrapDataKey(wrapping, id, bytes)));
  const nextParams = newParams(salt, wrapped);
  await writeParams(nextParams);
  const flag = readLockFlag() ?? defaultFlag();
  // Other tabs hold the old keys: a new generation locks them.
  writeLockFlag({ ...flag, state: 'on', gen: flag.gen + 1 });
  start(await importAll([fresh, ...raw]), nextParams);
  await continuePass();
  return 'changed';
}

/** Takes the lock off: every record is opened and stored plain again, then the lock is forgotten. */
export async function removePassphrase(current: string): Promise<'removed' | 'wrong'> {
  const open = requireSession();
  const params = (await storedParams()) ?? open.params;
  if (!(await unwrapAll(current, params))) return 'wrong';
  await stopPass();
  const nextParams: LockParams = { ...params, target: 'plain', pass: 'pending' };
  await writeParams(nextParams);
  writeLockFlag({ ...(readLockFlag() ?? defaultFlag()), state: 'removing' });
  open.params = nextParams;
  // New writes are plain from now on; sealed records still open.
  setSealer(open.sealer, false);
  await continuePass();
  return 'removed';
}

/**
 * Locks: the screens go, what waits to be written is written, then the keys
 * and every record read with them are dropped. Other tabs lock too.
 */
export async function lockNow({ isFromElsewhere = false } = {}): Promise<void> {
  if (!session) return;
  lockState.setState({ status: 'locked' });
  // Let the screens unmount (their last changes reach the stores) before writing.
  await new Promise((resolve) => setTimeout(resolve, 0));
  // A pass that seals is let finish (the unlock screen shows how far it has got):
  // "locked" is said only when nothing is left readable. One that opens stops, and goes on later.
  if (session?.params.target === 'sealed') await Promise.all([pass, sealingOthers]);
  else await stopPass();
  await flushLeaveNow();
  await askStoresToFlush();
  session = null;
  setSealer(null, true);
  forgetReadRecords();
  stopIdleWatch();
  if (!isFromElsewhere) announceLocked();
}

function forgetReadRecords(): void {
  askStoresToForget();
  storageStatus.setState({ setAside: [] });
}

/**
 * How many stored values a pass begun earlier left unsealed (a tab closed in
 * the middle of it): 0 when the stored parameters say the pass is done.
 */
export async function unsealedLeft(): Promise<number> {
  const params = await storedParams();
  if (!params || params.target !== 'sealed' || params.pass === 'done') return 0;
  return countUnsealed(params.keys[0]!.id);
}

/** How long idle before the lock closes itself (0: never). */
export function setIdleMinutes(minutes: number): void {
  const flag = readLockFlag();
  if (!flag) return;
  writeLockFlag({ ...flag, idleMinutes: minutes });
  watchIdle();
}

/** Runs the pass toward what the stored parameters say; a stopped or failed pass goes on at the next unlock. */
function continuePass(): Promise<void> {
  pass ??= (async () => {
    const open = session;
    if (!open) return;
    const { target } = open.params;
    lockState.setState({ pass: { target, done: 0, total: 0 }, isPassUnfinished: false });
    let isFinished = false;
    try {
      const report = await runPass(
        target === 'sealed' ? { kind: 'sealed', keyId: open.keys[0]!.id, sealer: open.sealer } : { kind: 'plain', sealer: open.sealer },
        {
          onProgress: (done, total) => lockState.setState({ pass: { target, done, total } }),
          shouldStop: () => isStopping || session !== open,
          settleMs: 100,
        },
      );
      if (!report.isStopped) {
        await finishPass(open);
        isFinished = true;
      }
    } catch {
      // Left as it is: every record still reads with the key, and the pass goes on at the next unlock.
    } finally {
      pass = null;
      lockState.setState({ pass: null, isPassUnfinished: !isFinished && readLockFlag() !== null });
    }
  })();
  return pass;
}

async function finishPass(open: Session): Promise<void> {
  if (open.params.target === 'plain') {
    await deleteParams();
    writeLockFlag(null);
    if (session === open) session = null;
    setSealer(null, false);
    stopIdleWatch();
    lockState.setState({ status: 'off' });
    return;
  }
  const params: LockParams = { ...open.params, keys: [open.params.keys[0]!], pass: 'done' };
  await writeParams(params);
  open.params = params;
  open.keys = [open.keys[0]!];
  open.sealer = createSealer(open.keys);
  if (session === open) setSealer(open.sealer, true);
}

async function stopPass(): Promise<void> {
  if (!pass) return;
  isStopping = true;
  await pass;
  isStopping = false;
}

function requireSession(): Session {
  if (!session) throw new LockProblem('not-open');
  return session;
}

function defaultFlag(): LockFlag {
  return { v: 1, state: 'on', idleMinutes: DEFAULT_IDLE_MINUTES, gen: 0 };
}

// Idle time: any input counts as activity; a hidden tab's timers may be slowed,
// so coming back to it checks the time at once.
const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'input', 'scroll'] as const;
let lastActive = 0;
let idleTimer: ReturnType<typeof setTimeout> | null = null;
let idleLimitMs = 0;

const noteActivity = () => {
  lastActive = Date.now();
};

const checkIdle = () => {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  if (!session || idleLimitMs === 0) return;
  const idle = Date.now() - lastActive;
  if (idle >= idleLimitMs) void lockNow();
  else idleTimer = setTimeout(checkIdle, idleLimitMs - idle);
};

const onVisible = () => {
  if (document.visibilityState === 'visible') checkIdle();
};

function watchIdle(): void {
  stopIdleWatch();
  idleLimitMs = (readLockFlag()?.idleMinutes ?? 0) * 60_000;
  if (!session || idleLimitMs === 0 || typeof window === 'undefined') return;
  lastActive = Date.now();
  for (const type of ACTIVITY) window.addEventListener(type, noteActivity, { capture: true, passive: true });
  document.addEventListener('visibilitychange', onVisible);
  idleTimer = setTimeout(checkIdle, idleLimitMs);
}

function stopIdleWatch(): void {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  if (typeof window === 'undefined') return;
  for (const type of ACTIVITY) window.removeEventListener(type, noteActivity, { capture: true });
  document.removeEventListener('visibilitychange', onVisible);
}

// Other tabs: "Lock now" in one locks them all (a notice on the storage
// channel); the flag tells of a lock set, changed (a new generation) or removed elsewhere.
let isListening = false;
function listenToOtherTabs(): void {
  if (isListening) return;
  isListening = true;
  onLockedElsewhere(() => void lockNow({ isFromElsewhere: true }));
  // A tab that learns of the lock after this one set it writes what it holds
  // without the key (it has none). This tab seals it, whenever it lands, even
  // after its own pass has finished: nothing stays readable.
  onChange((notice) => {
    if (notice.origin !== 'other-tab' || notice.op !== 'put') return;
    const open = session;
    if (!open || open.params.target !== 'sealed') return;
    const target = { kind: 'sealed' as const, keyId: open.keys[0]!.id, sealer: open.sealer };
    sealingOthers = sealingOthers.then(() => passOver(notice.collection, [notice.id], target)).catch(() => {
      // Left as written: the next pass (at the next unlock) seals it.
      void markPassPending();
    });
  });
}

/** Something may be left unsealed: the next unlock runs the pass again. */
async function markPassPending(): Promise<void> {
  const params = await readParams();
  if (params === null || params === 'unreadable' || params.target !== 'sealed' || params.pass === 'pending') return;
  await writeParams({ ...params, pass: 'pending' });
}

/** The flag changed in another tab (lock-flag.ts listens, and loads this file when it does). */
export async function flagChangedElsewhere(): Promise<void> {
  const flag = readLockFlag();
  const { status } = lockState.getState();
  if (!flag) {
    if (status === 'off') return;
    // Taken off elsewhere: everything is plain (or about to be), and nothing more is sealed.
    await stopPass();
    if (session) setSealer(session.sealer, false);
    else setSealer(null, false);
    session = null;
    stopIdleWatch();
    forgetReadRecords();
    lockState.setState({ status: 'off', pass: null, isPassUnfinished: false });
    return;
  }
  if (flag.state === 'removing') {
    // Being taken off elsewhere: write plain from now on; sealed records still open here.
    if (session) setSealer(session.sealer, false);
    return;
  }
  if (status === 'off') {
    // Set elsewhere: this tab has no key. What waits is written (plain; the other tab's pass seals it), then it locks.
    lockState.setState({ status: 'locked' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    await flushLeaveNow();
    await askStoresToFlush();
    setSealer(null, true);
    forgetReadRecords();
    // What was just written is plain: the tab that set the lock seals it as it hears of it,
    // and if that tab is gone by now, the next unlock's pass does.
    await markPassPending().catch(() => undefined);
    return;
  }
  if (session && flag.gen !== session.gen) return lockNow({ isFromElsewhere: true });
  if (session) watchIdle();
}

/** Deleting everything: the lock goes too, and nothing more is sealed. */
export async function forgetLock(): Promise<void> {
  await stopPass();
  session = null;
  setSealer(null, false);
  stopIdleWatch();
  writeLockFlag(null);
  await deleteParams();
  lockState.setState({ status: 'off', pass: null, isPassUnfinished: false });
}

/** For tests: no lock in memory, none in this tab's state. */
export async function resetLockForTests(): Promise<void> {
  await stopPass();
  session = null;
  pass = null;
  isStopping = false;
  setSealer(null, false);
  stopIdleWatch();
  lockState.setState({ status: 'off', pass: null, isPassUnfinished: false });
}
