/** Records of a delimited text file, with the line each record starts on. */
export interface DelimitedRows {
  /** The fields of each record, in order; the first record is usually the header. */
  rows: string[][];
  /** The 1-based line of the file on which each record starts (records may span lines). */
  lines: number[];
  /** Where a quoted field is never closed: the line it opens on; null when every quote closes. */
  unclosedQuoteLine: number | null;
}

/**
 * Splits CSV or TSV text into records and fields the way RFC 4180 and spreadsheet exports write
 * them: fields in double quotes may hold the delimiter, line breaks and doubled quotes (`""`);
 * records end at `\n`, `\r\n` or `\r`; a line with nothing on it is no record. One pass, no
 * regular expression, so time is proportional to the text. A quote that is never closed stops
 * the records there and is reported in `unclosedQuoteLine`, rather than swallowing the rest of
 * the file into one field silently.
 *
 * @param text The whole file, already decoded (without a byte order mark).
 * @param delimiter `,`, `;` or a tab; see {@link guessDelimiter}.
 * @example
 * parseDelimitedText('WKT,id\n"POINT (1 2)",A\n', ',').rows; // [['WKT', 'id'], ['POINT (1 2)', 'A']]
 */
export function parseDelimitedText(text: string, delimiter: string): DelimitedRows {
  const rows: string[][] = [];
  const lines: number[] = [];
  const records = delimitedRecords(text, delimiter);
  for (;;) {
    const next = records.next();
    if (next.done) return { rows, lines, unclosedQuoteLine: next.value };
    rows.push(next.value.fields);
    lines.push(next.value.line);
  }
}

/**
 * The records of {@link parseDelimitedText} one at a time, so that a reader can turn each into a
 * feature and let its text go before the next: the generator's return value is the line of a quote
 * that never closes, or null.
 *
 * @param text The whole file, already decoded (without a byte order mark).
 * @param delimiter `,`, `;` or a tab.
 * @example
 * for (const { fields, line } of delimitedRecords('a,b\n1,2\n', ',')) console.log(line, fields);
 */
export function* delimitedRecords(text: string, delimiter: string): Generator<{ fields: string[]; line: number }, number | null> {
  let line = 1;
  let at = 0;
  const length = text.length;
  const delimiterCode = delimiter.charCodeAt(0);
  while (at < length) {
    const startLine = line;
    const fields: string[] = [];
    let recordDone = false;
    while (!recordDone) {
      let field: string;
      if (text.charCodeAt(at) === QUOTE) {
        // A quoted field: up to the next quote that is not doubled.
        let parts = '';
        let from = at + 1;
        for (;;) {
          const close = text.indexOf('"', from);
          if (close === -1) return startLine;
          parts += text.slice(from, close);
          if (text.charCodeAt(close + 1) === QUOTE) {
            parts += '"';
            from = close + 2;
            continue;
          }
          at = close + 1;
          break;
        }
        line += countLineBreaks(parts);
        // Text between the closing quote and the delimiter (a slip some writers make) is kept.
        const end = fieldEnd(text, at, delimiterCode);
        field = parts + text.slice(at, end);
        at = end;
      } else {
        const end = fieldEnd(text, at, delimiterCode);
        field = text.slice(at, end);
        at = end;
      }
      fields.push(field);
      const code = text.charCodeAt(at);
      if (code === delimiterCode) {
        at++;
      } else {
        recordDone = true;
        if (code === CR) at++;
        if (text.charCodeAt(at) === LF && (code === CR || code === LF)) at++;
        if (code === CR || code === LF) line++;
      }
    }
    if (fields.length === 1 && fields[0] === '') continue;
    yield { fields, line: startLine };
  }
  return null;
}

/**
 * Picks the delimiter of a table from its first line: whichever of tab, `;` and `,` occurs most
 * often outside double quotes (ties: tab, then `;`, since a header with commas inside `;`-separated
 * names is rarer than the reverse); null when the line holds none of them.
 *
 * @param firstLine The header line.
 * @example
 * guessDelimiter('WKT;id;status'); // ';'
 */
export function guessDelimiter(firstLine: string): string | null {
  const counts = new Map<string, number>(DELIMITERS.map((delimiter) => [delimiter, 0]));
  let quoted = false;
  for (const character of firstLine) {
    if (character === '"') quoted = !quoted;
    else if (!quoted && counts.has(character)) counts.set(character, counts.get(character)! + 1);
  }
  let best: string | null = null;
  for (const delimiter of DELIMITERS) {
    if (counts.get(delimiter)! > (best === null ? 0 : counts.get(best)!)) best = delimiter;
  }
  return best;
}

const DELIMITERS = ['\t', ';', ','];
const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

function fieldEnd(text: string, from: number, delimiterCode: number): number {
  let at = from;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if (code === delimiterCode || code === LF || code === CR) break;
    at++;
  }
  return at;
}

function countLineBreaks(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === LF || (code === CR && text.charCodeAt(index + 1) !== LF)) count++;
  }
  return count;
}
