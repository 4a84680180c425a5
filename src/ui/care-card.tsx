import { useId, type ReactNode } from 'react';
import { Link } from 'react-router';
import { findModuleSummary } from '../content/catalog';
import { usePreloadScreen } from './screen-preload';
import styles from './care-card.module.css';

/** Where "one small step toward people" leads: the reconnection practice's "reach out small" step. */
const REACH_OUT = { moduleId: 'reconnection', stepId: 'send-something-small' } as const;

/** The address of the "reach out small" step, from the content, or null if the content has no such step. */
export function reachOutStepPath(): string | null {
  const steps = findModuleSummary(REACH_OUT.moduleId)?.steps ?? [];
  const index = steps.findIndex((step) => step.id === REACH_OUT.stepId);
  return index === -1 ? null : `/practices/${REACH_OUT.moduleId}/steps/${index + 1}`;
}

/**
 * The one calm card shown wherever someone may be having a very hard time: a very
 * low check-in, a rating at the hard end of a scale. It never raises an alarm; it
 * says help is there, and offers one small step toward people. The caller says the
 * first sentence, which fits where the person is.
 */
export function CareCard({
  children,
  plan,
}: {
  children: ReactNode;
  /** Whether the person has a safety plan (null while it is being read): from useSafetyPlanStatus. */
  plan: 'written' | 'none' | null;
}) {
  const titleId = useId();
  const reachOut = reachOutStepPath();
  // The plan it links to opens at once, even if the connection goes before the tap.
  usePreloadScreen('/plan');
  return (
    <section className={styles.card} aria-labelledby={titleId}>
      <h2 id={titleId} className={styles.title}>
        You don't have to carry this alone
      </h2>
      <p>{children}</p>
      <p>
        If it feels like too much, or you might hurt yourself,{' '}
        <Link to="/help">here is where to find more help</Link>, any time. A crisis line will talk
        with you now, day or night, by call or text.
      </p>
      {plan === 'written' ? (
        <p>
          Your own plan is here too: <Link to="/plan?view=steps&step=1">open your safety plan</Link>, one step at a
          time.
        </p>
      ) : plan === 'none' ? (
        <p>
          When things feel calmer, <Link to="/plan">a safety plan</Link> can keep what helps and who to reach in one
          place, ready for a moment like this.
        </p>
      ) : null}
      {reachOut ? (
        <p>
          Or, if it feels right, <Link to={reachOut}>send one small message to someone safe</Link>.
        </p>
      ) : null}
    </section>
  );
}
