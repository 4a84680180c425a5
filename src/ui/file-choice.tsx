import { useId } from 'react';
import styles from './file-choice.module.css';

/**
 * A labelled box for choosing files. Emptied after each choice, so choosing the
 * same file again (after a refusal, or to import it twice) is seen as a choice.
 */
export function FileChoice({
  label,
  accept,
  isMultiple = false,
  onFiles,
  onOpening,
}: {
  label: string;
  accept: string;
  isMultiple?: boolean;
  onFiles: (files: File[]) => void;
  /** The person is about to choose (the box is tapped or focused): code the choice needs can start loading. */
  onOpening?: () => void;
}) {
  const id = useId();
  return (
    <>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <input
        id={id}
        className={styles.input}
        type="file"
        multiple={isMultiple}
        accept={accept}
        onPointerDown={onOpening}
        onFocus={onOpening}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </>
  );
}
