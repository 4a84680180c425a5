import { Button } from './button';
import { TextField } from './fields';

/** What an "Add" box needs: its words, kept as a draft until added (see useAddBox in src/state/). */
export type AddBox = { text: string; setText: (text: string) => void; isReady: boolean; add: () => void };

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
  box: AddBox;
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
