import { checkInSettingsFrom, setAskBefore } from '../../state/check-ins';
import { useLoaded } from '../../state/use-loaded';
import { CheckField } from '../../ui/fields';
import styles from './insights.module.css';
import { checkInSettingsRecords } from './insights-stores';

/** Where "ask before a practice", turned off on a practice's first step, is turned back on. */
export function AskBeforeChoice() {
  const phase = useLoaded(checkInSettingsRecords);
  const askBefore = checkInSettingsRecords.use(
    (state) => checkInSettingsFrom(state.records).askBefore,
  );
  if (phase === 'unreadable') {
    return (
      <p className={styles.empty}>
        Your check-in choices couldn't be read just now. Nothing has been changed.
      </p>
    );
  }
  return (
    <CheckField
      label="Ask how I'm feeling as a practice begins"
      checked={askBefore}
      disabled={phase !== 'ready'}
      onCheck={(checked) => void setAskBefore(checked)}
    />
  );
}
