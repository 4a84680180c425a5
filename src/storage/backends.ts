// Decides once, at start-up, whether records go to IndexedDB or stay in memory.
import type { KeyValueBackend } from './backend';
import { createIdbBackend, probeIndexedDb } from './idb-backend';
import { createMemoryBackend } from './memory-backend';
import { useStorageStatus } from './storage-status';

let decided: Promise<'device' | 'memory'> | null = null;
const backends = new Map<string, KeyValueBackend>();

function decide(): Promise<'device' | 'memory'> {
  decided ??= probeIndexedDb().then((ok) => {
    const mode = ok ? 'device' : 'memory';
    useStorageStatus.setState({ mode });
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
    backend = mode === 'device' ? createIdbBackend(collection) : createMemoryBackend();
    backends.set(collection, backend);
  }
  return backend;
}

/** Tests start each case with a fresh decision and fresh backends. */
export function resetBackendsForTests(): void {
  decided = null;
  backends.clear();
  useStorageStatus.setState({
    mode: 'checking',
    writeProblem: null,
    setAside: [],
    unreadableCollections: [],
  });
}
