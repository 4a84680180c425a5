import type { ReactNode } from 'react';

/**
 * One value chosen with radio buttons, each inside its label: the browser gives
 * arrow keys and announcements. The caller gives the group around them (a
 * fieldset and its legend) and what each choice looks like and says.
 */
export function RadioChoices<T extends string | number>({
  name,
  choices,
  value,
  onChange,
  className,
  inputLabel,
  children,
}: {
  name: string;
  choices: readonly T[];
  /** The chosen one; none is checked while it is none of the choices (null, an old setting). */
  value: string | number | null;
  onChange: (value: T) => void;
  /** Each choice's label. */
  className?: string;
  /** A name for a choice's button when its visible words are not enough. */
  inputLabel?: (choice: T) => string;
  /** What a choice shows beside its button. */
  children: (choice: T) => ReactNode;
}) {
  return choices.map((choice) => (
    <label key={choice} className={className}>
      <input
        type="radio"
        name={name}
        value={choice}
        checked={value === choice}
        onChange={() => onChange(choice)}
        aria-label={inputLabel?.(choice)}
      />
      {children(choice)}
    </label>
  ));
}
