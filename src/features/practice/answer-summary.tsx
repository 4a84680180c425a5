import type { ReactNode } from 'react';
import type { Answer, AnswerKind, AnswerOf } from '../../storage/answers';
import { entries } from './practice-store';
import styles from './practice.module.css';

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

/** One summary per kind: a kind without one fails the type check. */
const SUMMARIES: { [K in AnswerKind]: (props: { answer: AnswerOf<K> }) => ReactNode } = {
  text: TextAnswer,
  rating: ({ answer }) => <Words>{answer.value} out of 10</Words>,
  checklist: ({ answer }) => <Items items={answer.checked} />,
  list: ({ answer }) => <Items items={answer.items} />,
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
export function AnswerSummary({ answer }: { answer: Answer | undefined }) {
  if (!answer) return <Words>{LEFT}</Words>;
  const Summary = SUMMARIES[answer.kind] as (props: { answer: Answer }) => ReactNode;
  return <Summary answer={answer} />;
}
