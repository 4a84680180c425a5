import { isDueForReview, markPlanReviewed, planRecords, planSettingsFrom, planSettingsRecords } from '../../state/plan';
import { Button } from '../../ui/button';
import styles from './plan.module.css';

/** A quiet line, once the plan is about three months old, suggesting a look over. */
export function ReviewLine() {
  const items = planRecords.use((state) => state.records);
  const settings = planSettingsFrom(planSettingsRecords.use((state) => state.records));
  if (!isDueForReview(items.values(), settings)) return null;
  return (
    <div className={styles.review}>
      <p>It’s been a few months since you wrote this. Things change, so you might look it over when you have a moment.</p>
      <Button variant="quiet" size="small" onClick={() => void markPlanReviewed()}>
        I’ve looked it over
      </Button>
    </div>
  );
}
