import type { ComponentProps, ReactNode } from 'react';
import { Button } from '../../ui/button';
import { FormProblem } from '../../ui/form-problem';
import styles from './lock.module.css';

/**
 * How each lock form ends: what went wrong, if anything (announced at once),
 * then its one button, which says what is happening while it works.
 */
export function LockSubmit({
  form: { problem, isBusy },
  busyLabel,
  variant,
  isReady = true,
  children,
}: {
  form: { problem: string | null; isBusy: boolean };
  /** "Changing…": the button's words while the change runs. */
  busyLabel: string;
  variant?: ComponentProps<typeof Button>['variant'];
  /** False while the form can't be sent yet. */
  isReady?: boolean;
  children: ReactNode;
}) {
  return (
    <>
      <FormProblem className={styles.problem} problem={problem} />
      <Button type="submit" variant={variant} disabled={!isReady || isBusy}>
        {isBusy ? busyLabel : children}
      </Button>
    </>
  );
}
