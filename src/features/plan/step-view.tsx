import { useEffect, useRef } from 'react';
import { PLAN_SECTIONS } from '../../storage/collections/plan';
import { Button } from '../../ui/button';
import { SectionReading } from './plan-sheet';
import styles from './plan.module.css';

/**
 * The plan one section at a time, large and calm: "Step 1 of 7", the lines,
 * and a way on or back. A new step moves focus to its heading, so a keyboard
 * or screen reader starts there.
 */
export function StepView({ step, onStep, onLeave }: { step: number; onStep: (step: number) => void; onLeave: () => void }) {
  const count = PLAN_SECTIONS.length;
  const at = Math.min(Math.max(step, 1), count);
  const section = PLAN_SECTIONS[at - 1]!;
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById('plan-step-heading')?.focus();
  }, [at]);
  return (
    <div className={styles.stepView}>
      <p className={styles.stepCount}>
        Step {at} of {count}
      </p>
      <section className={styles.stepCard} aria-labelledby="plan-step-heading">
        <SectionReading section={section} headingId="plan-step-heading" />
      </section>
      <div className={styles.stepActions}>
        {at > 1 ? (
          <Button variant="secondary" onClick={() => onStep(at - 1)}>
            Back to step {at - 1}
          </Button>
        ) : null}
        {at < count ? <Button onClick={() => onStep(at + 1)}>Next: step {at + 1}</Button> : null}
        <Button variant="quiet" onClick={onLeave}>
          See the whole plan
        </Button>
      </div>
    </div>
  );
}
