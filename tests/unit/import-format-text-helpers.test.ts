import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/features/imports/formats/decode-text';
import { htmlToText, looksLikeHtml } from '../../src/features/imports/formats/html-text';
import { hashId, withUniqueIds } from '../../src/features/imports/formats/source-id';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('turning HTML from another journal into plain words', () => {
  it('makes paragraphs of <p>, drops empty ones and decodes &nbsp;', () => {
    const html = '<p dir="auto">Rode my new bike&nbsp;</p>\n<p dir="auto"></p>\n<p dir="auto">It looks <em>very</em> good!</p>';
    expect(htmlToText(html)).toBe('Rode my new bike\n\nIt looks *very* good!');
  });

  it('keeps line breaks, bold, lists and headings as Markdown', () => {
    expect(htmlToText('one<br>two<br/>three')).toBe('one\ntwo\nthree');
    expect(htmlToText('<b>big</b> and <strong>bold</strong>')).toBe('**big** and **bold**');
    expect(htmlToText('<ul><li>tea</li><li>walk</li></ul>')).toBe('- tea\n- walk');
    expect(htmlToText('<ol><li>first</li><li>second</li></ol>')).toBe('1. first\n2. second');
    expect(htmlToText('<h2>Title</h2><div>body</div>')).toBe('## Title\n\nbody');
    expect(htmlToText('<blockquote>said</blockquote>')).toBe('> said');
  });

  it('decodes named and numbered entities, and leaves unknown ones as written', () => {
    expect(htmlToText('<p>fish &amp; chips &lt;3 &#233;t&#xE9; &rsquo;s &hellip; &madeup;</p>')).toBe('fish & chips <3 été ’s … &madeup;');
  });

  it('keeps the words of a link and where it pointed, and drops scripts, styles and images', () => {
    expect(htmlToText('<p>see <a href="https://example.org/x">this page</a></p>')).toBe('see this page (https://example.org/x)');
    expect(htmlToText('<p>hi<script>alert(1)</script><style>p{}</style><img src="a.jpg"></p>')).toBe('hi');
    expect(htmlToText('<a href="javascript:alert(1)">click</a>')).toBe('click');
  });

  it('tells HTML from words that merely hold a < sign', () => {
    expect(looksLikeHtml('<p>hello</p>')).toBe(true);
    expect(looksLikeHtml('one<br>two')).toBe(true);
    expect(looksLikeHtml('I <3 you, and 2 < 5 > 1')).toBe(false);
    expect(looksLikeHtml('a <b> in words')).toBe(true);
    expect(looksLikeHtml('plain')).toBe(false);
  });
});

describe('ids for entries whose app gave none', () => {
  it('are the same for the same words and date, and differ when either changes', () => {
    expect(hashId('2024-03-05T12:00:00.000Z', 'hello')).toBe(hashId('2024-03-05T12:00:00.000Z', 'hello'));
    expect(hashId('2024-03-05T12:00:00.000Z', 'hello')).not.toBe(hashId('2024-03-05T12:00:00.000Z', 'hello!'));
    expect(hashId('2024-03-05T12:00:00.000Z', 'hello')).not.toBe(hashId('2024-03-06T12:00:00.000Z', 'hello'));
    expect(hashId('ab', 'c')).not.toBe(hashId('a', 'bc'));
  });

  it('give a repeated entry its own id, the same on every read', () => {
    const entries = [{ sourceId: 'x' }, { sourceId: 'y' }, { sourceId: 'x' }, { sourceId: 'x' }];
    expect(withUniqueIds(entries).map((e) => e.sourceId)).toEqual(['x', 'y', 'x-2', 'x-3']);
  });
});

describe('decoding a text file', () => {
  it('reads UTF-8, with or without a byte order mark', () => {
    expect(decodeText(new TextEncoder().encode('héllo'))).toBe('héllo');
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x68, 0x69))).toBe('hi');
  });

  it('reads UTF-16 with its byte order mark, as Windows Notepad saves it', () => {
    expect(decodeText(bytes(0xff, 0xfe, 0x68, 0x00, 0x69, 0x00))).toBe('hi');
    expect(decodeText(bytes(0xfe, 0xff, 0x00, 0x68, 0x00, 0x69))).toBe('hi');
  });

  it('refuses bytes that are not text', () => {
    expect(decodeText(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBeNull();
    expect(decodeText(bytes(0x68, 0x00, 0x69))).toBeNull();
    expect(decodeText(bytes(0xc3, 0x28))).toBeNull();
  });
});
