// Build side of record-shape.ts: a collection's zod schema, the one definition
// of its records, as the JSON Schema the painter checks stored values against.
import { z } from 'zod/mini';
import type { Shape } from './record-shape';

export function shapeOf(schema: z.core.$ZodType): Shape {
  const { $schema: _dialect, ...shape } = z.toJSONSchema(schema);
  return shape;
}
