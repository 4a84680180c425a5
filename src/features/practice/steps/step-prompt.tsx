import type { ComponentType } from 'react';
import type { Module } from '../../../content/module-schema';
import type { Prompt, PromptKind } from '../../../content/prompt-schema';
import type { Answer, AnswerKind } from '../../../storage/collections/answers';
import type { StepProps } from './step-props';
import { ChecklistStep } from './checklist-step';
import { GoalStep } from './goal-step';
import { ListStep } from './list-step';
import { PauseStep } from './pause-step';
import { RatingStep } from './rating-step';
import { TextStep } from './text-step';

// The content's step kinds and the stored answers' kinds are the same list: a
// kind added to one and not the other fails the type check here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const kindsAgree: Same<PromptKind, AnswerKind> = true;
void kindsAgree;

/** One renderer per kind: a kind without one fails the type check, never renders nothing. */
const RENDERERS: { [K in PromptKind]: ComponentType<StepProps<K>> } = {
  text: TextStep,
  rating: RatingStep,
  checklist: ChecklistStep,
  list: ListStep,
  goal: GoalStep,
  pause: PauseStep,
};

/** Picks the renderer for the step's kind; each one reads and writes its own answer shape. */
export function StepPrompt({
  module,
  stepId,
  prompt,
  answer,
  onChange,
}: {
  module: Module;
  stepId: string;
  prompt: Prompt;
  answer: Answer | undefined;
  onChange: (answer: Answer) => void;
}) {
  const Renderer = RENDERERS[prompt.kind] as ComponentType<StepProps<PromptKind>>;
  return (
    <Renderer
      module={module}
      stepId={stepId}
      prompt={prompt}
      answer={answer?.kind === prompt.kind ? answer : undefined}
      onChange={onChange}
    />
  );
}
