import { FedListStep } from './fed-list-step';
import { ListFields } from './list-fields';
import type { StepProps } from './step-prompt';

/**
 * The person's own list (people, circles, strengths). What is typed in the
 * "Add" box is kept with the answer, so a reload keeps it, and it is added
 * when the person moves on, even without pressing Add. A list that feeds one
 * kept elsewhere (the belonging map, the strengths) reads and writes that list.
 */
export function ListStep(props: StepProps<'list'>) {
  return props.prompt.feeds ? <FedListStep {...props} feeds={props.prompt.feeds} /> : <WordListStep {...props} />;
}

/** A list whose words are kept in the answer itself. */
function WordListStep({ prompt, answer, onChange }: StepProps<'list'>) {
  const items = answer?.items ?? [];
  const typed = answer?.typed ?? '';
  const refs = answer?.refs ?? [];
  const set = (next: string[], nextTyped = typed) => onChange({ kind: 'list', items: next, typed: nextTyped, refs });
  const add = (text: string) => {
    const value = text.trim();
    if (!value || items.length >= prompt.max) return;
    // A tapped suggestion leaves what was typed where it is.
    set([...items, value], text === typed ? '' : typed);
  };
  return (
    <ListFields
      prompt={prompt}
      items={items.map((text, i) => ({ key: String(i), text }))}
      typed={typed}
      onType={(next) => set(items, next)}
      onAdd={add}
      onEdit={(key, text) => set(items.map((old, j) => (String(j) === key ? text : old)))}
      onRemove={(key) => set(items.filter((_, j) => String(j) !== key))}
      suggestions={prompt.suggestions.filter((s) => !items.includes(s))}
    />
  );
}
