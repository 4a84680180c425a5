// A careful CSV reader of our own (docs/decisions/020): Daylio's export is the one
// CSV Mend reads, and the cases that matter are few and all tested here: quotes,
// doubled quotes, newlines inside quotes, a byte order mark, `;` or tab as the
// separator (found from the header), CRLF, and a last line with or without its
// newline. It never drops words: a stray quote inside a field is kept as a quote,
// and a quote that never closes is reported rather than swallowing the rest.

export type CsvReading = { ok: true; rows: string[][] } | { ok: false; problem: 'unclosed-quote' };

const CANDIDATES = [',', ';', '\t'] as const;

/** The separator the header line uses most, outside quotes; a comma if none. */
function separatorOf(text: string): string {
  const counts = new Map<string, number>(CANDIDATES.map((c) => [c, 0]));
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  let best = ',';
  for (const candidate of CANDIDATES) if (counts.get(candidate)! > counts.get(best)!) best = candidate;
  return best;
}

export function readCsv(source: string): CsvReading {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const separator = separatorOf(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  const endRow = () => {
    row.push(field);
    field = '';
    // A blank line is one empty field: not a row.
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const char = text[i]!;
    if (char === '"' && field === '') {
      // A quoted stretch: up to the next quote that is not doubled.
      let j = i + 1;
      let value = '';
      for (;;) {
        const close = text.indexOf('"', j);
        if (close === -1) return { ok: false, problem: 'unclosed-quote' };
        value += text.slice(j, close);
        if (text[close + 1] === '"') {
          value += '"';
          j = close + 2;
        } else {
          j = close + 1;
          break;
        }
      }
      field = value.replace(/\r\n?/g, '\n');
      i = j;
      // Words after the closing quote stay with the field (a lenient reading, never a lost word).
      continue;
    }
    if (char === separator) {
      row.push(field);
      field = '';
      i += 1;
    } else if (char === '\n' || char === '\r') {
      endRow();
      i += char === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      // An unquoted run: up to the next separator or line end.
      let j = i;
      while (j < text.length) {
        const c = text[j];
        if (c === separator || c === '\n' || c === '\r') break;
        j += 1;
      }
      field += text.slice(i, j);
      i = j;
    }
  }
  if (field !== '' || row.length > 0) endRow();
  return { ok: true, rows };
}
