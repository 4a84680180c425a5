// The journal's Markdown file, opened in a viewer that lets HTML through (many
// do): nothing a person wrote or imported may become a tag, a handler or a link.
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { journalAsMarkdown } from '../../src/features/settings/journal-markdown';
import { journalCollection, type JournalEntry } from '../../src/storage/collections/journal';

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[click me](javascript:alert(1))',
  '![pic](javascript:alert(1))',
  '<javascript:alert(1)>',
  '&lt;b&gt; and &#106;avascript',
  '\\<script>alert(2)</script>',
];

function entry(fields: Partial<JournalEntry> & { id: string; text: string }): JournalEntry {
  return { ...journalCollection.create({ id: fields.id, text: fields.text }), createdAt: '2026-11-20T09:30:00.000Z', updatedAt: '2026-11-20T09:30:00.000Z', ...fields };
}

/** The file as a permissive viewer shows it: Markdown to HTML, raw HTML kept. */
function rendered(markdown: string): Document {
  const html = unified()
    .use(remarkParse)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeStringify, { allowDangerousHtml: true })
    .processSync(markdown);
  return new DOMParser().parseFromString(String(html), 'text/html');
}

describe('the journal Markdown file with hostile words in it', () => {
  const entries = [
    entry({ id: 'a', text: HOSTILE.join('\n\n'), tags: ['<b onclick=alert(1)>tag</b>', '[t](javascript:alert(1))'] }),
    entry({ id: 'b', text: '<div onmouseover=alert(1)>\n# not a heading\n- not a list\n1. not a list either', link: { kind: 'goal', goalId: 'g', goalTitle: '<script>alert(3)</script>' } }),
    entry({ id: 'c', text: '[x]\n\n[x]: javascript:alert(4)', link: { kind: 'practice', moduleId: 'm', stepId: 's', runId: 'r', prompt: '<iframe src="javascript:alert(5)">' } }),
  ];
  const page = rendered(journalAsMarkdown(entries, new Date('2026-11-23T10:00:00.000Z'), 'en'));

  it('makes no tag, handler or link from them', () => {
    const made = [...page.body.querySelectorAll('*')].map((element) => element.tagName.toLowerCase());
    expect(new Set(made)).toEqual(new Set(['h1', 'h2', 'h3', 'p', 'em']));
    const attributes = [...page.body.querySelectorAll('*')].flatMap((element) => [...element.attributes].map((a) => a.name));
    expect(attributes).toEqual([]);
  });

  it('shows every word exactly as it was written', () => {
    const text = page.body.textContent ?? '';
    for (const words of [...HOSTILE, '<b onclick=alert(1)>tag</b>', '[t](javascript:alert(1))', '<script>alert(3)</script>', '<iframe src="javascript:alert(5)">', '# not a heading', '- not a list', '1. not a list either', '[x]: javascript:alert(4)']) {
      expect(text).toContain(words);
    }
  });
});
