import { Link } from 'react-router';
import type { ModuleSummary } from '../../content/module-schema';
import { ProgressBar } from '../../ui/progress-bar';
import styles from './library.module.css';

export function ModuleCard({
  module,
  currentStep,
  timesDone,
}: {
  module: ModuleSummary;
  currentStep: number | null;
  timesDone: number;
}) {
  const stepsDone = currentStep ?? 0;
  return (
    <article className={styles.card}>
      <h3>
        <Link to={`/practices/${module.id}`}>{module.title}</Link>
      </h3>
      <p>{module.summary}</p>
      <div className={styles.cardMeta}>
        <span>
          About {module.minutes} minutes · {module.stepCount} steps
          {timesDone > 0 ? ` · done ${timesDone === 1 ? 'once' : `${timesDone} times`}` : ''}
        </span>
        {currentStep !== null ? (
          <>
            <span>
              In progress: step {Math.min(currentStep + 1, module.stepCount)} of {module.stepCount}
            </span>
            <ProgressBar
              value={stepsDone}
              max={module.stepCount}
              label={`${module.title}: ${stepsDone} of ${module.stepCount} steps done`}
            />
          </>
        ) : null}
      </div>
    </article>
  );
}
