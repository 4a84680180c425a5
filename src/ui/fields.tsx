import {
  useId,
  type ComponentProps,
  type ReactNode,
  type TextareaHTMLAttributes,
} from 'react';
import styles from './field.module.css';

type FieldProps = { label: ReactNode; hint?: ReactNode };

export function TextAreaField({
  label,
  hint,
  className,
  ...props
}: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
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
      <textarea
        id={id}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className={[styles.textarea, className].filter(Boolean).join(' ')}
        {...props}
      />
    </div>
  );
}

export function TextField({
  label,
  hint,
  className,
  ...props
}: FieldProps & ComponentProps<'input'>) {
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
      <input
        id={id}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className={[styles.input, className].filter(Boolean).join(' ')}
        {...props}
      />
    </div>
  );
}

export { styles as fieldStyles };
