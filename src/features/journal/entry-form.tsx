import { useEffect, useMemo, useRef, useState, type ComponentProps, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { findModuleSummary } from '../../content/catalog';
import { newId } from '../../lib/ids';
import type { JournalEntry, JournalLink } from '../../storage/collections/journal';
import { discardDraft, draftRecords } from '../../state/drafts-store';
import { LIMITS } from '../../storage/engine/record-fields';
import { isStored, type SaveOutcome } from '../../state/record-store';
import { Button } from '../../ui/button';
import { TextAreaField } from '../../ui/fields';
import { layout } from '../../ui/layout';
import { DiscardWordsDialog, KeptWordsNotice } from '../../ui/kept-words';
import { LengthHint } from '../../ui/length-hint';
import { RatingScale } from '../../ui/rating-scale';
import { TwoVersions } from '../../ui/two-versions';
import styles from './editor.module.css';
import { keepJournalDraft, sameValues, type EditorValues } from './entry-drafts';
import { EntrySource } from './entry-source';
import { sourceWords } from './entry-source-words';
import { tagsInUse } from './filter-entries';
import { journal, journalRecords } from './journal-store';
import { TagInput, withTags } from './tag-input';
import { useJournalEntries } from './use-journal-entries';

export type EditorStart = {
  draftKey: string;
  /** What "start fresh" goes back to: the saved entry, or an empty page. */
  baseline: EditorValues;
  initial: EditorValues;
  wasRestored: boolean;
  /** A draft left by another tab or a closed one, taken up here: it goes once this one is kept. */
  adoptFrom: string | null;
  entryId: string;
  isNew: boolean;
  /** The stored version this editing started from. */
  base: { version: string | null; record: JournalEntry | null };
};

/** 'too-long': refused as invalid because of its length; 'invalid': refused for another reason. */
type Problem = 'empty' | 'too-long' | Exclude<SaveOutcome, 'saved' | 'unchanged' | 'conflict'> | null;

const PROBLEM_WORDS: Record<Exclude<Problem, null>, string> = {
  empty: 'Write a few words first, then save.',
  quota:
    "We couldn't save just now because this device is out of space. Your words are still here. Export a copy to keep them safe.",
  failed:
    "We couldn't save this entry just now. Your words are still here, kept as a draft, and we'll keep trying.",
  'too-long':
    "This entry is longer than one entry can hold, so it wasn't saved. Your words are still here; you could move some of them to a new entry.",
  invalid:
    "We couldn't save this entry as it is. Your words are still here. You could copy them somewhere safe, or export a copy of your data.",
};

/** The editor: words, an optional mood, tags. A draft is kept as the person types. */
export function EntryForm({ start }: { start: EditorStart }) {
  const { draftKey, baseline, entryId, isNew } = start;
  const navigate = useNavigate();
  const allEntries = useJournalEntries();
  const knownTags = useMemo(() => tagsInUse(allEntries), [allEntries]);
  const conflict = journalRecords.use((state) => state.conflicts.get(entryId));

  const [values, setValues] = useState(start.initial);
  const current = useRef(start.initial);
  const [base, setBase] = useState(start.base);
  const [restoredNotice, setRestoredNotice] = useState(start.wasRestored);
  const [adoptFrom, setAdoptFrom] = useState(start.adoptFrom);
  const [problem, setProblem] = useState<Problem>(null);
  const [isSaving, setSaving] = useState(false);
  const [isConfirmingLeave, setConfirmingLeave] = useState(false);
  const textArea = useRef<HTMLDivElement>(null);
  const moodArea = useRef<HTMLDivElement>(null);
  // Back to writing, with the caret after the last word.
  const focusText = () => {
    const field = textArea.current?.querySelector('textarea');
    field?.focus();
    field?.setSelectionRange(field.value.length, field.value.length);
  };

  // Leaving the editor by any route writes the draft now rather than in a moment.
  useEffect(() => () => void draftRecords.flush(), []);

  const forget = async () => {
    await discardDraft(draftKey);
    if (adoptFrom) await discardDraft(adoptFrom);
  };

  const update = (change: Partial<EditorValues>) => {
    const next = { ...current.current, ...change };
    current.current = next;
    setValues(next);
    if (problem === 'empty') setProblem(null);
    if (sameValues(next, baseline)) {
      void discardDraft(draftKey);
      return;
    }
    void keepJournalDraft(draftKey, next, { entryId, isNew, base: base.version });
    // A draft a closed tab left, now carried on here: this tab's copy replaces it.
    if (adoptFrom) {
      void discardDraft(adoptFrom);
      setAdoptFrom(null);
    }
  };

  const finished = async () => {
    await forget();
    navigate('/journal');
  };

  const onSave = async (event: FormEvent) => {
    event.preventDefault();
    if (isSaving) return;
    const tags = withTags(current.current.tags, [current.current.typedTag]);
    update({ tags, typedTag: '' });
    if (current.current.text.trim() === '') {
      setProblem('empty');
      focusText();
      return;
    }
    setSaving(true);
    const { text, mood, link } = current.current;
    const { outcome } = await journal.saveEntry(entryId, { text, mood, tags, link }, base);
    setSaving(false);
    if (isStored(outcome)) await finished();
    else if (outcome === 'invalid' && text.length > LIMITS.entryText) setProblem('too-long');
    else if (outcome !== 'conflict') setProblem(outcome);
  };

  const leave = () => {
    if (sameValues(current.current, baseline)) navigate('/journal');
    else setConfirmingLeave(true);
  };

  return (
    <form className={styles.form} onSubmit={(event) => void onSave(event)} noValidate>
      {conflict ? (
        <TwoVersions
          what="entry"
          theirs={conflict.theirs.text}
          onKeepMine={() =>
            void journalRecords.resolve(entryId, 'mine').then((outcome) => {
              if (outcome === 'saved') void finished();
            })
          }
          onKeepTheirs={() => {
            const { theirs } = conflict;
            void journalRecords.resolve(entryId, 'theirs');
            const kept = { text: theirs.text, mood: theirs.mood, tags: theirs.tags, link: theirs.link, typedTag: '' };
            current.current = kept;
            setValues(kept);
            setBase({ version: theirs.updatedAt, record: theirs });
            void forget();
          }}
          onKeepBoth={() => void journal.keepBoth(entryId, newId()).then(() => finished())}
        />
      ) : null}

      {restoredNotice ? (
        <KeptWordsNotice
          what="something here"
          startOverLabel={isNew ? 'Start fresh' : 'Go back to the saved entry'}
          onKeepGoing={() => {
            setRestoredNotice(false);
            focusText();
          }}
          onStartOver={() => {
            current.current = baseline;
            setValues(baseline);
            // Only this tab's own draft goes; one another tab left stays listed in the journal.
            void discardDraft(draftKey);
            setAdoptFrom(null);
            setRestoredNotice(false);
            focusText();
          }}
        />
      ) : null}

      {values.link ? <EntrySource words={sourceWords(values.link, findModuleSummary)} className={styles.source} /> : null}
      <div ref={textArea}>
        <EntryTextField
          link={values.link}
          value={values.text}
          onChange={(event) => update({ text: event.target.value })}
        />
        <LengthHint length={values.text.length} limit={LIMITS.entryText} what="One entry" />
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
        typed={values.typedTag}
        knownTags={knownTags}
        onWanted={() => void journalRecords.load()}
        onTyped={(typedTag) => update({ typedTag })}
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
        {!isNew ? (
          <Button
            variant="quiet"
            className={styles.delete}
            onClick={() => {
              void forget();
              journal.deleteEntry(entryId);
              navigate('/journal');
            }}
          >
            Delete entry
          </Button>
        ) : null}
      </div>

      <DiscardWordsDialog
        isOpen={isConfirmingLeave}
        title={isNew ? 'Leave without saving this entry?' : 'Leave without saving your changes?'}
        onKeepWriting={() => setConfirmingLeave(false)}
        onDiscard={() => {
          setConfirmingLeave(false);
          void forget();
          navigate('/journal');
        }}
      />
    </form>
  );
}

/**
 * The entry's words. Also drawn before the app starts, from the stored entry, on a
 * page opened by its address (src/app/early-paint.tsx).
 */
export function EntryTextField({
  link,
  ...props
}: { link: JournalLink | null } & Pick<ComponentProps<'textarea'>, 'value' | 'defaultValue' | 'onChange'>) {
  return (
    <TextAreaField
      label={link?.kind === 'practice' && link.prompt ? link.prompt : "What's on your mind?"}
      hint="Only you can see this. It's kept as a draft on this device while you write."
      rows={10}
      maxLength={LIMITS.entryText}
      className={styles.text}
      {...props}
    />
  );
}
