import { useState } from 'react';
import type { ListPrompt } from '../../../content/prompt-schema';
import type { AnswerOf } from '../../../storage/answers';
import { Button } from '../../../ui/button';
import { TextField } from '../../../ui/fields';
import styles from './steps.module.css';

export function ListStep({
  prompt,
  answer,
  onChange,
}: {
  prompt: ListPrompt;
  answer: AnswerOf<'list'> | undefined;
  onChange: (a: AnswerOf<'list'>) => void;
}) {
  const items = answer?.items ?? [];
  const [draft, setDraft] = useState('');
  const isFull = items.length >= prompt.max;
  const set = (next: string[]) => onChange({ kind: 'list', items: next });
  const add = (text: string) => {
    const value = text.trim();
    if (!value || isFull) return;
    set([...items, value]);
    setDraft('');
  };
  const unused = prompt.suggestions.filter((s) => !items.includes(s));

  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{prompt.label}</legend>
      {items.length > 0 ? (
        <ul className={styles.items} aria-label="Your list">
          {items.map((item, i) => (
            <li key={i} className={styles.item}>
              <input
                aria-label={`${prompt.itemLabel} ${i + 1}`}
                value={item}
                onChange={(event) =>
                  set(items.map((old, j) => (j === i ? event.target.value : old)))
                }
              />
              <Button
                variant="quiet"
                size="small"
                onClick={() => set(items.filter((_, j) => j !== i))}
                aria-label={`Remove ${item || `${prompt.itemLabel} ${i + 1}`}`}
              >
                Remove
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      {isFull ? (
        <p className={styles.hint}>That's a full list. You can change or remove any of them.</p>
      ) : (
        <form
          className={styles.addRow}
          onSubmit={(event) => {
            event.preventDefault();
            add(draft);
          }}
        >
          <TextField
            label={`Add ${prompt.itemLabel.toLowerCase()}`}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            maxLength={200}
          />
          <Button type="submit" variant="secondary" disabled={!draft.trim()}>
            Add
          </Button>
        </form>
      )}
      {unused.length > 0 && !isFull ? (
        <>
          <p className={styles.hint}>Or tap one of these:</p>
          <ul className={styles.suggestions}>
            {unused.map((suggestion) => (
              <li key={suggestion}>
                <Button
                  variant="secondary"
                  size="small"
                  onClick={() => add(suggestion)}
                  aria-label={`Add ${suggestion}`}
                >
                  + {suggestion}
                </Button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {items.length < prompt.min ? (
        <p className={styles.hint}>
          {prompt.min === 1
            ? 'Even one is enough.'
            : `Try for ${prompt.min}, if they come. Fewer is fine too.`}
        </p>
      ) : null}
    </fieldset>
  );
}
