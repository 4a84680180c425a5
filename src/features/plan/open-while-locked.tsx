import { useState, useSyncExternalStore } from 'react';
import { isPlanOpenWhileLocked, onPlanOpenWhileLockedChange } from '../../storage/lock/plan-choice';
import { setPlanOpenWhileLocked } from '../../storage/lock/plan-sealing';
import { useLockState } from '../../state/lock-state';
import { CheckField } from '../../ui/fields';
import styles from './plan.module.css';

export function usePlanOpenWhileLocked(): boolean {
  return useSyncExternalStore(onPlanOpenWhileLockedChange, isPlanOpenWhileLocked, () => false);
}

/**
 * With a lock set and open: the choice to open the plan from the unlock screen,
 * with what it costs said plainly. Off unless the person turns it on.
 */
export function OpenWhileLockedChoice() {
  const status = useLockState((state) => state.status);
  const isOn = usePlanOpenWhileLocked();
  const [problem, setProblem] = useState(false);
  if (status !== 'open') return null;
  return (
    <section className={styles.section} aria-labelledby="plan-while-locked">
      <h2 id="plan-while-locked" className={styles.sectionTitle}>
        While Mend is locked
      </h2>
      <CheckField
        label="Let me open my plan without my passphrase"
        checked={isOn}
        onCheck={(checked) => {
          setProblem(false);
          setPlanOpenWhileLocked(checked).catch(() => setProblem(true));
        }}
      />
      <p className={styles.hint}>
        Then your plan opens from the unlock screen. To allow that, your plan is stored unsealed on this device, so
        anyone who uses it could read the plan. Everything else you wrote stays locked.
      </p>
      {problem ? (
        <p role="alert">
          Mend couldn't change how your plan is kept just now. Your plan is safe and unchanged. Try again in a moment.
        </p>
      ) : null}
    </section>
  );
}
