import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { Module } from '../../content/module-schema';
import { useStorageStatus } from '../../state/storage-status';
import { useLoaded } from '../../state/use-loaded';
import { BackLink } from '../../ui/back-link';
import { Button } from '../../ui/button';
import { Page } from '../../ui/layout';
import { NotFoundScreen } from '../../ui/not-found-screen';
import { PageHeading } from '../../ui/page-heading';
import { ProgressBar } from '../../ui/progress-bar';
import { Prose } from '../../ui/prose';
import { BeforeCheckIn } from './before-check-in';
import styles from './practice.module.css';
import { practice, runs } from './practice-store';
import { PracticeSaveError } from './save-error';
import { SaveNote } from './save-note';
import { stepIndexFrom } from './step-number';
import { StepPrompt } from './steps/step-prompt';
import { usePracticeModule } from './use-practice-module';
import { WAITING_FOR_DATA } from '../../ui/screen-loading';

export function StepScreen() {
  const module = usePracticeModule();
  const { n } = useParams();
  const index = module ? stepIndexFrom(n, module.steps.length) : null;
  return module && index !== null ? (
    <GuidedStep module={module} index={index} />
  ) : (
    <NotFoundScreen />
  );
}

function GuidedStep({ module, index }: { module: Module; index: number }) {
  const step = module.steps[index]!;
  const navigate = useNavigate();
  const total = module.steps.length;
  const phase = useLoaded(runs);
  const answer = runs.use((state) => state.records.get(module.id)?.answers[step.id]);
  const [finishProblem, setFinishProblem] = useState<string | null>(null);
  const isReady = phase === 'ready';

  // Opening a step (by link, reload or back button) is where the person is now.
  useEffect(() => {
    if (isReady) void practice.goToStep(module.id, index);
  }, [isReady, module.id, index]);

  const isLast = index === total - 1;
  const move = async (to: string) => {
    await practice.leaveStep(module, step.id);
    navigate(to);
  };
  const onNext = async () => {
    if (!isLast) return move(`/practices/${module.id}/steps/${index + 2}`);
    await practice.leaveStep(module, step.id);
    try {
      const completion = await practice.finish(module);
      navigate(`/practices/${module.id}/done?run=${completion.id}`);
    } catch (error) {
      setFinishProblem(
        error instanceof PracticeSaveError && error.outcome === 'quota'
          ? "We couldn't finish just now because this device is out of space. Everything you wrote is still here. Export a copy to keep it safe, then try Finish again."
          : "We couldn't finish just now. Everything you wrote is still here. Try Finish again in a moment.",
      );
    }
  };

  return (
    <Page>
      <div className={styles.flowHeader}>
        <BackLink to={`/practices/${module.id}`}>{module.title}</BackLink>
        <p className={styles.stepCount}>
          Step {index + 1} of {total}
        </p>
        <ProgressBar value={index + 1} max={total} label={`Step ${index + 1} of ${total}`} />
      </div>

      <PageHeading title={`${step.title} · ${module.title}`}>{step.title}</PageHeading>
      {index === 0 ? <BeforeCheckIn moduleId={module.id} /> : null}
      {step.html ? <Prose html={step.html} /> : null}

      {step.prompt ? (
        <div className={styles.prompt}>
          {isReady ? (
            <StepPrompt
              key={`${module.id}/${step.id}`}
              module={module}
              stepId={step.id}
              prompt={step.prompt}
              answer={answer}
              onChange={(next) => void practice.setAnswer(module.id, step.id, next)}
            />
          ) : (
            <ReadingAnswers isUnreadable={phase === 'unreadable'} />
          )}
          <SaveNote moduleId={module.id} answer={answer} kind={step.prompt.kind} />
        </div>
      ) : null}

      {finishProblem ? (
        <p className={styles.problem} role="alert">
          {finishProblem}
        </p>
      ) : null}
      <nav className={styles.flowNav} aria-label="Practice steps">
        <Button
          variant="secondary"
          onClick={() =>
            void move(index === 0 ? `/practices/${module.id}` : `/practices/${module.id}/steps/${index}`)
          }
        >
          {index === 0 ? 'Back to overview' : 'Back'}
        </Button>
        <Button onClick={() => void onNext()}>{isLast ? 'Finish' : 'Next'}</Button>
      </nav>
    </Page>
  );
}

/** Holds the prompt's place while answers are read, so nothing below it jumps. */
function ReadingAnswers({ isUnreadable }: { isUnreadable: boolean }) {
  const mode = useStorageStatus((state) => state.mode);
  return (
    <div className={styles.readingAnswers} role="status" {...(isUnreadable ? {} : WAITING_FOR_DATA)}>
      {isUnreadable
        ? `Your answers couldn't be read just now. Nothing has been changed or deleted.${mode === 'device' ? ' Reloading the page often helps.' : ''}`
        : 'Opening your answers…'}
      {isUnreadable ? (
        <Button variant="secondary" size="small" onClick={() => void runs.load()}>
          Try again
        </Button>
      ) : null}
    </div>
  );
}
