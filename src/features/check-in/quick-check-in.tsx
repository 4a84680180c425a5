import { useState } from 'react';
import { checkInRecords } from '../../state/check-ins';
import { FEELING_WORDS } from '../../storage/collections/check-ins';
import { LIMITS } from '../../storage/engine/record-fields';
import { CareCard } from '../../ui/care-card';
import { useSafetyPlanStatus } from '../../state/plan';
import { TextField } from '../../ui/fields';
import { RatingScale } from '../../ui/rating-scale';
import { checkInActions } from './check-in-actions';
import styles from './check-in.module.css';

/**
 * The home screen's quick check-in: a number (saved the moment it is tapped),
 * then, only if the person wants, words for the feeling and one line. Loaded
 * when opened, so it costs the first screen nothing.
 */
export function QuickCheckIn() {
  const [id, setId] = useState<string | null>(null);
  const checkIn = checkInRecords.use((state) => (id ? state.records.get(id) : undefined));
  const unsaved = checkInRecords.use((state) => (id ? state.unsaved.get(id) : undefined));
  const planStatus = useSafetyPlanStatus(checkIn !== undefined && checkIn.value <= 2);

  return (
    <div className={styles.quick}>
      <RatingScale
        label="How are you feeling right now?"
        low="Very low"
        high="Really good"
        value={checkIn?.value ?? null}
        onChange={(value) => {
          if (id) void checkInActions.setValue(id, value);
          else setId(checkInActions.start(value));
        }}
      />
      {checkIn ? (
        <>
          <p className={styles.saved} role="status">
            {unsaved && unsaved !== 'waiting'
              ? "We couldn't save your check-in just now. It's still chosen here, and we'll keep trying."
              : 'Saved. Thank you for checking in.'}
          </p>
          {checkIn.value <= 2 ? (
            <CareCard plan={planStatus}>
              Thank you for being honest. Low moments happen, and they can be very heavy.
            </CareCard>
          ) : null}
          <fieldset className={styles.words}>
            <legend>If any of these fit, pick them (optional)</legend>
            {FEELING_WORDS.map((word) => (
              <button
                key={word}
                type="button"
                className={styles.word}
                aria-pressed={checkIn.words.includes(word)}
                onClick={() => void checkInActions.toggleWord(checkIn.id, word)}
              >
                {word}
              </button>
            ))}
          </fieldset>
          <TextField
            label="One line about it (optional)"
            value={checkIn.note}
            maxLength={LIMITS.checkInNote}
            onChange={(event) => void checkInActions.setNote(checkIn.id, event.target.value)}
          />
        </>
      ) : null}
    </div>
  );
}
