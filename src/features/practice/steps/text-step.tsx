import type { TextPrompt } from '../../../content/prompt-schema';
import type { AnswerOf } from '../../../storage/answers';
import { TextAreaField } from '../../../ui/fields';

export function TextStep({
  prompt,
  answer,
  onChange,
}: {
  prompt: TextPrompt;
  answer: AnswerOf<'text'> | undefined;
  onChange: (a: AnswerOf<'text'>) => void;
}) {
  return (
    <TextAreaField
      label={prompt.label}
      placeholder={prompt.placeholder}
      value={answer?.text ?? ''}
      rows={7}
      onChange={(event) => onChange({ kind: 'text', text: event.target.value })}
    />
  );
}
