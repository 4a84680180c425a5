import type { ReactNode } from 'react';
import { Button } from './button';

export type SaveProblem = 'quota' | 'failed' | 'invalid';

/**
 * Reads a collection's unsaved changes as one problem to tell the person
 * about: out of space first, then a failure that may pass, then a change that
 * can't be stored as it is (trying again won't help); null when there is none.
 */
export const saveProblemOf = (
  state: { unsaved: ReadonlyMap<string, string> },
): SaveProblem | null => {
  const states = [...state.unsaved.values()];
  return states.includes('quota')
    ? 'quota'
    : states.includes('failed')
      ? 'failed'
      : states.includes('invalid')
        ? 'invalid'
        : null;
};

const INVALID_WORDS =
  "We couldn't save your last change as it is, so it isn't stored. It's still here on screen for now. You could copy the words somewhere safe, or export a copy of your data.";

/**
 * A change that couldn't be stored stays on screen and is tried again on its
 * own; this says so, and offers to try at once. A change refused as invalid is
 * not tried again (it would be refused again): `invalidWords` say what that
 * means where it happened. `className` styles the notice only while there is a
 * problem; `children` come first inside the live region.
 */
export function SaveProblemNotice({
  problem,
  className,
  onRetry,
  invalidWords = INVALID_WORDS,
  children,
}: {
  problem: SaveProblem | null;
  className?: string;
  onRetry: () => void;
  invalidWords?: string;
  children?: ReactNode;
}) {
  if (problem === 'invalid') {
    return (
      <div role="status" className={className}>
        {children}
        <p>{invalidWords}</p>
      </div>
    );
  }
  return (
    <div role="status" className={problem ? className : undefined}>
      {children}
      {problem ? (
        <>
          <p>
            {problem === 'quota'
              ? "We couldn't save your last change because this device is out of space. It's still here on screen."
              : "We couldn't save your last change just now. It's still here on screen, and we'll keep trying."}{' '}
            You can try again now, or export a copy of your data to keep it safe.
          </p>
          <Button variant="secondary" size="small" onClick={onRetry}>
            Try saving again
          </Button>
        </>
      ) : null}
    </div>
  );
}
