import type { Module } from '../../../content/module-schema';
import type { Prompt, PromptKind } from '../../../content/prompt-schema';
import type { AnswerOf } from '../../../storage/collections/answers';

/** What a renderer is handed: its prompt, its answer, and the ways to change it. */
export type StepProps<K extends PromptKind> = {
  module: Module;
  stepId: string;
  prompt: Extract<Prompt, { kind: K }>;
  answer: AnswerOf<K> | undefined;
  onChange: (answer: AnswerOf<K>) => void;
};
