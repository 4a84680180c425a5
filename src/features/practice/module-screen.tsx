import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { BackLink } from '../../ui/back-link';
import { NotFoundScreen } from '../../ui/not-found-screen';
import { SITUATION_SHORT_LABELS } from '../../content/situations';
import { formatDay } from '../../lib/dates';
import { Button, ButtonLink } from '../../ui/button';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { Page, layout } from '../../ui/layout';
import { PageHeading } from '../../ui/page-heading';
import { ProgressBar } from '../../ui/progress-bar';
import { Prose } from '../../ui/prose';
import styles from './practice.module.css';
import { completions, practice, runs } from './practice-store';
import { usePracticeModule } from './use-practice-module';
import type { Module } from '../../content/module-schema';

export function ModuleScreen() {
  const module = usePracticeModule();
  return module ? <ModuleOverview module={module} /> : <NotFoundScreen />;
}

function ModuleOverview({ module }: { module: Module }) {
  const run = runs.use((state) => state.records.get(module.id));
  const allHistory = completions.use((state) => state.records);
  const history = useMemo(
    () =>
      [...allHistory.values()]
        .filter((c) => c.moduleId === module.id)
        .sort((a, b) => (a.completedAt < b.completedAt ? 1 : -1)),
    [allHistory, module.id],
  );
  const navigate = useNavigate();
  const [isConfirmingReset, setConfirmingReset] = useState(false);
  const [resetProblem, setResetProblem] = useState(false);
  const total = module.steps.length;
  const stepNumber = run ? Math.min(run.currentStep, total - 1) + 1 : 1;

  return (
    <Page>
      <BackLink to="/">All practices</BackLink>
      <PageHeading title={module.title}>{module.title}</PageHeading>
      <p className={layout.lead}>{module.summary}</p>
      <ul className={styles.meta} aria-label="About this practice">
        <li>About {module.minutes} minutes</li>
        <li>{total} steps</li>
        <li>
          Helps with:{' '}
          {module.situations.map((s) => SITUATION_SHORT_LABELS[s].toLowerCase()).join(', ')}
        </li>
      </ul>

      <section className={`${layout.card} ${styles.startCard}`} aria-label="Your progress">
        {run ? (
          <>
            <p>
              You're on step {stepNumber} of {total}. Your answers are saved.
            </p>
            <ProgressBar
              value={stepNumber - 1}
              max={total}
              label={`${stepNumber - 1} of ${total} steps done`}
            />
            <div className={layout.actions}>
              <ButtonLink to={`/practices/${module.id}/steps/${stepNumber}`}>
                Resume at step {stepNumber}
              </ButtonLink>
              <Button variant="quiet" onClick={() => setConfirmingReset(true)}>
                Start over
              </Button>
            </div>
          </>
        ) : (
          <>
            <p>
              {history.length > 0
                ? `You've done this ${history.length === 1 ? 'once' : `${history.length} times`}. You're welcome to do it again.`
                : 'Take it one step at a time. You can stop and come back whenever you like.'}
            </p>
            <div className={layout.actions}>
              <ButtonLink to={`/practices/${module.id}/steps/1`}>
                {history.length > 0 ? 'Start again' : 'Start practice'}
              </ButtonLink>
            </div>
          </>
        )}
      </section>

      <section className={styles.section} aria-labelledby="what-it-is">
        <h2 id="what-it-is">What it is</h2>
        <Prose html={module.whatItIs} />
      </section>
      <section className={styles.section} aria-labelledby="why-it-works">
        <h2 id="why-it-works">Why it works</h2>
        <Prose html={module.whyItWorks} />
      </section>
      <section className={`${styles.section} ${layout.gentle}`} aria-labelledby="gentle-warning">
        <h2 id="gentle-warning">A gentle warning</h2>
        <Prose html={module.warning} />
      </section>
      <section className={styles.section} aria-labelledby="the-steps">
        <h2 id="the-steps">The steps</h2>
        <ol className={styles.stepList}>
          {module.steps.map((step) => (
            <li key={step.id}>{step.title}</li>
          ))}
        </ol>
      </section>

      {history.length > 0 ? (
        <section className={styles.section} aria-labelledby="history">
          <h2 id="history">Times you've done this</h2>
          <ul className={styles.history}>
            {history.map((completion) => (
              <li key={completion.id}>
                <Link to={`/practices/${module.id}/done?run=${completion.id}`}>
                  {formatDay(completion.completedAt)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {resetProblem ? (
        <p className={styles.problem} role="alert">
          We couldn't start over just now. Your answers are all still here. Try again in a moment.
        </p>
      ) : null}
      <ConfirmDialog
        isOpen={isConfirmingReset}
        title="Start this practice over?"
        confirmLabel="Start over"
        cancelLabel="Keep my answers"
        onCancel={() => setConfirmingReset(false)}
        onConfirm={() => {
          setConfirmingReset(false);
          setResetProblem(false);
          practice.reset(module.id).then(
            () => navigate(`/practices/${module.id}/steps/1`),
            () => setResetProblem(true),
          );
        }}
      >
        <p>The answers from this run will be cleared. Anything you wrote stays in your journal.</p>
      </ConfirmDialog>
    </Page>
  );
}
