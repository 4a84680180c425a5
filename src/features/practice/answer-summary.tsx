import type { Answer } from '../../storage/answers';
import styles from './practice.module.css';

/** One answer, shown back as plain text (never as HTML). */
export function AnswerSummary({ answer }: { answer: Answer | undefined }) {
  if (!answer) return <p className={styles.answerText}>You left this one for now.</p>;
  switch (answer.kind) {
    case 'text':
      return (
        <p className={styles.answerText}>{answer.text.trim() || 'You left this one for now.'}</p>
      );
    case 'rating':
      return <p className={styles.answerText}>{answer.value} out of 10</p>;
    case 'checklist':
    case 'list': {
      const items = answer.kind === 'list' ? answer.items.filter((i) => i.trim()) : answer.checked;
      return items.length > 0 ? (
        <ul>
          {items.map((item, i) => (
            <li key={i} className={styles.answerText}>
              {item}
            </li>
          ))}
        </ul>
      ) : (
        <p className={styles.answerText}>You left this one for now.</p>
      );
    }
    case 'goal':
      return (
        <p className={styles.answerText}>
          {answer.goalId
            ? `Added to your goals: “${answer.title}”.`
            : `Not made into a goal this time: “${answer.title}”.`}
        </p>
      );
    case 'pause':
      return (
        <p className={styles.answerText}>
          {answer.isDone ? 'You took the pause.' : 'You moved on without the pause.'}
        </p>
      );
  }
}
