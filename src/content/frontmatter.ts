// Reads a YAML block (frontmatter or a prompt) and validates it, turning every
// problem into a ContentError that points at the right line of the file.
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { ContentError } from './content-error.ts';

/**
 * @param firstLine the file line of the block's first YAML line, so errors point
 *   into the file rather than into the block.
 */
export function readYamlBlock<S extends z.ZodType>(
  schema: S,
  yamlText: string,
  file: string,
  firstLine: number,
  what: string,
): z.infer<S> {
  const doc = parseDocument(yamlText, { prettyErrors: true });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = firstLine + (yamlError.linePos?.[0].line ?? 1) - 1;
    const reason = yamlError.message.split('\n')[0] ?? 'could not be read';
    throw new ContentError(file, line, `${what} is not valid YAML: ${reason}`);
  }
  const value: unknown = doc.toJS();
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ContentError(file, firstLine, `${what} must be a list of "field: value" lines`);
  }
  const result = schema.safeParse(value);
  if (result.success) return result.data;

  const issue = result.error.issues[0]!;
  const key = issue.path[0];
  const line = typeof key === 'string' ? lineOfKey(yamlText, key, firstLine) : firstLine;
  const field = issue.path.length > 0 ? `"${issue.path.join('.')}"` : 'a field';
  throw new ContentError(file, line, `${what}: ${field} ${describeIssue(issue)}`);
}

function lineOfKey(yamlText: string, key: string, firstLine: number): number {
  const index = yamlText.split('\n').findIndex((line) => line.startsWith(`${key}:`));
  return index === -1 ? firstLine : firstLine + index;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `is not a field here: ${issue.keys.join(', ')}`;
    case 'invalid_value':
      return `must be one of: ${issue.values.map(String).join(', ')}`;
    case 'invalid_union':
      return `has an unknown kind; the kinds are text, rating, checklist, list, goal, pause`;
    case 'invalid_type':
      // zod leaves out the input by default; its message says what it received.
      return /received undefined/.test(issue.message) ? 'is missing' : `should be ${issue.expected}`;
    default:
      return issue.message;
  }
}
