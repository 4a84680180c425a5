import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useLoaded } from '../../state/use-loaded';
import { BackLink } from '../../ui/back-link';
import { NotFoundScreen } from '../../ui/not-found-screen';
import { findModuleSummary } from '../../content/catalog';
import type { Module } from '../../content/module-schema';
import { formatDay } from '../../lib/dates';
import { Button, ButtonLink } from '../../ui/button';
import { CareCard } from '../../ui/care-card';
import { useSafetyPlanStatus } from '../../state/plan';
import { Page, layout } from '../../ui/layout';
import { PageHeading } from '../../ui/page-heading';
import { RatingScale } from '../../ui/rating-scale';
import { AnswerSummary } from './answer-summary';
import styles from './practice.module.css';
import { completions, entries, practice, runs } from './practice-store';
import { usePracticeModule } from './use-practice-module';
import { WAITING_FOR_DATA } from '../../ui/screen-loading';

export function DoneScreen() {
  const module = usePracticeModule();
  return module ? <PracticeSummary module={module} /> : <NotFoundScreen />;
}

function PracticeSummary({ module }: { module: Module }) {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const runId = params.get('run');
  const phase = useLoaded(completions);
  const all = completions.use((state) => state.records);
  const completion = useMemo(() => {
    if (runId) return all.get(runId);
    // Without a run named, the latest one of this practice.
    return [...all.values()]
      .filter((c) => c.moduleId === module.id)
      .sort((a, b) => (a.completedAt < b.completedAt ? 1 : -1))[0];
  }, [all, runId, module.id]);
  const hasRun = runs.use((state) => state.records.has(module.id));
  const planStatus = useSafetyPlanStatus(completion?.feelingAfter != null && completion.feelingAfter <= 2);
  const checkInState = completions.use((state) => (completion ? state.unsaved.get(completion.id) : undefined));
  const [checkInProblem, setCheckInProblem] = useState(false);

  // Written answers live in the journal: read those entries to show the words.
  useEffect(() => {
    for (const answer of Object.values(completion?.answers ?? {})) {
      if (answer.kind === 'text') void entries.loadOne(answer.entryId);
    }
  }, [completion]);

  if (phase !== 'ready') {
    return (
      <Page>
        <p className={styles.readingAnswers} role="status" {...(phase === 'unreadable' ? {} : WAITING_FOR_DATA)}>
          {phase === 'unreadable' ? "Your summary couldn't be read just now. Nothing has been changed or deleted." : 'Opening your summary…'}
        </p>
      </Page>
    );
  }

  if (!completion) {
    return (
      <Page>
        <NotFinished module={module} hasRun={hasRun} />
      </Page>
    );
  }

  const related = module.related.map(findModuleSummary).filter((m) => m !== undefined);
  return (
    <Page>
      <SummaryTop module={module} day={formatDay(completion.completedAt)} />

      <section className={`${layout.card} ${styles.section}`} aria-label="Check-in">
        <RatingScale
          label="If you'd like to check in: how are you feeling now?"
          low="Very low"
          high="Really good"
          value={completion.feelingAfter}
          onChange={(value) => {
            setCheckInProblem(false);
            practice.setFeelingAfter(completion.id, value).catch(() => setCheckInProblem(true));
          }}
        />
        {checkInProblem || (checkInState && checkInState !== 'waiting') ? (
          <p className={`${styles.problem} ${styles.section}`} role="alert">
            We couldn't save your check-in just now. It's still chosen here, and we'll keep trying.
          </p>
        ) : null}
        {completion.feelingAfter !== null && completion.feelingAfter <= 2 ? (
          <div role="status">
            <CareCard plan={planStatus}>Thank you for being honest. Low days happen, and they can be very heavy.</CareCard>
          </div>
        ) : completion.feelingAfter !== null ? (
          <p className={styles.saveNote} role="status">
            Noted. Thank you for checking in.
          </p>
        ) : null}
      </section>

      <section className={styles.section} aria-labelledby="your-answers">
        <h2 id="your-answers">What you wrote</h2>
        <ol className={styles.summaryList}>
          {module.steps
            .filter((step) => step.prompt)
            .map((step) => (
              <li key={step.id} className={layout.card}>
                <h3>{step.title}</h3>
                <AnswerSummary answer={completion.answers[step.id]} prompt={step.prompt} />
              </li>
            ))}
        </ol>
      </section>

      <div className={layout.actions}>
        <ButtonLink to="/journal">Open your journal</ButtonLink>
        <Button variant="secondary" onClick={() => navigate(`/practices/${module.id}/steps/1`)}>
          Do this practice again
        </Button>
        <Link to="/">Back to the practices</Link>
      </div>

      {related.length > 0 ? (
        <section className={styles.section} aria-labelledby="next">
          <h2 id="next">You might try next</h2>
          <ul>
            {related.map((m) => (
              <li key={m.id}>
                <Link to={`/practices/${m.id}`}>{m.title}</Link>: {m.summary}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Page>
  );
}

/**
 * The top of a finished practice's summary. Also drawn before the app starts, from
 * the stored record, on a page opened by its address (src/app/early-paint.tsx).
 */
/** The page of a practice not finished yet; the early painter draws it too (src/app/early-paint/templates.tsx). */
export function NotFinished({ module, hasRun }: { module: Pick<Module, 'id' | 'title'>; hasRun: boolean }) {
  return (
    <>
      <PageHeading title={`${module.title}: not finished yet`}>
        You haven't finished this practice yet
      </PageHeading>
      <p className={layout.lead}>
        When you reach the last step, a summary of what you wrote will be here.
      </p>
      <div className={layout.actions}>
        <ButtonLink to={`/practices/${module.id}`}>
          {hasRun ? 'Resume the practice' : 'Start the practice'}
        </ButtonLink>
      </div>
    </>
  );
}

export function SummaryTop({ module, day }: { module: Pick<Module, 'id' | 'title'>; day: string }) {
  return (
    <>
      <BackLink to={`/practices/${module.id}`}>{module.title}</BackLink>
      <PageHeading title={`${module.title}: your summary`}>You did it</PageHeading>
      <p className={layout.lead}>
        You finished “{module.title}” on {day}. Here is what you wrote. It's saved on this device.
      </p>
    </>
  );
}
