// The text of a PDF as Chromium prints it, read with node's zlib alone: each
// page's content streams are inflated, and every string shown is turned back
// into letters through its font's ToUnicode map (Chromium draws text as glyph
// numbers, not letters). Enough for asking what a printed page says.
import { inflateSync, constants } from 'node:zlib';

type PdfObject = { dict: string; stream: Buffer | null };

function objectsOf(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const pattern = /(\d+) 0 obj\b([\s\S]*?)endobj/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const body = match[2]!;
    const at = body.indexOf('stream');
    if (at === -1) {
      objects.set(Number(match[1]), { dict: body, stream: null });
      continue;
    }
    const start = match.index + match[0].indexOf(body) + at + 'stream'.length + (body[at + 6] === '\r' ? 2 : 1);
    const end = match.index + match[0].indexOf(body) + body.lastIndexOf('endstream');
    const raw = pdf.subarray(start, end);
    const dict = body.slice(0, at);
    const stream = /\/FlateDecode/.test(dict) ? inflateSync(raw, { finishFlush: constants.Z_SYNC_FLUSH }) : raw;
    objects.set(Number(match[1]), { dict, stream });
  }
  return objects;
}

type FontMap = { bytes: number; chars: Map<number, string> };

const fromHex = (hex: string) => {
  let out = '';
  for (let i = 0; i + 4 <= hex.length; i += 4) out += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
  return out;
};

function parseCMap(cmap: string): FontMap {
  const chars = new Map<number, string>();
  const space = /begincodespacerange\s*<([0-9a-fA-F]+)>/.exec(cmap);
  const bytes = space ? space[1]!.length / 2 : 2;
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, src, dst] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) chars.set(parseInt(src!, 16), fromHex(dst!));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, rest] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(<[0-9a-fA-F]+>|\[[^\]]*\])/g)) {
      const first = parseInt(lo!, 16);
      const last = parseInt(hi!, 16);
      if (rest!.startsWith('[')) {
        [...rest!.matchAll(/<([0-9a-fA-F]+)>/g)].forEach(([, dst], n) => chars.set(first + n, fromHex(dst!)));
      } else {
        const base = rest!.slice(1, -1);
        const start = parseInt(base.slice(-4), 16);
        for (let code = first; code <= last; code++) chars.set(code, fromHex(base.slice(0, -4)) + String.fromCharCode(start + code - first));
      }
    }
  }
  return { bytes, chars };
}

const refOf = (dict: string, key: string) => {
  const match = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict);
  return match ? Number(match[1]) : null;
};

/** The fonts a page names (/F1 …) with their letters, from its resources inline or referred to. */
function fontsOf(page: string, objects: Map<number, PdfObject>): Map<string, FontMap> {
  const resourcesRef = refOf(page, 'Resources');
  const resources = resourcesRef === null ? page : (objects.get(resourcesRef)?.dict ?? '');
  const fontRef = refOf(resources, 'Font');
  const fontDict = fontRef === null ? (/\/Font\s*<<([\s\S]*?)>>/.exec(resources)?.[1] ?? '') : (objects.get(fontRef)?.dict ?? '');
  const fonts = new Map<string, FontMap>();
  for (const [, name, ref] of fontDict.matchAll(/\/([\w.+-]+)\s+(\d+) 0 R/g)) {
    const unicode = refOf(objects.get(Number(ref))?.dict ?? '', 'ToUnicode');
    const cmap = unicode === null ? null : objects.get(unicode)?.stream;
    if (cmap) fonts.set(name!, parseCMap(cmap.toString('latin1')));
  }
  return fonts;
}

/** What the strings of one content stream say, each text object on a line of its own. */
function textOf(content: string, fonts: Map<string, FontMap>): string {
  let font: FontMap | undefined;
  let out = '';
  const decode = (hex: string) => {
    if (!font) return '';
    const step = font.bytes * 2;
    let text = '';
    for (let i = 0; i + step <= hex.length; i += step) text += font.chars.get(parseInt(hex.slice(i, i + step), 16)) ?? '';
    return text;
  };
  const tokens = /\/([\w.+-]+)\s+[\d.]+\s+Tf|<([0-9a-fA-F]*)>|(ET)\b|(-?\d+(?:\.\d+)?)\s*(?=[<\]])/g;
  for (const match of content.matchAll(tokens)) {
    if (match[1]) font = fonts.get(match[1]);
    else if (match[2] !== undefined) out += decode(match[2]);
    else if (match[3]) out += '\n';
    // A large gap inside a TJ array is a space between words.
    else if (match[4] && Number(match[4]) < -200) out += ' ';
  }
  return out;
}

/** Every page's text, in order; ligatures ("ﬁ") as their letters. */
export function pdfText(pdf: Buffer): string {
  const objects = objectsOf(pdf);
  const pages = [...objects.values()].filter((object) => /\/Type\s*\/Page\b/.test(object.dict));
  return pages
    .map((page) => {
      const fonts = fontsOf(page.dict, objects);
      const contents = /\/Contents\s*\[([^\]]*)\]/.exec(page.dict)?.[1] ?? /\/Contents\s+(\d+ 0 R)/.exec(page.dict)?.[1] ?? '';
      return [...contents.matchAll(/(\d+) 0 R/g)]
        .map(([, ref]) => objects.get(Number(ref))?.stream?.toString('latin1') ?? '')
        .map((content) => textOf(content, fonts))
        .join('\n');
    })
    .join('\n')
    .normalize('NFKC');
}
