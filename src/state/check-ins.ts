// Check-ins as every screen sees them: the quick ones from the home screen
// (check-ins collection) and the ones before and after a practice, which live
// with the practice run (completions). Each number has one owner; this reads
// them together as "how the person felt, when".
import { checkInsCollection, type CheckIn } from '../storage/collections/check-ins';
import {
  CHECK_IN_SETTINGS_ID,
  checkInSettingsCollection,
  defaultCheckInSettings,
  type CheckInSettings,
} from '../storage/collections/check-in-settings';
import type { Completion } from '../storage/collections/completions';
import { recordStore } from './record-store';

export const checkInRecords = recordStore(checkInsCollection);
export const checkInSettingsRecords = recordStore(checkInSettingsCollection);

/** One moment the person said how they felt, 0 to 10. */
export type Feeling = {
  at: string;
  value: number;
  /** Where it was given: the home screen, or before or after a practice (with its id). */
  from: { kind: 'check-in'; id: string } | { kind: 'before' | 'after'; moduleId: string };
};

/** Every feeling given, oldest first: quick check-ins and the practices' before and after. */
export function feelingsFrom(checkIns: Iterable<CheckIn>, completions: Iterable<Completion>): Feeling[] {
  const feelings: Feeling[] = [];
  for (const c of checkIns) feelings.push({ at: c.createdAt, value: c.value, from: { kind: 'check-in', id: c.id } });
  for (const done of completions) {
    if (done.feelingBefore !== null) {
      feelings.push({ at: done.startedAt, value: done.feelingBefore, from: { kind: 'before', moduleId: done.moduleId } });
    }
    if (done.feelingAfter !== null) {
      feelings.push({ at: done.completedAt, value: done.feelingAfter, from: { kind: 'after', moduleId: done.moduleId } });
    }
  }
  return feelings.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

/** The person's check-in choices, or the defaults if they never chose. */
export function checkInSettingsFrom(records: ReadonlyMap<string, CheckInSettings>): CheckInSettings {
  return records.get(CHECK_IN_SETTINGS_ID) ?? defaultCheckInSettings();
}

/** Ask (or stop asking) "how are you feeling?" as a practice begins. */
export function setAskBefore(askBefore: boolean) {
  const current = checkInSettingsRecords.getState().records.get(CHECK_IN_SETTINGS_ID);
  if (current) {
    return checkInSettingsRecords.update(CHECK_IN_SETTINGS_ID, (s) => (s.askBefore === askBefore ? null : { ...s, askBefore }));
  }
  return checkInSettingsRecords.save({ ...defaultCheckInSettings(), askBefore });
}
