import {
  useId,
  type ComponentProps,
  type ReactNode,
  type TextareaHTMLAttributes,
} from 'react';
import styles from './field.module.css';

type FieldProps = { label: ReactNode; hint?: ReactNode };

/** A label, an optional hint the control is described by, and the control itself. */
function Field({
  label,
  hint,
  control,
}: FieldProps & { control: (ids: { id: string; describedBy: string | undefined }) => ReactNode }) {
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
      {control({ id, describedBy: hint ? `${id}-hint` : undefined })}
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
    <Field
      label={label}
      hint={hint}
      control={({ id, describedBy }) => (
        <textarea id={id} aria-describedby={describedBy} className={classes(styles.textarea, className)} {...props} />
      )}
    />
  );
}

export function TextField({ label, hint, className, ...props }: FieldProps & ComponentProps<'input'>) {
  return (
    <Field
      label={label}
      hint={hint}
      control={({ id, describedBy }) => (
        <input id={id} aria-describedby={describedBy} className={classes(styles.input, className)} {...props} />
      )}
    />
  );
}

export { styles as fieldStyles };
