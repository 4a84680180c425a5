import { useMemo, type ReactNode } from 'react';
import type { Prompt } from '../../content/prompt-schema';
import type { Answer, AnswerKind, AnswerOf } from '../../storage/collections/answers';
import { feedFor, type FeedKind } from '../../state/list-feeds';
import { useLoaded } from '../../state/use-loaded';
import { entries } from './practice-store';
import styles from './practice.module.css';
import { WAITING_FOR_DATA } from '../../ui/screen-loading';

const LEFT = 'You left this one for now.';

const Words = ({ children }: { children: ReactNode }) => <p className={styles.answerText}>{children}</p>;

function Items({ items }: { items: string[] }) {
  const kept = items.filter((item) => item.trim());
  return kept.length > 0 ? (
    <ul>
      {kept.map((item, i) => (
        <li key={i} className={styles.answerText}>
          {item}
        </li>
      ))}
    </ul>
  ) : (
    <Words>{LEFT}</Words>
  );
}

/** A written answer: the words of its journal entry, the one place they are kept. */
function TextAnswer({ answer }: { answer: AnswerOf<'text'> }) {
  const entry = entries.use((state) => state.records.get(answer.entryId));
  const text = entry?.text ?? answer.adopt ?? '';
  return <Words>{text.trim() || LEFT}</Words>;
}

/** A list's words: its own, and those of the records it names on the map or the strengths lists. */
function ListAnswer({ answer, feeds }: { answer: AnswerOf<'list'>; feeds: FeedKind | undefined }) {
  if (!feeds || answer.refs.length === 0) return <Items items={answer.items} />;
  return <FedItems answer={answer} feeds={feeds} />;
}

function FedItems({ answer, feeds }: { answer: AnswerOf<'list'>; feeds: FeedKind }) {
  const feed = feedFor(feeds);
  const phase = useLoaded(feed.store);
  const records = feed.store.use((state) => state.records);
  const labels = useMemo(() => new Map(feed.itemsFrom(records).map((item) => [item.id, item.label])), [feed, records]);
  if (phase === 'unreadable') return <Words>This list couldn't be read just now.</Words>;
  if (phase !== 'ready') {
    return (
      <p className={styles.answerText} {...WAITING_FOR_DATA}>
        Opening…
      </p>
    );
  }
  // Named by the map or the strengths lists, which hold the words: as they are now.
  return <Items items={[...answer.items, ...answer.refs.flatMap((id) => labels.get(id) ?? [])]} />;
}

/** One summary per kind: a kind without one fails the type check. */
const SUMMARIES: { [K in AnswerKind]: (props: { answer: AnswerOf<K>; prompt?: Prompt }) => ReactNode } = {
  text: TextAnswer,
  rating: ({ answer }) => <Words>{answer.value} out of 10</Words>,
  checklist: ({ answer }) => <Items items={answer.checked} />,
  list: ({ answer, prompt }) => <ListAnswer answer={answer} feeds={prompt?.kind === 'list' ? prompt.feeds : undefined} />,
  goal: ({ answer }) => (
    <Words>
      {answer.goalId
        ? `Added to your goals: “${answer.title}”.`
        : `Not made into a goal this time: “${answer.title}”.`}
    </Words>
  ),
  pause: ({ answer }) => (
    <Words>{answer.isDone ? 'You took the pause.' : 'You moved on without the pause.'}</Words>
  ),
};

/** One answer, shown back as plain text (never as HTML). */
export function AnswerSummary({ answer, prompt }: { answer: Answer | undefined; prompt?: Prompt }) {
  if (!answer) return <Words>{LEFT}</Words>;
  const Summary = SUMMARIES[answer.kind] as (props: { answer: Answer; prompt?: Prompt }) => ReactNode;
  return <Summary answer={answer} prompt={prompt} />;
}
