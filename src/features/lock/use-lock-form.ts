import { useState, type FormEvent } from 'react';
import { COULD_NOT, WRONG_CURRENT } from './passphrase-rules';

type Attempt = {
  /** What must change before trying, in plain words; null when nothing. */
  check: () => string | null;
  /** The change itself; 'wrong' when the current passphrase was not the one. */
  change: () => Promise<unknown>;
  onDone: () => void;
  /** What to say when the change failed; by default, that nothing was lost. */
  failure?: (error: unknown) => string;
};

/**
 * A lock form's submit, the same in each: what must change first is said and
 * nothing runs; the change runs once at a time; a wrong current passphrase, or
 * a change that failed, is said plainly (nothing was changed either way).
 */
export function useLockForm({ check, change, onDone, failure }: Attempt) {
  const [problem, setProblem] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const why = check();
    setProblem(why);
    if (why || isBusy) return;
    setBusy(true);
    try {
      if ((await change()) === 'wrong') setProblem(WRONG_CURRENT);
      else onDone();
    } catch (error) {
      setProblem(failure?.(error) ?? COULD_NOT);
    }
    setBusy(false);
  };

  return { problem, isBusy, onSubmit: (event: FormEvent) => void onSubmit(event) };
}
