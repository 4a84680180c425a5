import { useId, useState } from 'react';
import { checkInSettingsFrom, checkInSettingsRecords, setAskBefore } from '../../state/check-ins';
import { useLoaded } from '../../state/use-loaded';
import { Button } from '../../ui/button';
import { CareCard } from '../../ui/care-card';
import { useSafetyPlanStatus } from '../../state/plan';
import { layout } from '../../ui/layout';
import { RatingScale } from '../../ui/rating-scale';
import styles from './practice.module.css';
import { practice, runs } from './practice-store';

/**
 * "How are you feeling?" as a practice begins, on its first step: optional,
 * skipped with one tap, and turned off for good with another (remembered in
 * the check-in settings). With the check-in after, it shows what a practice
 * changes for this person.
 */
export function BeforeCheckIn({ moduleId }: { moduleId: string }) {
  const titleId = useId();
  const settingsPhase = useLoaded(checkInSettingsRecords);
  const runsPhase = useLoaded(runs);
  const askBefore = checkInSettingsRecords.use(
    (state) => checkInSettingsFrom(state.records).askBefore,
  );
  const feeling = runs.use((state) => state.records.get(moduleId)?.feelingBefore ?? null);
  const planStatus = useSafetyPlanStatus(typeof feeling === 'number' && feeling <= 2);
  const [isTurnedOff, setTurnedOff] = useState(false);

  if (isTurnedOff) {
    return (
      <p className={styles.saveNote} role="status">
        We won't ask before practices. You can turn this back on from Insights.
      </p>
    );
  }
  // While they are read (and on the prerendered page), the question's place is
  // kept, so the step below doesn't jump when it appears. Marked, so a test can
  // tell "still reading" from "decided not to ask".
  const isReading = (phase: typeof settingsPhase) => phase === 'idle' || phase === 'loading';
  if (isReading(settingsPhase) || isReading(runsPhase)) {
    return <div className={styles.beforeCheckInPlace} aria-hidden="true" data-check-in="reading" />;
  }
  // Settings that can't be read ask nothing: the practice matters more than the question.
  if (settingsPhase !== 'ready' || runsPhase !== 'ready' || !askBefore || feeling === 'skipped')
    return null;

  return (
    <section className={`${layout.card} ${styles.beforeCheckIn}`} aria-labelledby={titleId}>
      <h2 id={titleId} className="visually-hidden">
        Check in before you begin
      </h2>
      <RatingScale
        label="Before you begin, if you'd like: how are you feeling?"
        low="Very low"
        high="Really good"
        value={typeof feeling === 'number' ? feeling : null}
        onChange={(value) => void practice.setFeelingBefore(moduleId, value)}
      />
      {typeof feeling === 'number' && feeling <= 2 ? (
        <div role="status">
          <CareCard plan={planStatus}>Thank you for being honest. Go gently; you can stop at any step.</CareCard>
        </div>
      ) : typeof feeling === 'number' ? (
        <p className={styles.saveNote} role="status">
          Noted. At the end you can check in again and see what changed.
        </p>
      ) : null}
      <div className={styles.beforeActions}>
        {feeling === null ? (
          <Button
            variant="quiet"
            size="small"
            onClick={() => void practice.setFeelingBefore(moduleId, 'skipped')}
          >
            Skip this time
          </Button>
        ) : null}
        <Button
          variant="quiet"
          size="small"
          onClick={() => {
            setTurnedOff(true);
            void setAskBefore(false);
          }}
        >
          Don't ask before practices
        </Button>
      </div>
    </section>
  );
}
