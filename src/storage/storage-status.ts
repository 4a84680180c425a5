// What the shell tells a person about saving: working, not available on this
// device, or a write that just failed (out of space or another error).
import { create } from 'zustand';

export type StorageMode = 'checking' | 'device' | 'memory';
export type WriteProblem = 'quota' | 'failed' | null;

export type SetAsideRecord = {
  collection: string;
  key: string;
  /** Why it could not be read, in plain words. */
  reason: string;
  raw: unknown;
};

type StorageStatus = {
  mode: StorageMode;
  writeProblem: WriteProblem;
  setAside: SetAsideRecord[];
};

export const useStorageStatus = create<StorageStatus>(() => ({
  mode: 'checking',
  writeProblem: null,
  setAside: [],
}));

export function reportWriteProblem(error: unknown): WriteProblem {
  const problem: WriteProblem = isQuotaError(error) ? 'quota' : 'failed';
  useStorageStatus.setState({ writeProblem: problem });
  return problem;
}

export function clearWriteProblem(): void {
  if (useStorageStatus.getState().writeProblem !== null)
    useStorageStatus.setState({ writeProblem: null });
}

export function reportSetAside(collection: string, records: SetAsideRecord[]): void {
  useStorageStatus.setState((state) => ({
    setAside: [...state.setAside.filter((record) => record.collection !== collection), ...records],
  }));
}

function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error || error instanceof DOMException)) return false;
  return error.name === 'QuotaExceededError' || /quota/i.test(error.message);
}

export function dropSetAside(collection: string, key: string): void {
  useStorageStatus.setState((state) => ({
    setAside: state.setAside.filter(
      (record) => record.collection !== collection || record.key !== key,
    ),
  }));
}
