import {
  cloneElement,
  useId,
  type ComponentProps,
  type ReactElement,
  type ReactNode,
  type TextareaHTMLAttributes,
} from 'react';
import controls from './control-patterns.module.css';
import styles from './field.module.css';

type FieldProps = { label: ReactNode; hint?: ReactNode };
type Control = ReactElement<{ id?: string; 'aria-describedby'?: string }>;

/** A label, an optional hint the control is described by, and the control itself. */
function Field({ label, hint, children }: FieldProps & { children: Control }) {
  const id = useId();
  return (
    <div className={styles.field}>
      <label className={styles.label} htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className={styles.hint} id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {cloneElement(children, { id, 'aria-describedby': hint ? `${id}-hint` : undefined })}
    </div>
  );
}

const classes = (...names: (string | undefined)[]) => names.filter(Boolean).join(' ');

export function TextAreaField({
  label,
  hint,
  className,
  ...props
}: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Field label={label} hint={hint}>
      <textarea className={classes(styles.textarea, className)} {...props} />
    </Field>
  );
}

export function TextField({
  label,
  hint,
  className,
  ...props
}: FieldProps & ComponentProps<'input'>) {
  return (
    <Field label={label} hint={hint}>
      <input className={classes(styles.input, className)} {...props} />
    </Field>
  );
}

/**
 * A passphrase box: hidden as it is typed, and named for the browser's password
 * manager as the passphrase in use, or a new one.
 */
export function PassphraseField({
  isNew = false,
  onText,
  ...props
}: FieldProps &
  Omit<ComponentProps<'input'>, 'type' | 'autoComplete' | 'onChange'> & {
    isNew?: boolean;
    onText: (text: string) => void;
  }) {
  return (
    <TextField
      {...props}
      type="password"
      autoComplete={isNew ? 'new-password' : 'current-password'}
      onChange={(event) => onText(event.target.value)}
    />
  );
}

/** A box to tick with its words beside it, the line as tall as a tap target. */
export function CheckField({
  label,
  onCheck,
  ...props
}: { label: ReactNode; onCheck: (checked: boolean) => void } & Pick<
  ComponentProps<'input'>,
  'checked' | 'disabled'
>) {
  return (
    <label className={controls.checkLine}>
      <input type="checkbox" {...props} onChange={(event) => onCheck(event.target.checked)} />
      <span>{label}</span>
    </label>
  );
}

export { styles as fieldStyles };
