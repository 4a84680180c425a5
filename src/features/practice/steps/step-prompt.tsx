import type { Prompt } from '../../../content/prompt-schema';
import type { Answer } from '../../../storage/answers';
import { ChecklistStep } from './checklist-step';
import { GoalStep } from './goal-step';
import { ListStep } from './list-step';
import { PauseStep } from './pause-step';
import { RatingStep } from './rating-step';
import { TextStep } from './text-step';

export type StepPromptProps = {
  prompt: Prompt;
  answer: Answer | undefined;
  onChange: (answer: Answer) => void;
  moduleId: string;
  onAddGoal: () => Promise<string | null>;
};

/** Picks the renderer for the step's kind; each one reads and writes its own answer shape. */
export function StepPrompt({ prompt, answer, onChange, onAddGoal }: StepPromptProps) {
  switch (prompt.kind) {
    case 'text':
      return (
        <TextStep
          prompt={prompt}
          answer={answer?.kind === 'text' ? answer : undefined}
          onChange={onChange}
        />
      );
    case 'rating':
      return (
        <RatingStep
          prompt={prompt}
          answer={answer?.kind === 'rating' ? answer : undefined}
          onChange={onChange}
        />
      );
    case 'checklist':
      return (
        <ChecklistStep
          prompt={prompt}
          answer={answer?.kind === 'checklist' ? answer : undefined}
          onChange={onChange}
        />
      );
    case 'list':
      return (
        <ListStep
          prompt={prompt}
          answer={answer?.kind === 'list' ? answer : undefined}
          onChange={onChange}
        />
      );
    case 'goal':
      return (
        <GoalStep
          prompt={prompt}
          answer={answer?.kind === 'goal' ? answer : undefined}
          onChange={onChange}
          onAddGoal={onAddGoal}
        />
      );
    case 'pause':
      return (
        <PauseStep
          prompt={prompt}
          answer={answer?.kind === 'pause' ? answer : undefined}
          onChange={onChange}
        />
      );
  }
}
