import type { RecordBase } from '../storage/engine/collection';
import type { RecordStore, RecordsState } from './record-store';

/**
 * How every screen starts its data: the first render asks the store to load
 * (once; nothing happens if it is loading or loaded) and shows what the phase
 * says. Screens don't suspend on it: React reveals a suspended screen on a
 * 300 ms throttle, longer than most loads take.
 */
export function useLoaded<T extends RecordBase>(store: RecordStore<T>): RecordsState<T>['phase'] {
  const phase = store.use((state) => state.phase);
  if (phase === 'idle') void store.load();
  return phase;
}
