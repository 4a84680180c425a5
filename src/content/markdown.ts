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

// tel: and sms: let the help page call or text a crisis line in one tap; everything
// else stays GitHub's safe subset (no javascript:, data: or the like).
const sanitizeSchema = {
  ...defaultSchema,
  protocols: {
    ...defaultSchema.protocols,
    href: [...(defaultSchema.protocols?.href ?? []), 'tel', 'sms'],
  },
};

/** The part of a HTML tree this file looks at. */
type HtmlNode = { type: string; tagName?: string; properties?: Record<string, unknown>; children?: HtmlNode[] };

/**
 * A link to another website (a helpline directory) opens in a new tab, so the
 * person keeps their place in Mend, and the other site gets no handle on this one.
 * Runs after the sanitiser, and only ever adds these two fixed attributes.
 */
function outsideLinksOpenSafely() {
  const visit = (node: HtmlNode) => {
    const href = node.properties?.href;
    if (node.tagName === 'a' && typeof href === 'string' && /^https?:\/\//i.test(href)) {
      node.properties = { ...node.properties, target: '_blank', rel: ['noopener', 'noreferrer'] };
    }
    node.children?.forEach(visit);
  };
  return visit;
}

const toHtml = unified()
  .use(remarkRehype)
  .use(rehypeSanitize, sanitizeSchema)
  .use(outsideLinksOpenSafely)
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
