// Unfinished writing, saved while typing so a reload or a closed tab loses at
// most the last second. Key = where the writing happens ("journal:new",
// "journal:<entry id>"). Store name "drafts" and the v1 format are frozen.
import { z } from 'zod/mini';
import { defineCollection } from './collection';
import { baseFields, recordId, zeroToTen } from './record-fields';
import { JournalLinkSchema } from './journal';

export const DraftSchema = z.object({
  schemaVersion: z.literal(1),
  ...baseFields,
  text: z.string(),
  mood: z.nullable(zeroToTen),
  tags: z.array(z.string()),
  link: z.nullable(JournalLinkSchema),
  /** The entry being edited, or null for a new one. */
  entryId: z.nullable(recordId),
});
export type Draft = z.infer<typeof DraftSchema>;

export const draftsCollection = defineCollection<Draft>({ name: 'drafts', schema: DraftSchema });

export const drafts = {
  get: (id: string) => draftsCollection.get(id),
  save: (draft: Draft) => draftsCollection.save(draft),
  remove: (id: string) => draftsCollection.remove(id),
  loadAll: () => draftsCollection.loadAll(),
};
