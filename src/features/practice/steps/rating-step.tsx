import { isInCareRange } from '../../../content/care';
import { CareCard } from '../../../ui/care-card';
import { useSafetyPlanStatus } from '../../../state/plan';
import { RatingScale } from '../../../ui/rating-scale';
import { runs } from '../practice-store';
import type { StepProps } from './step-props';
import styles from './steps.module.css';

export function RatingStep({ module, prompt, answer, onChange }: StepProps<'rating'>) {
  // The earlier rating this one looks back on is in the same run.
  const earlier = runs.use((state) =>
    prompt.compareTo ? state.records.get(module.id)?.answers[prompt.compareTo] : undefined,
  );
  const value = answer?.value ?? null;
  const before = earlier?.kind === 'rating' ? earlier.value : null;
  const planStatus = useSafetyPlanStatus(isInCareRange(prompt.care, value));

  return (
    <>
      <RatingScale
        label={prompt.label}
        low={prompt.low}
        high={prompt.high}
        value={value}
        onChange={(next) => onChange({ kind: 'rating', value: next })}
      />
      {/* Always on the page, so what appears in it is read out. */}
      <div className={styles.ratingNotes} aria-live="polite">
        {before !== null && value !== null ? (
          <p className={styles.change}>
            Before: {before}. Now: {value}.
          </p>
        ) : null}
        {isInCareRange(prompt.care, value) ? (
          <CareCard plan={planStatus}>
            Thank you for being honest about that. A number like this can mean things are very
            hard right now.
          </CareCard>
        ) : null}
      </div>
    </>
  );
}
