// Fields every stored record shares, as zod/mini schemas (small enough to ship).
import { z } from 'zod/mini';

export const isoDateTime = z.string().check(z.minLength(10), z.maxLength(40));
export const recordId = z.string().check(z.minLength(1), z.maxLength(200));
/** A calendar day, YYYY-MM-DD, with no time zone. */
export const calendarDay = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

export const baseFields = {
  id: recordId,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
};

export const zeroToTen = z.number().check(z.int(), z.gte(0), z.lte(10));
