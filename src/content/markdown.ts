// Markdown to sanitised HTML, at build time only. Nothing here ships to the browser.
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

// tel: lets the help page dial a crisis line; everything else stays GitHub's safe subset.
const sanitizeSchema = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, href: [...(defaultSchema.protocols?.href ?? []), 'tel'] },
};

const toHtml = unified()
  .use(remarkRehype)
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeStringify);

export function parseMarkdown(source: string): Root {
  return parser.parse(source);
}

export function nodesToHtml(nodes: RootContent[]): string {
  const root: Root = { type: 'root', children: nodes };
  const hast = toHtml.runSync(root);
  return toHtml.stringify(hast).trim();
}

export function nodesToText(nodes: RootContent[]): string {
  return nodes
    .map((node) => toString(node))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
