import { describe, expect, it } from 'vitest';
import { guessDelimiter, parseDelimitedText } from './parse-delimited-text.js';

describe('parseDelimitedText', () => {
  it('keeps delimiters, doubled quotes and line breaks inside quoted fields', () => {
    const text = 'WKT,id,note\r\n"POINT (1 2)",A,"say ""hi"", twice"\r\n"POINT (3 4)",B,"two\nlines"\n';
    expect(parseDelimitedText(text, ',')).toEqual({
      rows: [['WKT', 'id', 'note'], ['POINT (1 2)', 'A', 'say "hi", twice'], ['POINT (3 4)', 'B', 'two\nlines']],
      lines: [1, 2, 3],
      unclosedQuoteLine: null,
    });
  });

  it('counts lines across embedded breaks and skips empty lines', () => {
    const { rows, lines } = parseDelimitedText('a;b\n\n"x\n\ny";1\n2;3', ';');
    expect(rows).toEqual([['a', 'b'], ['x\n\ny', '1'], ['2', '3']]);
    expect(lines).toEqual([1, 3, 6]);
  });

  it('keeps empty fields and reads old Mac line ends', () => {
    expect(parseDelimitedText('a\tb\tc\r1\t\t3\r', '\t').rows).toEqual([['a', 'b', 'c'], ['1', '', '3']]);
  });

  it('stops at a quote that never closes and says on which line it opened', () => {
    expect(parseDelimitedText('a,b\n1,2\n"3,4\n5,6\n', ',')).toEqual({ rows: [['a', 'b'], ['1', '2']], lines: [1, 2], unclosedQuoteLine: 3 });
  });

  it('splits a megabyte in linear time', () => {
    const text = `a,b\n${'"x,y",1\n'.repeat(130_000)}`;
    expect(parseDelimitedText(text, ',').rows).toHaveLength(130_001);
  });
});

describe('guessDelimiter', () => {
  it('takes the most frequent of tab, semicolon and comma outside quotes', () => {
    expect(guessDelimiter('WKT;id;status')).toBe(';');
    expect(guessDelimiter('WKT\tid')).toBe('\t');
    expect(guessDelimiter('"a;b;c",d,e')).toBe(',');
    expect(guessDelimiter('just one column')).toBeNull();
  });
});
