import { RatingScale } from '../../../ui/rating-scale';
import type { StepProps } from './step-prompt';

export function RatingStep({ prompt, answer, onChange }: StepProps<'rating'>) {
  return (
    <RatingScale
      label={prompt.label}
      low={prompt.low}
      high={prompt.high}
      value={answer?.value ?? null}
      onChange={(value) => onChange({ kind: 'rating', value })}
    />
  );
}
