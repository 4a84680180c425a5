import { useId, useRef } from 'react';
import { normalizeForSearch } from '../../lib/text-search';
import { fieldStyles } from '../../ui/fields';
import styles from './editor.module.css';

const MAX_TAG_LENGTH = 60;
const MAX_SUGGESTIONS = 8;

/** Adds each new tag once (ignoring case and accents), trimmed and kept short. */
export function withTags(tags: readonly string[], typed: readonly string[]): string[] {
  const next = [...tags];
  const seen = new Set(next.map(normalizeForSearch));
  for (const raw of typed) {
    const tag = raw.replace(/\s+/g, ' ').trim().slice(0, MAX_TAG_LENGTH).trim();
    if (tag === '' || seen.has(normalizeForSearch(tag))) continue;
    seen.add(normalizeForSearch(tag));
    next.push(tag);
  }
  return next;
}

/**
 * Tags: type one and press Enter or a comma. Tags used before are offered as
 * buttons, narrowed by what is typed.
 */
export function TagInput({
  tags,
  typed,
  knownTags,
  onWanted,
  onTyped,
  onChange,
}: {
  tags: readonly string[];
  /** What is in the box but not yet a tag (kept by the form, so Save can add it). */
  typed: string;
  knownTags: readonly string[];
  /** The person has come to the tags: time to find the ones used before. */
  onWanted: () => void;
  onTyped: (text: string) => void;
  onChange: (tags: string[]) => void;
}) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const typedNormal = normalizeForSearch(typed.trim());
  const chosen = new Set(tags.map(normalizeForSearch));
  const suggestions = knownTags
    .filter((tag) => !chosen.has(normalizeForSearch(tag)))
    .filter((tag) => typedNormal === '' || normalizeForSearch(tag).includes(typedNormal))
    .slice(0, MAX_SUGGESTIONS);

  const add = (more: string[]) => onChange(withTags(tags, more));

  return (
    <div className={fieldStyles.field}>
      <label className={fieldStyles.label} htmlFor={id}>
        Tags (optional)
      </label>
      <p className={fieldStyles.hint} id={`${id}-hint`}>
        Press Enter or type a comma after each one.
      </p>
      {tags.length > 0 ? (
        <ul className={styles.tagList} aria-label="Tags on this entry">
          {tags.map((tag) => (
            <li key={tag} className={styles.tag}>
              <span>{tag}</span>
              <button
                type="button"
                className={styles.removeTag}
                aria-label={`Remove tag ${tag}`}
                onClick={() => {
                  onChange(tags.filter((t) => t !== tag));
                  input.current?.focus();
                }}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <input
        ref={input}
        id={id}
        className={fieldStyles.input}
        aria-describedby={`${id}-hint`}
        value={typed}
        autoComplete="off"
        enterKeyHint="done"
        onFocus={onWanted}
        onChange={(event) => {
          const parts = event.target.value.split(',');
          const rest = parts.pop() ?? '';
          if (parts.length > 0) add(parts);
          onTyped(rest);
        }}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          // Enter makes a tag; it never sends the whole form.
          event.preventDefault();
          if (typed.trim() === '') return;
          add([typed]);
          onTyped('');
        }}
      />
      {suggestions.length > 0 ? (
        <div className={styles.suggestions} role="group" aria-labelledby={`${id}-known`}>
          <span id={`${id}-known`} className={styles.suggestionsLabel}>
            Tags you've used:
          </span>
          {suggestions.map((tag) => (
            <button
              key={tag}
              type="button"
              className={styles.suggestion}
              onClick={() => {
                add([tag]);
                onTyped('');
                input.current?.focus();
              }}
            >
              {tag}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
