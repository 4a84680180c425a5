import { Link, useNavigate, useSearchParams } from 'react-router';
import { NotFoundScreen } from '../../ui/not-found-screen';
import { findModuleSummary } from '../../content/catalog';
import type { Module } from '../../content/module-schema';
import { formatDay } from '../../lib/dates';
import { Button, ButtonLink } from '../../ui/button';
import { CareCard } from '../../ui/care-card';
import { Page, layout } from '../../ui/layout';
import { PageHeading } from '../../ui/page-heading';
import { RatingScale } from '../../ui/rating-scale';
import { AnswerSummary } from './answer-summary';
import styles from './practice.module.css';
import { usePracticeStore } from './practice-store';
import { usePracticeModule } from './use-practice-module';

export function DoneScreen() {
  const module = usePracticeModule();
  return module ? <PracticeSummary module={module} /> : <NotFoundScreen />;
}

function PracticeSummary({ module }: { module: Module }) {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const runId = params.get('run');
  const completion = usePracticeStore((state) =>
    state.history.find((c) => (runId ? c.id === runId : c.moduleId === module.id)),
  );
  const hasRun = usePracticeStore((state) => Boolean(state.runs[module.id]));
  const setFeelingAfter = usePracticeStore((state) => state.setFeelingAfter);

  if (!completion) {
    return (
      <Page>
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
      </Page>
    );
  }

  const related = module.related.map(findModuleSummary).filter((m) => m !== undefined);
  return (
    <Page>
      <Link to={`/practices/${module.id}`} className={styles.back}>
        ← {module.title}
      </Link>
      <PageHeading title={`${module.title}: your summary`}>You did it</PageHeading>
      <p className={layout.lead}>
        You finished “{module.title}” on {formatDay(completion.completedAt)}. Here is what you
        wrote. It's saved on this device.
      </p>

      <section className={`${layout.card} ${styles.section}`} aria-label="Check-in">
        <RatingScale
          label="If you'd like to check in: how are you feeling now?"
          low="Very low"
          high="Really good"
          value={completion.feelingAfter}
          onChange={(value) => void setFeelingAfter(completion.id, value)}
        />
        {completion.feelingAfter !== null && completion.feelingAfter <= 2 ? (
          <div role="status">
            <CareCard>Thank you for being honest. Low days happen, and they can be very heavy.</CareCard>
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
                <AnswerSummary answer={completion.answers[step.id]} />
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
