import { InputLimitError } from './input-limits.js';

/**
 * Checks that JSON text nests arrays and objects no deeper than `maxDepth`, in one pass over the
 * characters (strings skipped), before the text is parsed: a hostile depth would otherwise reach
 * code that walks values recursively. Says nothing about whether the text is valid JSON.
 *
 * @throws {InputLimitError} (`maxNestingDepth`) at the first bracket past the limit.
 * @example
 * checkJsonDepth('[[[[0]]]]', 3); // throws: 4 levels
 */
export function checkJsonDepth(text: string, maxDepth: number): void {
  let depth = 0;
  let inString = false;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (inString) {
      if (code === BACKSLASH) at++;
      else if (code === QUOTE) inString = false;
    } else if (code === QUOTE) inString = true;
    else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      if (++depth > maxDepth) throw new InputLimitError('maxNestingDepth', maxDepth, `JSON nested more than ${maxDepth.toLocaleString('en')} levels deep`);
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      // Unbalanced closers are JSON.parse's to report; they must not hide later depth.
      depth = Math.max(0, depth - 1);
    }
  }
}

const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
