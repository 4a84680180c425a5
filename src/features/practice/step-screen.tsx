import { useEffect } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { NotFoundScreen } from '../../ui/not-found-screen';
import type { Module } from '../../content/module-schema';
import { Button } from '../../ui/button';
import { Page } from '../../ui/layout';
import { PageHeading } from '../../ui/page-heading';
import { ProgressBar } from '../../ui/progress-bar';
import { Prose } from '../../ui/prose';
import styles from './practice.module.css';
import { usePracticeStore } from './practice-store';
import { stepIndexFrom } from './step-number';
import { StepPrompt } from './steps/step-prompt';
import { usePracticeModule } from './use-practice-module';

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
  const answer = usePracticeStore((state) => state.runs[module.id]?.answers[step.id]);
  const hasUnsavedChanges = usePracticeStore((state) => state.hasUnsavedChanges);
  const { goToStep, setAnswer, finish } = usePracticeStore.getState();

  // Opening a step (by link, reload or back button) is where the person is now.
  useEffect(() => {
    goToStep(module.id, index);
  }, [goToStep, module.id, index]);

  const isLast = index === total - 1;
  const onNext = async () => {
    if (!isLast) {
      navigate(`/practices/${module.id}/steps/${index + 2}`);
      return;
    }
    const completion = await finish(module);
    navigate(`/practices/${module.id}/done?run=${completion.id}`);
  };

  return (
    <Page>
      <div className={styles.flowHeader}>
        <Link to={`/practices/${module.id}`} className={styles.back}>
          ← {module.title}
        </Link>
        <p className={styles.stepCount}>
          Step {index + 1} of {total}
        </p>
        <ProgressBar value={index + 1} max={total} label={`Step ${index + 1} of ${total}`} />
      </div>

      <PageHeading title={`${step.title} · ${module.title}`}>{step.title}</PageHeading>
      {step.html ? <Prose html={step.html} /> : null}

      {step.prompt ? (
        <div className={styles.prompt}>
          <StepPrompt
            key={`${module.id}/${step.id}`}
            prompt={step.prompt}
            answer={answer}
            onChange={(next) => setAnswer(module, step.id, next)}
            moduleId={module.id}
            onAddGoal={() => usePracticeStore.getState().addProposedGoal(module, step.id)}
          />
          <p className={styles.saveNote} role="status">
            {hasUnsavedChanges
              ? "We couldn't save just now. Your answers are still here; we'll keep trying."
              : step.prompt.kind === 'text'
                ? 'Saved on this device as you type, and kept in your journal.'
                : 'Saved on this device as you go.'}
          </p>
        </div>
      ) : null}

      <nav className={styles.flowNav} aria-label="Practice steps">
        <Button
          variant="secondary"
          onClick={() =>
            navigate(
              index === 0 ? `/practices/${module.id}` : `/practices/${module.id}/steps/${index}`,
            )
          }
        >
          {index === 0 ? 'Back to overview' : 'Back'}
        </Button>
        <Button onClick={() => void onNext()}>{isLast ? 'Finish' : 'Next'}</Button>
      </nav>
    </Page>
  );
}
