import { Link } from 'react-router';
import { BackLink } from '../../ui/back-link';
import { PageHeading } from '../../ui/page-heading';
import own from './goal-screen.module.css';
import type { GoalTopView } from './goal-top-view';
import styles from './goals.module.css';
import { SaveProblem } from './save-problem';
import { PastTargetNote, TargetDateWords } from './target-date';

/**
 * The top of a goal's screen, down to why it matters. Also drawn before the app
 * starts, from the stored goal (src/app/early-paint): a part not every goal has
 * is marked with data-part, for that page to leave out.
 */
export function GoalTop({ view, message = '' }: { view: GoalTopView; message?: string }) {
  return (
    <>
      <BackLink to="/goals">Your goals</BackLink>
      <PageHeading title={view.title}>{view.title}</PageHeading>
      {view.practice ? (
        <p className={own.from} data-part="practiceLine">
          From the practice <Link to={`/practices/${view.practice.id}`}>{view.practice.title}</Link>
        </p>
      ) : null}
      <p className={styles.meta}>
        <span>{view.priority}</span>
        {view.isArchived ? <span data-part="archived">Archived</span> : null}
        {view.target ? (
          <span data-part="targetLine">
            <TargetDateWords day={view.target.day} words={view.target} showFullDate />
          </span>
        ) : null}
      </p>
      {view.plannedFor !== null ? (
        <div data-part="pastTarget">
          <PastTargetNote goal={view} today={view.today} plannedFor={view.plannedFor} />
        </div>
      ) : null}
      <SaveProblem goalId={view.id} />
      <p role="status" className="visually-hidden">
        {message}
      </p>
      {view.why ? (
        <section className={styles.section} aria-labelledby="why-heading" data-part="whySection">
          <h2 id="why-heading">Why it matters to me</h2>
          <p className={own.why}>{view.why}</p>
        </section>
      ) : null}
    </>
  );
}
