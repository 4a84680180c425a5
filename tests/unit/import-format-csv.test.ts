import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/features/imports/formats/csv';

const rows = (text: string) => {
  const read = readCsv(text);
  if (!read.ok) throw new Error(`refused: ${read.problem}`);
  return read.rows;
};

describe('the CSV reader', () => {
  it('reads plain fields separated by commas', () => {
    expect(rows('a,b,c\n1,2,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
  });

  it('reads a file with no newline at the end', () => {
    expect(rows('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('makes no empty row of a trailing newline, CRLF or not', () => {
    expect(rows('a,b\r\n1,2\r\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('reads CRLF, LF and lone CR line endings alike', () => {
    expect(rows('a,b\r\n1,2\n3,4\r5,6')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
    ]);
  });

  it('keeps empty fields, at the start, the middle and the end', () => {
    expect(rows('a,b,c\n,,\n,x,\n')).toEqual([
      ['a', 'b', 'c'],
      ['', '', ''],
      ['', 'x', ''],
    ]);
  });

  it('reads a quoted field with the separator inside', () => {
    expect(rows('a,b\n"one, two",3\n')).toEqual([
      ['a', 'b'],
      ['one, two', '3'],
    ]);
  });

  it('reads doubled quotes inside a quoted field as one quote', () => {
    expect(rows('a\n"she said ""hello"" twice"\n""""\n')).toEqual([['a'], ['she said "hello" twice'], ['"']]);
  });

  it('keeps newlines inside quotes, with a CRLF inside read as one newline', () => {
    expect(rows('a,b\n"line one\r\nline two\nline three",x\n')).toEqual([
      ['a', 'b'],
      ['line one\nline two\nline three', 'x'],
    ]);
  });

  it('reads an empty quoted field as empty', () => {
    expect(rows('a,b\n"",""\n')).toEqual([
      ['a', 'b'],
      ['', ''],
    ]);
  });

  it('drops a byte order mark at the start', () => {
    expect(rows('\uFEFFfull_date,mood\n2024-01-01,rad\n')[0]).toEqual(['full_date', 'mood']);
  });

  it('finds ; as the separator from the header, and keeps commas in fields', () => {
    expect(rows('a;b;c\n1,5;2;"x;y"\n')).toEqual([
      ['a', 'b', 'c'],
      ['1,5', '2', 'x;y'],
    ]);
  });

  it('does not take a separator from inside a quoted header name', () => {
    expect(rows('"a;b",c,d\n1,2,3\n')).toEqual([
      ['a;b', 'c', 'd'],
      ['1', '2', '3'],
    ]);
  });

  it('finds a tab as the separator', () => {
    expect(rows('a\tb\n1\t2\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('skips blank lines between rows', () => {
    expect(rows('a,b\n\n1,2\n\r\n3,4\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('keeps a quote inside an unquoted field as it is', () => {
    expect(rows('a,b\n5" tall,x\n')).toEqual([
      ['a', 'b'],
      ['5" tall', 'x'],
    ]);
  });

  it('keeps the words after a closing quote rather than losing them', () => {
    expect(rows('a,b\n"quoted" then more,x\n')).toEqual([
      ['a', 'b'],
      ['quoted then more', 'x'],
    ]);
  });

  it('keeps spaces around fields, which Daylio writes on purpose', () => {
    expect(rows('a,b\n  x , y \n')).toEqual([
      ['a', 'b'],
      ['  x ', ' y '],
    ]);
  });

  it('says so when a quote is opened and never closed, instead of swallowing the rest', () => {
    expect(readCsv('a,b\n"never closed,1\n2,3\n')).toEqual({ ok: false, problem: 'unclosed-quote' });
  });

  it('reads an empty text as no rows', () => {
    expect(rows('')).toEqual([]);
    expect(rows('\uFEFF')).toEqual([]);
  });
});
