// Pure: a read such as "why rejection hurts" in, a validated page out.
import { readContentFile } from './content-file.ts';
import { ContentError } from './content-error.ts';
import { nodesToHtml } from './markdown.ts';
import { type Page, PageFrontmatterSchema } from './module-schema.ts';

export function compilePage(source: string, file: string): Page {
  const { frontmatter, body } = readContentFile(PageFrontmatterSchema, source, file);
  if (body.length === 0) throw new ContentError(file, 2, 'the page has no text after its frontmatter');
  return { ...frontmatter, html: nodesToHtml(body) };
}
