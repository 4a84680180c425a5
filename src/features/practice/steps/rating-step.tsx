import { useParams } from 'react-router';
import { isInCareRange } from '../../../content/care';
import type { RatingPrompt } from '../../../content/prompt-schema';
import type { AnswerOf } from '../../../storage/answers';
import { CareCard } from '../../../ui/care-card';
import { RatingScale } from '../../../ui/rating-scale';
import { usePracticeStore } from '../practice-store';
import styles from './steps.module.css';

export function RatingStep({
  prompt,
  answer,
  onChange,
}: {
  prompt: RatingPrompt;
  answer: AnswerOf<'rating'> | undefined;
  onChange: (a: AnswerOf<'rating'>) => void;
}) {
  // The step screen's address names the practice; the earlier rating is in its run.
  const { moduleId } = useParams();
  const earlier = usePracticeStore((state) =>
    prompt.compareTo && moduleId ? state.runs[moduleId]?.answers[prompt.compareTo] : undefined,
  );
  const value = answer?.value ?? null;
  const before = earlier?.kind === 'rating' ? earlier.value : null;

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
          <CareCard>
            Thank you for being honest about that. A number like this can mean things are very
            hard right now.
          </CareCard>
        ) : null}
      </div>
    </>
  );
}
