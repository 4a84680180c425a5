import type { RatingPrompt } from '../../../content/prompt-schema';
import type { AnswerOf } from '../../../storage/answers';
import { RatingScale } from '../../../ui/rating-scale';

export function RatingStep({
  prompt,
  answer,
  onChange,
}: {
  prompt: RatingPrompt;
  answer: AnswerOf<'rating'> | undefined;
  onChange: (a: AnswerOf<'rating'>) => void;
}) {
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
