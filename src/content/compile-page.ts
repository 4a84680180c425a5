// Pure: a read such as "why rejection hurts" in, a validated page out.
import { ContentError } from './content-error.ts';
import { readYamlBlock } from './frontmatter.ts';
import { nodesToHtml, parseMarkdown } from './markdown.ts';
import { type Page, PageFrontmatterSchema } from './module-schema.ts';

export function compilePage(source: string, file: string): Page {
  const tree = parseMarkdown(source);
  const [first, ...body] = tree.children;
  if (!first || first.type !== 'yaml') {
    throw new ContentError(file, 1, 'the file must start with frontmatter between --- lines');
  }
  const frontmatter = readYamlBlock(PageFrontmatterSchema, first.value, file, 2, 'frontmatter');
  const expectedId = file.split('/').pop()!.replace(/\.md$/, '');
  if (frontmatter.id !== expectedId) {
    throw new ContentError(file, 2, `frontmatter: "id" must be "${expectedId}", the file name`);
  }
  if (body.length === 0) throw new ContentError(file, 2, 'the page has no text after its frontmatter');
  return { ...frontmatter, html: nodesToHtml(body) };
}
