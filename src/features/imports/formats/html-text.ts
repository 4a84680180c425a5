// HTML from another journal (Journey's entries, Daylio's formatted notes) as
// plain words with light Markdown: paragraphs, line breaks, lists, headings,
// bold and italics. No DOM (this runs in a worker, and a parser that builds
// elements is a parser that can run something): a small tokenizer that keeps
// every word of text and drops tags, scripts, styles and images.

const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>/g;
const KNOWN = /<\/?(p|br|div|b|i|u|s|em|strong|span|ul|ol|li|h[1-6]|a|blockquote|strike|del|font|img|code|pre|hr)\b(?:"[^"]*"|'[^']*'|[^'"<>])*\/?>/i;

export function looksLikeHtml(text: string): boolean {
  return KNOWN.test(text);
}

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', hellip: '…', mdash: '—', ndash: '–',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', bull: '•', middot: '·',
  copy: '©', reg: '®', trade: '™', deg: '°', euro: '€', pound: '£', times: '×', shy: '',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]+\d*);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code === 0xa0 ? 32 : code) : whole;
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

const PARAGRAPH = new Set(['p', 'blockquote', 'ul', 'ol', 'table', 'section', 'article', 'header', 'footer', 'pre', 'hr']);
const LINE = new Set(['div', 'tr', 'dd', 'dt']);
const SKIPPED = new Set(['script', 'style', 'head', 'title', 'template', 'noscript']);
const MARKS: Record<string, string> = { b: '**', strong: '**', i: '*', em: '*', s: '~~', strike: '~~', del: '~~', code: '`' };

function hrefOf(attributes: string): string | null {
  const match = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attributes);
  const href = decodeEntities(match?.[1] ?? match?.[2] ?? match?.[3] ?? '').trim();
  return /^(https?:|mailto:)/i.test(href) ? href : null;
}

export function htmlToText(html: string): string {
  let out = '';
  let skipping: string | null = null;
  let link: { href: string; from: number } | null = null;
  const lists: { ordered: boolean; count: number }[] = [];
  const addText = (raw: string) => {
    if (skipping) return;
    out += decodeEntities(raw.replace(/[ \t\n\r\f]+/g, ' '));
  };
  let last = 0;
  for (const match of html.matchAll(TAG)) {
    addText(html.slice(last, match.index));
    last = match.index + match[0].length;
    const [, slash, rawName, attributes = ''] = match;
    if (!rawName) continue;
    const name = rawName.toLowerCase();
    const closing = slash === '/';
    if (skipping) {
      if (closing && name === skipping) skipping = null;
      continue;
    }
    if (SKIPPED.has(name)) {
      if (!closing && !attributes.trimEnd().endsWith('/')) skipping = name;
    } else if (name === 'br') out += '\n';
    else if (/^h[1-6]$/.test(name)) out += closing ? '\n\n' : `\n\n${'#'.repeat(Number(name[1]))} `;
    else if (name === 'li') {
      const list = lists.at(-1);
      if (!closing) out += `\n${list?.ordered ? `${(list.count += 1)}. ` : '- '}`;
    } else if (name === 'ul' || name === 'ol') {
      if (closing) lists.pop();
      else lists.push({ ordered: name === 'ol', count: 0 });
      out += '\n\n';
    } else if (name === 'blockquote') out += closing ? '\n\n' : '\n\n> ';
    else if (PARAGRAPH.has(name)) out += '\n\n';
    else if (LINE.has(name)) out += '\n';
    else if (MARKS[name]) out += MARKS[name];
    else if (name === 'a') {
      if (!closing) {
        const href = hrefOf(attributes);
        link = href ? { href, from: out.length } : null;
      } else if (link) {
        const words = out.slice(link.from).trim();
        if (words && words !== link.href) out += ` (${link.href})`;
        link = null;
      }
    }
  }
  addText(html.slice(last));
  return out
    .split('\n')
    .map((line) => line.replace(/^ +| +$/g, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
