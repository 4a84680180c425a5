import { LIMITS } from '../../../storage/record-fields';
import { Button } from '../../../ui/button';
import { TextField } from '../../../ui/fields';
import type { StepProps } from './step-prompt';
import styles from './steps.module.css';

/**
 * The person's own list (people, circles, strengths). What is typed in the
 * "Add" box is kept with the answer, so a reload keeps it, and it is added
 * when the person moves on, even without pressing Add.
 */
export function ListStep({ prompt, answer, onChange }: StepProps<'list'>) {
  const items = answer?.items ?? [];
  const typed = answer?.typed ?? '';
  const isFull = items.length >= prompt.max;
  const set = (next: string[], nextTyped = typed) => onChange({ kind: 'list', items: next, typed: nextTyped });
  const add = (text: string) => {
    const value = text.trim();
    if (!value || isFull) return;
    // A tapped suggestion leaves what was typed where it is.
    set([...items, value], text === typed ? '' : typed);
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
                maxLength={LIMITS.listItem}
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
            add(typed);
          }}
        >
          <TextField
            label={`Add ${prompt.itemLabel.toLowerCase()}`}
            value={typed}
            onChange={(event) => set(items, event.target.value)}
            maxLength={LIMITS.listItem}
          />
          <Button type="submit" variant="secondary" disabled={!typed.trim()}>
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
