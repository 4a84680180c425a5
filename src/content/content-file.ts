// The start every content file shares: frontmatter first, named for its file.
import type { RootContent } from 'mdast';
import type { z } from 'zod';
import { ContentError } from './content-error.ts';
import { readYamlBlock } from './frontmatter.ts';
import { parseMarkdown } from './markdown.ts';

/** The file's validated frontmatter, and the markdown after it. */
export function readContentFile<S extends z.ZodType<{ id: string }>>(
  schema: S,
  source: string,
  file: string,
): { frontmatter: z.infer<S>; body: RootContent[] } {
  const tree = parseMarkdown(source);
  const [first, ...body] = tree.children;
  if (!first || first.type !== 'yaml') {
    throw new ContentError(file, 1, 'the file must start with frontmatter between --- lines');
  }
  const frontmatter = readYamlBlock(schema, first.value, file, 2, 'frontmatter');
  const expectedId = file.split('/').pop()!.replace(/\.md$/, '');
  if (frontmatter.id !== expectedId) {
    throw new ContentError(file, lineOfField(source, 'id'), `frontmatter: "id" must be "${expectedId}", the file name`);
  }
  return { frontmatter, body };
}

function lineOfField(source: string, field: string): number {
  return source.split('\n').findIndex((line) => line.startsWith(`${field}:`)) + 1 || 1;
}
