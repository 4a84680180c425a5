// Deletions that wait out an undo window before they are carried out: each can be
// undone, held while someone reaches for Undo, stopped, or carried out at once (the
// page closing). The ids waiting live where the screens read them (`waiting`).
type UndoWindowOptions = {
  windowMs: number;
  waiting: () => ReadonlySet<string>;
  setWaiting: (ids: ReadonlySet<string>) => void;
  carryOut: (id: string) => void;
};

export function undoWindow({ windowMs, waiting, setWaiting, carryOut }: UndoWindowOptions) {
  // null: the clock is held.
  const timers = new Map<string, ReturnType<typeof setTimeout> | null>();

  const clearClock = (id: string) => {
    const timer = timers.get(id);
    if (timer) clearTimeout(timer);
  };

  /** No longer waiting, and not carried out. */
  const stop = (id: string) => {
    clearClock(id);
    timers.delete(id);
    const ids = new Set(waiting());
    ids.delete(id);
    setWaiting(ids);
  };

  const finish = (id: string) => {
    stop(id);
    carryOut(id);
  };

  /** The window starts (again) from now. */
  const startClock = (id: string) => {
    if (!waiting().has(id)) return;
    clearClock(id);
    timers.set(id, setTimeout(() => finish(id), windowMs));
  };

  return {
    start(id: string): void {
      setWaiting(new Set(waiting()).add(id));
      startClock(id);
    },
    /** Whether it was waiting (and so is now kept). */
    undo(id: string): boolean {
      if (!waiting().has(id)) return false;
      stop(id);
      return true;
    },
    hold(id: string): void {
      clearClock(id);
      if (timers.has(id)) timers.set(id, null);
    },
    release: startClock,
    stop,
    finishAll(): void {
      for (const id of [...waiting()]) finish(id);
    },
    /** Every clock stopped, nothing carried out (a fresh page, for tests). */
    clearClocks(): void {
      for (const id of timers.keys()) clearClock(id);
      timers.clear();
    },
  };
}
