import { InputLimitError } from './input-limits.js';

/**
 * Why XML text must not be parsed, or null when it may be: entity declarations are refused
 * outright (a few hundred bytes of nested entities expand to gigabytes — "billion laughs" — and
 * an external entity can pull in a local file such as /etc/passwd; KML and GPX never need them),
 * and elements nested deeper than `maxDepth` end with an {@link InputLimitError}. One linear pass,
 * before the parser sees the text.
 *
 * @param text The whole XML document.
 * @param maxDepth `limits.maxNestingDepth`.
 * @throws {InputLimitError} (`maxNestingDepth`) at the first element past the limit.
 * @example
 * checkXmlSafety('<!DOCTYPE kml [<!ENTITY x SYSTEM "file:///etc/passwd">]><kml/>', 100);
 * // 'declares XML entities (<!ENTITY …>), …'
 */
export function checkXmlSafety(text: string, maxDepth: number): string | null {
  if (/<!ENTITY/i.test(text)) {
    return 'declares XML entities (<!ENTITY …>), which cleared-land does not expand: they can make a small file enormous or read files from this computer, and KML and GPX do not need them';
  }
  let depth = 0;
  for (let at = text.indexOf('<'); at !== -1; at = text.indexOf('<', at + 1)) {
    const next = text.charCodeAt(at + 1);
    if (next === SLASH) {
      depth = Math.max(0, depth - 1);
      continue;
    }
    if (next === BANG || next === QUESTION) {
      // Comments, CDATA and processing instructions may hold '<' and '>': skip to their end.
      const end = text.startsWith('<!--', at) ? text.indexOf('-->', at + 4) : text.startsWith('<![CDATA[', at) ? text.indexOf(']]>', at + 9) : text.indexOf('>', at + 2);
      if (end === -1) return null;
      at = end;
      continue;
    }
    const close = text.indexOf('>', at + 1);
    if (close === -1) return null;
    // An element that closes itself (<Point/>) adds no level.
    if (text.charCodeAt(close - 1) !== SLASH && ++depth > maxDepth) {
      throw new InputLimitError('maxNestingDepth', maxDepth, `XML elements nested more than ${maxDepth.toLocaleString('en')} levels deep`);
    }
    at = close;
  }
  return null;
}

const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
