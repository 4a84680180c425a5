import type { KeptTyping } from '../storage/use-kept-typing';
import { Button } from './button';
import { TextField } from './fields';

/** An "Add" box whose words are kept as a draft until they are added (see useAddBox). */
export function AddForm({
  label,
  box,
  maxLength,
  button = 'Add',
  buttonLabel,
  className,
}: {
  label: string;
  box: KeptTyping & { add: () => void };
  maxLength: number;
  button?: string;
  /** The button's full name, where several "Add" buttons share a screen ("Add to Family"). */
  buttonLabel?: string;
  /** The row's layout, from the screen that shows it. */
  className?: string;
}) {
  return (
    <form
      className={className}
      onSubmit={(event) => {
        event.preventDefault();
        box.add();
      }}
    >
      <TextField
        label={label}
        value={box.text}
        onChange={(event) => box.setText(event.target.value)}
        maxLength={maxLength}
        // Until the drafts are read, typing would start from nothing and lose a kept word.
        readOnly={!box.isReady}
      />
      <Button
        type="submit"
        variant="secondary"
        disabled={!box.text.trim()}
        aria-label={buttonLabel}
      >
        {button}
      </Button>
    </form>
  );
}
