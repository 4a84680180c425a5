// The format a collection writes, read from its schema, so the number is written
// once: in the schema's `schemaVersion: z.literal(N)` (in every option of a union).
import type { z } from 'zod/mini';

/**
 * The one schemaVersion a record schema accepts. zod keeps the literal values
 * of an object's fields (and of a union's options) in `propValues`, for its
 * discriminated unions; a schema without exactly one number there is a mistake
 * in the code, so it fails as the collection is defined, not on someone's data.
 */
export function schemaVersionOf(schema: z.ZodMiniType, collection: string): number {
  const values = [...(schema._zod.propValues?.schemaVersion ?? [])];
  const [version] = values;
  if (values.length !== 1 || typeof version !== 'number') {
    throw new Error(
      `The ${collection} schema must give schemaVersion one number, as z.literal(N).`,
    );
  }
  return version;
}
