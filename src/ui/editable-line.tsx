import { useState } from 'react';
import { Button } from './button';
import controls from './control-patterns.module.css';

/**
 * One line of a list, retyped in place, with a way to remove it. While it is
 * being retyped it shows what is typed, even while the box is empty for a
 * moment (what is stored may not follow an empty box).
 */
export function EditableLine({
  label,
  text,
  maxLength,
  onEdit,
  onRemove,
  removeLabel = `Remove ${text || label}`,
  className,
}: {
  /** The box's name: "Strength 2". */
  label: string;
  text: string;
  /** The longest a line may be, from the record's limits. */
  maxLength: number;
  onEdit: (text: string) => void;
  onRemove: () => void;
  /** The Remove button's name; by default, "Remove" and the words (or the box's name). */
  removeLabel?: string;
  /** The feature's own look for the row, added to the shared one. */
  className?: string;
}) {
  const [typed, setTyped] = useState<string | null>(null);
  return (
    <li className={className ? `${controls.editRow} ${className}` : controls.editRow}>
      <input
        aria-label={label}
        value={typed ?? text}
        maxLength={maxLength}
        onChange={(event) => {
          setTyped(event.target.value);
          onEdit(event.target.value);
        }}
        onBlur={() => setTyped(null)}
      />
      <Button variant="quiet" size="small" onClick={onRemove} aria-label={removeLabel}>
        Remove
      </Button>
    </li>
  );
}
