import { use, useEffect, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { loadModule } from '../../content/catalog';
import type { Module } from '../../content/module-schema';
import { newId } from '../../lib/ids';
import { createSuspenseCache } from '../../lib/suspense-cache';
import type { JournalEntry, JournalLink } from '../../storage/journal';
import { ButtonLink } from '../../ui/button';
import { Page, layout } from '../../ui/layout';
import { PageHeading } from '../../ui/page-heading';
import styles from './editor.module.css';
import { draftKeyFor, readDraft } from './entry-drafts';
import { EntryForm, sameInput } from './entry-form';
import { useJournalStore, type EntryInput } from './journal-store';

const modules = createSuspenseCache(loadModule);

function practiceLink(
  module: Module | undefined,
  stepId: string | null,
  runId: string,
): Extract<JournalLink, { kind: 'practice' }> | null {
  const step = module?.steps.find((s) => s.id === stepId);
  if (!module || !step) return null;
  return {
    kind: 'practice',
    moduleId: module.id,
    stepId: step.id,
    runId,
    prompt: step.prompt?.label ?? step.title,
  };
}

/** /journal/new, and /journal/new?module=<id>&step=<step id> when writing from a practice prompt. */
export function NewEntryScreen() {
  const [params] = useSearchParams();
  const moduleId = params.get('module');
  const module = moduleId ? use(modules.get(moduleId)) : undefined;
  const [runId] = useState(() => params.get('run') ?? newId());
  const link = practiceLink(module, params.get('step'), runId);

  // Tag suggestions come from the journal; the editor doesn't wait for it.
  useEffect(() => {
    void useJournalStore.getState().load();
  }, []);

  return (
    <Page>
      <Link to="/journal" className={styles.back}>
        ← Your journal
      </Link>
      <PageHeading title="New entry">New entry</PageHeading>
      <Editor
        key={`new:${link?.moduleId ?? ''}:${link?.stepId ?? ''}`}
        entry={null}
        baseline={{ text: '', mood: null, tags: [], link }}
      />
    </Page>
  );
}

/** /journal/<entry id>: read and change one entry, or delete it. */
export function EditEntryScreen() {
  const { entryId = '' } = useParams();
  use(useJournalStore.getState().load());
  const entry = useJournalStore((state) => state.entries.find((e) => e.id === entryId));
  // Deleted from this screen a moment ago: the journal is opening, so say nothing here.
  const isJustDeleted = useJournalStore(
    (state) => state.toast?.kind === 'deleted' && state.toast.entryId === entryId,
  );

  if (!entry && isJustDeleted) return null;
  if (!entry) {
    return (
      <Page>
        <PageHeading title="Entry not found">This entry isn't here</PageHeading>
        <p className={layout.lead}>
          It may have been deleted, or the link is old. Everything else in your journal is safe.
        </p>
        <div className={layout.actions}>
          <ButtonLink to="/journal">Back to your journal</ButtonLink>
        </div>
      </Page>
    );
  }
  const written = new Date(entry.createdAt).toLocaleString(undefined, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  });
  return (
    <Page>
      <Link to="/journal" className={styles.back}>
        ← Your journal
      </Link>
      <PageHeading title="Your entry">Your entry</PageHeading>
      <p className={styles.written}>Written {written}</p>
      <Editor
        key={entry.id}
        entry={entry}
        baseline={{ text: entry.text, mood: entry.mood, tags: entry.tags, link: entry.link }}
      />
    </Page>
  );
}

/** Waits for any unfinished draft of this place, then opens the form with it. */
function Editor({ entry, baseline }: { entry: JournalEntry | null; baseline: EntryInput }) {
  const draftKey = draftKeyFor(entry?.id ?? null);
  const [start, setStart] = useState<{ initial: EntryInput; wasRestored: boolean } | null>(null);

  useEffect(() => {
    let isCurrent = true;
    void readDraft(draftKey).then((draft) => {
      if (!isCurrent) return;
      const kept: EntryInput | null = draft
        ? { text: draft.text, mood: draft.mood, tags: draft.tags, link: draft.link }
        : null;
      const isWorthOffering = kept !== null && !sameInput(kept, baseline);
      setStart({ initial: isWorthOffering ? kept : baseline, wasRestored: isWorthOffering });
    });
    return () => {
      isCurrent = false;
    };
    // The baseline is read once, when the editor opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draftKey]);

  if (!start) return <p className={layout.muted}>Opening your page…</p>;
  return (
    <EntryForm
      draftKey={draftKey}
      entry={entry}
      baseline={baseline}
      initial={start.initial}
      wasRestored={start.wasRestored}
    />
  );
}
