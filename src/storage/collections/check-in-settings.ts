// The person's choices about check-ins: for now, whether to be asked how they
// feel before a practice. One record, id "check-in-settings". In the backup,
// like everything else a person chose.
// Store name "check-in-settings" and the v1 format are frozen; change only with a migration.
import { z } from 'zod/mini';
import { mergePreferMine } from '../../lib/merge';
import { defineCollection } from '../engine/collection';
import { baseFields, freshRecord } from '../engine/record-fields';

export const CHECK_IN_SETTINGS_ID = 'check-in-settings';

export const CheckInSettingsSchema = z.object({
  schemaVersion: z.literal(1),
  ...baseFields,
  /** Ask "how are you feeling?" as a practice begins (skippable each time). */
  askBefore: z.boolean(),
});
export type CheckInSettings = z.infer<typeof CheckInSettingsSchema>;

export const checkInSettingsCollection = defineCollection({
  name: 'check-in-settings', // frozen: it names the database on people's devices
  label: { one: 'check-in setting', many: 'check-in settings' },
  schema: CheckInSettingsSchema,
  // One record with a fixed id: two tabs that each make the first choice both
  // create it. It stays the first one made; the later choice stands (no screen
  // offers a choice between two versions of a setting).
  merge: { askBefore: mergePreferMine, createdAt: (_base, _mine, theirs) => theirs },
});

/** What a person who never chose gets: asked, with a one-tap skip. */
export function defaultCheckInSettings(): CheckInSettings {
  return { ...freshRecord(1), id: CHECK_IN_SETTINGS_ID, askBefore: true };
}
