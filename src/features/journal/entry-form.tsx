import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { JournalEntry } from '../../storage/journal';
import { Button } from '../../ui/button';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { TextAreaField } from '../../ui/fields';
import { layout } from '../../ui/layout';
import { RatingScale } from '../../ui/rating-scale';
import styles from './editor.module.css';
import { discardDraft, flushDraft, keepDraft } from './entry-drafts';
import { EntrySource } from './entry-source';
import { tagsInUse } from './filter-entries';
import { useJournalStore, type EntryInput } from './journal-store';
import { TagInput, withTags } from './tag-input';

type Problem = 'empty' | 'quota' | 'failed' | 'newer-elsewhere' | null;

const PROBLEM_WORDS: Record<Exclude<Problem, null>, string> = {
  empty: 'Write a few words first, then save.',
  quota:
    "We couldn't save just now because this device is out of space. Your words are still here. Export a copy to keep them safe.",
  failed:
    "We couldn't save this entry just now. Your words are still here, kept as a draft. Try again in a moment.",
  'newer-elsewhere':
    'This entry was changed in another tab, so we kept that version. Your words from here are still on screen.',
};

export function sameInput(a: EntryInput, b: EntryInput): boolean {
  return (
    a.text === b.text &&
    a.mood === b.mood &&
    a.tags.join('\n') === b.tags.join('\n') &&
    JSON.stringify(a.link) === JSON.stringify(b.link)
  );
}

/** The editor: words, an optional mood, tags. A draft is kept as the person types. */
export function EntryForm({
  draftKey,
  entry,
  baseline,
  initial,
  wasRestored,
}: {
  draftKey: string;
  entry: JournalEntry | null;
  /** What "start fresh" goes back to: the saved entry, or an empty page. */
  baseline: EntryInput;
  initial: EntryInput;
  wasRestored: boolean;
}) {
  const navigate = useNavigate();
  const saveEntry = useJournalStore((state) => state.saveEntry);
  const deleteEntry = useJournalStore((state) => state.deleteEntry);
  const allEntries = useJournalStore((state) => state.entries);
  const knownTags = useMemo(() => tagsInUse(allEntries), [allEntries]);

  const [values, setValues] = useState(initial);
  const current = useRef(initial);
  const [typedTag, setTypedTag] = useState('');
  const [isRestoredNoticeShown, setRestoredNoticeShown] = useState(wasRestored);
  const [problem, setProblem] = useState<Problem>(null);
  const [isSaving, setSaving] = useState(false);
  const [isConfirmingLeave, setConfirmingLeave] = useState(false);
  const textArea = useRef<HTMLDivElement>(null);
  // Back to writing, with the caret after the last word.
  const focusText = () => {
    const field = textArea.current?.querySelector('textarea');
    field?.focus();
    field?.setSelectionRange(field.value.length, field.value.length);
  };
  const moodArea = useRef<HTMLDivElement>(null);
  const entryId = entry?.id ?? null;

  // Leaving the editor by any route writes the draft now rather than in a moment.
  useEffect(() => () => void flushDraft(draftKey), [draftKey]);

  const update = (change: Partial<EntryInput>) => {
    const next = { ...current.current, ...change };
    current.current = next;
    setValues(next);
    if (problem === 'empty') setProblem(null);
    if (sameInput(next, baseline)) void discardDraft(draftKey);
    else keepDraft(draftKey, entryId, next);
  };

  const onSave = async (event: FormEvent) => {
    event.preventDefault();
    if (isSaving) return;
    const tags = typedTag.trim() ? withTags(values.tags, [typedTag]) : values.tags;
    if (tags !== values.tags) {
      setTypedTag('');
      update({ tags });
    }
    if (current.current.text.trim() === '') {
      setProblem('empty');
      focusText();
      return;
    }
    setSaving(true);
    const outcome = await saveEntry(entryId, { ...current.current, tags });
    setSaving(false);
    if (outcome.ok) {
      await discardDraft(draftKey);
      navigate('/journal');
    } else {
      setProblem(outcome.problem);
      await flushDraft(draftKey);
    }
  };

  const leave = () => {
    if (sameInput(current.current, baseline)) navigate('/journal');
    else setConfirmingLeave(true);
  };

  return (
    <form className={styles.form} onSubmit={(event) => void onSave(event)} noValidate>
      {isRestoredNoticeShown ? (
        <div className={`${layout.gentle} ${styles.restored}`} role="status">
          <p>You were writing something here, and we kept it for you.</p>
          <div className={styles.row}>
            <Button
              size="small"
              onClick={() => {
                setRestoredNoticeShown(false);
                focusText();
              }}
            >
              Keep going
            </Button>
            <Button
              size="small"
              variant="secondary"
              onClick={() => {
                current.current = baseline;
                setValues(baseline);
                setTypedTag('');
                void discardDraft(draftKey);
                setRestoredNoticeShown(false);
                focusText();
              }}
            >
              {entry ? 'Go back to the saved entry' : 'Start fresh'}
            </Button>
          </div>
        </div>
      ) : null}

      {values.link ? <EntrySource link={values.link} className={styles.source} /> : null}
      <div ref={textArea}>
        <TextAreaField
          label={
            values.link?.kind === 'practice' && values.link.prompt
              ? values.link.prompt
              : "What's on your mind?"
          }
          hint="Only you can see this. It's kept as a draft on this device while you write."
          value={values.text}
          rows={10}
          className={styles.text}
          onChange={(event) => update({ text: event.target.value })}
        />
      </div>

      <div className={styles.mood} ref={moodArea}>
        <RatingScale
          label="How are you feeling? (optional)"
          low="Very low"
          high="Really good"
          value={values.mood}
          onChange={(mood) => update({ mood })}
        />
        {values.mood !== null ? (
          <Button
            variant="quiet"
            size="small"
            onClick={() => {
              update({ mood: null });
              moodArea.current?.querySelector('input')?.focus();
            }}
          >
            Clear mood
          </Button>
        ) : null}
      </div>

      <TagInput
        tags={values.tags}
        typed={typedTag}
        knownTags={knownTags}
        onTyped={setTypedTag}
        onChange={(tags) => update({ tags })}
      />

      <p className={problem ? styles.problem : 'visually-hidden'} role="alert">
        {problem ? PROBLEM_WORDS[problem] : ''}
      </p>
      <div className={layout.actions}>
        <Button type="submit" aria-disabled={isSaving || undefined}>
          {isSaving ? 'Saving…' : 'Save entry'}
        </Button>
        <Button variant="secondary" onClick={leave}>
          Cancel
        </Button>
        {entry ? (
          <Button
            variant="quiet"
            className={styles.delete}
            onClick={() => {
              void discardDraft(draftKey);
              deleteEntry(entry.id);
              navigate('/journal');
            }}
          >
            Delete entry
          </Button>
        ) : null}
      </div>

      <ConfirmDialog
        isOpen={isConfirmingLeave}
        title={entry ? 'Leave without saving your changes?' : 'Leave without saving this entry?'}
        confirmLabel="Discard what I wrote"
        cancelLabel="Keep writing"
        onCancel={() => setConfirmingLeave(false)}
        onConfirm={() => {
          setConfirmingLeave(false);
          void discardDraft(draftKey);
          navigate('/journal');
        }}
      >
        <p>What you wrote here since the last save will be cleared.</p>
      </ConfirmDialog>
    </form>
  );
}
