import type { AnswerOf } from '../../../storage/collections/answers';
import { practice } from '../practice-store';
import { FedListStep } from './fed-list-step';
import { ListFields } from './list-fields';
import type { StepProps } from './step-props';
import { useListTyping } from './use-list-typing';

/**
 * The person's own list (people, circles, strengths). What is typed in the
 * "Add" box is kept as this tab's draft, so a reload keeps it, and it is added
 * when the person moves on, even without pressing Add. A list that feeds one
 * kept elsewhere (the belonging map, the strengths) reads and writes that list.
 */
export function ListStep(props: StepProps<'list'>) {
  return props.prompt.feeds ? <FedListStep {...props} feeds={props.prompt.feeds} /> : <WordListStep {...props} />;
}

/** Where an item drawn at `index` with these words is now (another tab may have added before it). */
export function placeOf(items: readonly string[], index: number, text: string): number {
  return items[index] === text ? index : items.indexOf(text);
}

/** A list whose words are kept in the answer itself. */
function WordListStep({ module, stepId, prompt, answer }: StepProps<'list'>) {
  const items = answer?.items ?? [];
  const { typed, setTyped } = useListTyping(module.id, stepId, answer);
  // Each change applies to the list as stored now, so another tab's additions stay.
  const change = (edit: (answer: AnswerOf<'list'>) => AnswerOf<'list'> | null) =>
    void practice.changeList(module.id, stepId, edit);
  const add = (text: string) => {
    const value = text.trim();
    if (!value || items.length >= prompt.max) return;
    change((a) => (a.items.length >= prompt.max ? null : { ...a, items: [...a.items, value] }));
    // A tapped suggestion leaves what was typed where it is.
    if (text === typed) setTyped('');
  };
  const at = (a: AnswerOf<'list'>, key: string) => placeOf(a.items, Number(key), items[Number(key)] ?? '');
  return (
    <ListFields
      prompt={prompt}
      items={items.map((text, i) => ({ key: String(i), text }))}
      typed={typed}
      onType={setTyped}
      onAdd={add}
      onEdit={(key, text) =>
        change((a) => {
          const j = at(a, key);
          return j < 0 ? null : { ...a, items: a.items.map((old, i) => (i === j ? text : old)) };
        })
      }
      onRemove={(key) =>
        change((a) => {
          const j = at(a, key);
          return j < 0 ? null : { ...a, items: a.items.filter((_, i) => i !== j) };
        })
      }
      suggestions={prompt.suggestions.filter((s) => !items.includes(s))}
    />
  );
}
