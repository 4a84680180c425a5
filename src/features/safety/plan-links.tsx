// The person's safety plan on the help page: at the top, beside the danger
// numbers, once they have one; otherwise a quiet invitation further down.
import { hasPlan, planRecords } from '../../state/plan';
import { useLoaded } from '../../state/use-loaded';
import { ButtonLink } from '../../ui/button';
import { layout } from '../../ui/layout';
import styles from './safety.module.css';

function usePlanState(): 'unknown' | 'none' | 'written' {
  const phase = useLoaded(planRecords);
  const written = planRecords.use((state) => hasPlan(state.records));
  // Unread (or sealed by the lock) is not "no plan": say nothing rather than the wrong thing.
  if (phase !== 'ready') return 'unknown';
  return written ? 'written' : 'none';
}

export function PlanAtTop() {
  if (usePlanState() !== 'written') return null;
  return (
    <p className={styles.planAtTop}>
      <ButtonLink to="/plan?view=steps&step=1">Open my safety plan</ButtonLink>
    </p>
  );
}

export function PlanInvite() {
  if (usePlanState() !== 'none') return null;
  return (
    <section className={layout.card} aria-labelledby="plan-invite">
      <h2 id="plan-invite">A plan for hard moments</h2>
      <p>
        When things feel calmer, you might write a safety plan: your warning signs, what helps, and who to reach. It
        stays on your own devices, ready for a hard moment.
      </p>
      <ButtonLink variant="secondary" to="/plan">
        Write a safety plan
      </ButtonLink>
    </section>
  );
}
