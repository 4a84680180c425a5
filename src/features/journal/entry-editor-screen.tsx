import { use, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { loadModule } from '../../content/catalog';
import type { Module } from '../../content/module-schema';
import { formatWritten } from '../../lib/dates';
import { newId } from '../../lib/ids';
import { createSuspenseCache } from '../../lib/suspense-cache';
import type { JournalDraft } from '../../storage/collections/drafts';
import type { JournalEntry, JournalLink } from '../../storage/collections/journal';
import { draftRecords } from '../../state/drafts-store';
import { useLoaded } from '../../state/use-loaded';
import { BackLink } from '../../ui/back-link';
import { ButtonLink } from '../../ui/button';
import { Page, layout } from '../../ui/layout';
import { PageHeading } from '../../ui/page-heading';
import { UnreadableNotice } from '../../ui/unreadable-notice';
import styles from './editor.module.css';
import {
  journalDraftKey,
  otherJournalDrafts,
  ownJournalDraft,
  unfinishedJournalDrafts,
  valuesOf,
  type EditorValues,
} from './entry-drafts';
import { EntryForm, type EditorStart } from './entry-form';
import { journalRecords } from './journal-store';
import { WAITING_FOR_DATA } from '../../ui/screen-loading';

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

/**
 * /journal/new; /journal/new?module=<id>&step=<step id> when writing from a
 * practice prompt; /journal/new?draft=<draft id> to carry on with unfinished writing.
 */
export function NewEntryScreen() {
  const [params] = useSearchParams();
  const moduleId = params.get('module');
  const module = moduleId ? use(modules.get(moduleId)) : undefined;
  const [runId] = useState(() => params.get('run') ?? newId());
  const link = practiceLink(module, params.get('step'), runId);
  const draftsPhase = useLoaded(draftRecords);

  return (
    <Page>
      <BackLink to="/journal">Your journal</BackLink>
      <PageHeading title="New entry">New entry</PageHeading>
      {draftsPhase === 'ready' || draftsPhase === 'unreadable' ? (
        <NewEntryEditor key={params.toString()} link={link} chosenDraft={params.get('draft')} />
      ) : (
        <p className={`${layout.muted} ${styles.opening}`} {...WAITING_FOR_DATA}>
          Opening your page…
        </p>
      )}
    </Page>
  );
}

function NewEntryEditor({ link, chosenDraft }: { link: JournalLink | null; chosenDraft: string | null }) {
  const [start] = useState(() => {
    const key = journalDraftKey(null);
    const baseline: EditorValues = { text: '', mood: null, tags: [], link, typedTag: '' };
    const own = ownJournalDraft(key);
    const chosen = chosenDraft ? draftRecords.getState().records.get(chosenDraft) : undefined;
    const other = chosen?.kind === 'journal' ? chosen : (own ? undefined : otherJournalDrafts(key, null)[0]);
    return startFrom(key, baseline, own ?? other, own ? null : (other?.id ?? null), {
      entryId: newId(),
      version: null,
      record: null,
    });
  });
  return <EntryForm start={start} />;
}

/** /journal/<entry id>: read and change one entry, or delete it. */
export function EditEntryScreen() {
  const { entryId = '' } = useParams();
  const phase = useLoaded(journalRecords);
  const draftsPhase = useLoaded(draftRecords);
  const stored = journalRecords.use((state) => state.records.get(entryId));
  // Deleted elsewhere while open here: the editor stays, with its words (an edit outlives a delete).
  const [seen, setSeen] = useState(stored);
  if (stored && stored !== seen) setSeen(stored);
  const entry = stored ?? (seen?.id === entryId ? seen : undefined);
  const left = draftRecords.use((state) => (entry ? undefined : draftLeftFor(state.records, entryId)));

  if (phase === 'unreadable') return <UnreadableNotice what="your journal" onRetry={() => void journalRecords.load()} />;
  if (phase !== 'ready' || draftsPhase === 'idle' || draftsPhase === 'loading') {
    return (
      <Page>
        <BackLink to="/journal">Your journal</BackLink>
        <p className={`${layout.muted} ${styles.opening}`} {...WAITING_FOR_DATA}>
          Opening your entry…
        </p>
      </Page>
    );
  }
  if (!entry && left) {
    return (
      <Page>
        <EntryTop written={formatWritten(left.createdAt)} />
        <DeletedElsewhere />
        <ReturningEntryEditor key={left.id} draft={left} />
      </Page>
    );
  }
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
  return (
    <Page>
      <EntryTop written={formatWritten(entry.createdAt)} />
      {stored ? null : <DeletedElsewhere />}
      <EditEntryEditor key={entry.id} entry={entry} />
    </Page>
  );
}

function DeletedElsewhere() {
  return (
    <p className={layout.lead} role="status">
      This entry was deleted in another tab or window. Your words are still here: save them to
      keep this entry, or leave it and it stays deleted.
    </p>
  );
}

/** This tab's own unfinished words for an entry, or the newest another tab left. */
function draftLeftFor(drafts: ReadonlyMap<string, unknown>, entryId: string): JournalDraft | undefined {
  const own = drafts.get(journalDraftKey(entryId)) as JournalDraft | undefined;
  if (own?.kind === 'journal' && own.entryId === entryId) return own;
  return unfinishedJournalDrafts(drafts).find((draft) => draft.entryId === entryId && !draft.isNew);
}

/** Words kept for an entry deleted since: they open as that entry again, every one. */
function ReturningEntryEditor({ draft }: { draft: JournalDraft }) {
  const [start] = useState(() => {
    const key = journalDraftKey(draft.entryId);
    const baseline: EditorValues = { text: '', mood: null, tags: [], link: draft.link, typedTag: '' };
    return startFrom(key, baseline, draft, draft.id === key ? null : draft.id, {
      entryId: draft.entryId,
      version: null,
      record: null,
    });
  });
  return <EntryForm start={start} />;
}

/**
 * The top of an entry's screen. Also drawn before the app starts, from the stored
 * entry, on a page opened by its address (src/app/early-paint.tsx).
 */
export function EntryTop({ written }: { written: string }) {
  return (
    <>
      <BackLink to="/journal">Your journal</BackLink>
      <PageHeading title="Your entry">Your entry</PageHeading>
      <p className={styles.written}>Written {written}</p>
    </>
  );
}

function EditEntryEditor({ entry }: { entry: JournalEntry }) {
  const [start] = useState(() => {
    const key = journalDraftKey(entry.id);
    const baseline: EditorValues = { text: entry.text, mood: entry.mood, tags: entry.tags, link: entry.link, typedTag: '' };
    const own = ownJournalDraft(key);
    const other = own ? undefined : otherJournalDrafts(key, entry)[0];
    const kept = own ?? other;
    const version = kept?.base ?? entry.updatedAt;
    return startFrom(key, baseline, kept, other?.id ?? null, {
      entryId: entry.id,
      version,
      // The entry as the editing began, when that is the version stored now.
      record: version === entry.updatedAt ? entry : null,
    });
  });
  return <EntryForm start={start} />;
}

/** The editor opens with a kept draft (its own, or one a closed tab left) or the baseline. */
function startFrom(
  draftKey: string,
  baseline: EditorValues,
  kept: JournalDraft | undefined,
  adoptFrom: string | null,
  target: { entryId: string; version: string | null; record: JournalEntry | null },
): EditorStart {
  return {
    draftKey,
    baseline,
    initial: kept ? valuesOf(kept) : baseline,
    wasRestored: kept !== undefined,
    adoptFrom: kept ? adoptFrom : null,
    entryId: kept && target.version === null ? kept.entryId : target.entryId,
    isNew: target.version === null,
    base: { version: target.version, record: target.record },
  };
}
