import { LIMITS } from '../../../storage/engine/record-fields';
import { Button } from '../../../ui/button';
import { EditableLine } from '../../../ui/editable-line';
import { TextField } from '../../../ui/fields';
import type { ListPrompt } from '../../../content/prompt-schema';
import styles from './steps.module.css';

export type ListItem = { key: string; text: string };
export type Offer = { label: string; onAdd: () => void };

/**
 * What every list step shows: the items (each editable and removable), the
 * "Add" box, things to tap (from a list kept elsewhere, and the content's
 * suggestions), and a gentle word while the list is short.
 */
export function ListFields({
  prompt,
  items,
  typed,
  onType,
  onAdd,
  onEdit,
  onRemove,
  offers = [],
  offersTitle,
  suggestions,
}: {
  prompt: ListPrompt;
  items: ListItem[];
  typed: string;
  onType: (typed: string) => void;
  /** Adds words (typed, or a suggestion tapped). */
  onAdd: (text: string) => void;
  onEdit: (key: string, text: string) => void;
  onRemove: (key: string) => void;
  offers?: Offer[];
  offersTitle?: string;
  suggestions: string[];
}) {
  const isFull = items.length >= prompt.max;

  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{prompt.label}</legend>
      {items.length > 0 ? (
        <ul className={styles.items} aria-label="Your list">
          {items.map((item, i) => (
            <EditableLine
                maxLength={LIMITS.listItem}
              key={item.key}
              label={`${prompt.itemLabel} ${i + 1}`}
              text={item.text}
              onEdit={(text) => onEdit(item.key, text)}
              onRemove={() => onRemove(item.key)}
            />
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
            if (typed.trim()) onAdd(typed);
          }}
        >
          <TextField
            label={`Add ${prompt.itemLabel.toLowerCase()}`}
            value={typed}
            onChange={(event) => onType(event.target.value)}
            maxLength={LIMITS.listItem}
          />
          <Button type="submit" variant="secondary" disabled={!typed.trim()}>
            Add
          </Button>
        </form>
      )}
      {offers.length > 0 && !isFull ? (
        <>
          <p className={styles.hint}>{offersTitle}</p>
          <ul className={styles.suggestions}>
            {offers.map((offer) => (
              <li key={offer.label}>
                <Button variant="secondary" size="small" onClick={offer.onAdd} aria-label={`Add ${offer.label}`}>
                  + {offer.label}
                </Button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {suggestions.length > 0 && !isFull ? (
        <>
          <p className={styles.hint}>{offers.length > 0 ? 'Or one of these:' : 'Or tap one of these:'}</p>
          <ul className={styles.suggestions}>
            {suggestions.map((suggestion) => (
              <li key={suggestion}>
                <Button
                  variant="secondary"
                  size="small"
                  onClick={() => onAdd(suggestion)}
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
          {prompt.min === 1 ? 'Even one is enough.' : `Try for ${prompt.min}, if they come. Fewer is fine too.`}
        </p>
      ) : null}
    </fieldset>
  );
}
