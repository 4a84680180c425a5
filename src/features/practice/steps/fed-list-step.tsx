import { useEffect, useMemo } from 'react';
import type { ListFeed } from '../../../content/prompt-schema';
import { feedFor, type FeedKind } from '../../../state/list-feeds';
import { useLoaded } from '../../../state/use-loaded';
import { Button } from '../../../ui/button';
import { practice, runs } from '../practice-store';
import { ListFields } from './list-fields';
import type { StepProps } from './step-props';
import { useListTyping } from './use-list-typing';
import styles from './steps.module.css';
import { WAITING_FOR_DATA } from '../../../ui/screen-loading';

// The content's `feeds` values and the lists storage can feed are the same list.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const feedsAgree: Same<ListFeed, FeedKind> = true;
void feedsAgree;

const OFFERS_TITLE: Record<ListFeed, string> = {
  'safe-people': 'People on your belonging map:',
  circles: 'Circles on your belonging map:',
  strengths: 'From your strengths page:',
  valued: 'From your strengths page:',
};

const WHAT: Record<ListFeed, string> = {
  'safe-people': 'your belonging map',
  circles: 'your belonging map',
  strengths: 'your strengths',
  valued: 'your strengths',
};

/**
 * A list that feeds one kept elsewhere: the answer names records there (refs),
 * and the words are theirs. Adding a name that is already there links to it; a
 * name changed here is changed there; what is there is offered to tap.
 */
export function FedListStep({ module, stepId, prompt, answer, onChange, feeds }: StepProps<'list'> & { feeds: ListFeed }) {
  const feed = feedFor(feeds);
  const phase = useLoaded(feed.store);
  const records = feed.store.use((state) => state.records);
  const all = useMemo(() => feed.itemsFrom(records), [feed, records]);
  const runId = runs.use((state) => state.records.get(module.id)?.runId);
  const refs = useMemo(() => answer?.refs ?? [], [answer]);
  const { typed, setTyped } = useListTyping(module.id, stepId, answer);
  const legacyWords = answer?.items ?? [];
  const source = () => ({ moduleId: module.id, runId: runId ?? practice.ensureRun(module.id).runId });
  // Each change applies to the refs as stored now, so another tab's additions stay.
  const link = (id: string) =>
    void practice.changeList(module.id, stepId, (a) => (a.refs.includes(id) ? null : { ...a, refs: [...a.refs, id] }));

  // Words written before this list fed the map are handed to it once, and named from then on.
  const isReady = phase === 'ready';
  const hasLegacy = legacyWords.length > 0;
  useEffect(() => {
    if (!isReady || !hasLegacy || !answer) return;
    const ids = answer.items.filter((w) => w.trim()).map((w) => feed.add(w.trim(), source()));
    onChange({ ...answer, items: [], refs: [...answer.refs, ...ids.filter((id, i) => !answer.refs.includes(id) && ids.indexOf(id) === i)] });
    // Runs once the list is read, for the words found then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [isReady, hasLegacy]);

  if (phase === 'unreadable') {
    return (
      <div className={styles.readProblem} role="status">
        <p>{`${capitalise(WHAT[feeds])} couldn't be read just now, so this list can't be shown. Nothing has been changed or deleted.`}</p>
        <Button variant="secondary" size="small" onClick={() => void feed.store.load()}>
          Try again
        </Button>
      </div>
    );
  }
  if (!isReady) {
    return (
      <p className={styles.hint} role="status" {...WAITING_FOR_DATA}>
        Opening {WHAT[feeds]}…
      </p>
    );
  }

  const labelOf = new Map(all.map((item) => [item.id, item.label]));
  // A record removed elsewhere since is no longer shown here.
  const listed = refs.filter((id) => labelOf.has(id));
  const isFull = listed.length >= prompt.max;
  const add = (text: string) => {
    const value = text.trim();
    if (!value || isFull) return;
    link(feed.add(value, source()));
    // A tapped suggestion leaves what was typed where it is.
    if (text === typed) setTyped('');
  };
  const offered = all.filter((item) => !refs.includes(item.id));
  return (
    <ListFields
      prompt={prompt}
      items={listed.map((id) => ({ key: id, text: labelOf.get(id) ?? '' }))}
      typed={typed}
      onType={setTyped}
      onAdd={add}
      // A name can't be empty: while the box is cleared, the stored name stays.
      onEdit={(id, text) => {
        if (text.trim()) feed.rename(id, text);
      }}
      onRemove={(id) => {
        void practice.changeList(module.id, stepId, (a) =>
          a.refs.includes(id) ? { ...a, refs: a.refs.filter((ref) => ref !== id) } : null,
        );
        feed.release(id, source());
      }}
      offers={offered.map((item) => ({
        label: item.label,
        onAdd: () => {
          if (isFull) return;
          feed.link(item.id);
          link(item.id);
        },
      }))}
      offersTitle={OFFERS_TITLE[feeds]}
      suggestions={prompt.suggestions.filter((s) => feed.find(s) === undefined)}
    />
  );
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
