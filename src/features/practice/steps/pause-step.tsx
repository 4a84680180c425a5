import { useEffect, useState } from 'react';
import { Button } from '../../../ui/button';
import type { StepProps } from './step-props';
import styles from './steps.module.css';

/** A short timed breath. Nothing to get right: it can be skipped, stopped or repeated. */
export function PauseStep({ prompt, answer, onChange }: StepProps<'pause'>) {
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const isRunning = secondsLeft !== null && secondsLeft > 0;

  useEffect(() => {
    if (secondsLeft === null) return;
    if (secondsLeft === 0) {
      onChange({ kind: 'pause', isDone: true });
      return;
    }
    const timer = setTimeout(() => setSecondsLeft(secondsLeft - 1), 1000);
    return () => clearTimeout(timer);
    // onChange changes identity each render; the countdown only follows the seconds.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [secondsLeft]);

  const phase =
    secondsLeft === null
      ? ''
      : Math.floor((prompt.seconds - secondsLeft) / 4) % 2 === 0
        ? 'Breathe in'
        : 'Breathe out';
  return (
    <section className={styles.pause} aria-label={prompt.label}>
      <p className={styles.legend}>{prompt.label}</p>
      <div className={`${styles.breath} ${isRunning ? styles.breathing : ''}`} aria-hidden="true">
        {isRunning ? phase : answer?.isDone ? 'Done' : `${prompt.seconds} s`}
      </div>
      <p role="status" aria-live="polite">
        {isRunning
          ? `${secondsLeft} seconds left. Slow in through your nose, slow out.`
          : answer?.isDone || secondsLeft === 0
            ? 'Well done. Take that calm with you into the next step.'
            : `When you're ready, start a ${prompt.seconds}-second pause.`}
      </p>
      {isRunning ? (
        <Button variant="secondary" onClick={() => setSecondsLeft(null)}>
          Stop the pause
        </Button>
      ) : (
        <Button onClick={() => setSecondsLeft(prompt.seconds)}>
          {answer?.isDone ? 'Pause again' : 'Start the pause'}
        </Button>
      )}
    </section>
  );
}
