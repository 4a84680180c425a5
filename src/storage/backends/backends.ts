// Decides once, at start-up, whether records go to IndexedDB or stay in memory.
import type { KeyValueBackend } from './backend';
import { createIdbBackend, probeIndexedDb } from './idb-backend';
import { createMemoryBackend } from './memory-backend';
import { storageStatus } from '../signals/storage-status';
import { areWritesStopped } from '../signals/wipe-gate';

let decided: Promise<'device' | 'memory'> | null = null;
const backends = new Map<string, KeyValueBackend>();
/** Writes begun to each collection in this tab, so a read begun earlier can be known stale. */
const writeCounts = new Map<string, number>();

function decide(): Promise<'device' | 'memory'> {
  decided ??= probeIndexedDb().then((ok) => {
    const mode = ok ? 'device' : 'memory';
    storageStatus.setState({ mode });
    return mode;
  });
  return decided;
}

/** Starts the IndexedDB check early, so the first screen knows where things go. */
export function startStorage(): void {
  void decide();
}

export async function backendFor(collection: string): Promise<KeyValueBackend> {
  const mode = await decide();
  let backend = backends.get(collection);
  if (!backend) {
    backend = countingWrites(collection, mode === 'device' ? createIdbBackend(collection) : createMemoryBackend());
    backends.set(collection, backend);
  }
  return backend;
}

export function writesTo(collection: string): number {
  return writeCounts.get(collection) ?? 0;
}

function countingWrites(collection: string, backend: KeyValueBackend): KeyValueBackend {
  const counted =
    <A extends unknown[], R>(write: (...args: A) => R) =>
    (...args: A): R => {
      writeCounts.set(collection, writesTo(collection) + 1);
      return write(...args);
    };
  // Once everything is being deleted, only clearing gets through (see wipe-gate.ts).
  const gated =
    <A extends unknown[]>(write: (...args: A) => Promise<void>) =>
    (...args: A): Promise<void> =>
      areWritesStopped() ? Promise.reject(new Error('Everything is being deleted: nothing more is written.')) : write(...args);
  return {
    ...backend,
    transact: gated(counted(backend.transact)),
    transactKeys: gated(counted(backend.transactKeys)),
    transactAll: gated(counted(backend.transactAll)),
    putMany: gated(counted(backend.putMany)),
    del: gated(counted(backend.del)),
    clear: counted(backend.clear),
  };
}

/** Tests start each case with a fresh decision and fresh backends. */
export function resetBackendsForTests(): void {
  decided = null;
  backends.clear();
  writeCounts.clear();
  storageStatus.setState({
    mode: 'checking',
    writeProblem: null,
    setAside: [],
    unreadableCollections: [],
  });
}
