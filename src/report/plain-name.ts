/** Control characters, and line and paragraph separators, that would break a line of a report. */
const LINE_BREAKING = /[\p{Cc}\p{Zl}\p{Zp}]/gu;
/**
 * Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): in an untrusted
 * name they can make the text around it display in another order than it is stored.
 */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/gu;
const WHITESPACE_RUN = /\s+/gu;

/**
 * A region name from an untrusted file as one line of plain text: control characters and line
 * breaks become spaces, bidirectional controls are removed, runs of white space collapse to one
 * and the ends are trimmed. Formats that have their own escaping (Markdown) apply it afterwards.
 *
 * @example
 * plainName('Tartar\n=cmd\u202e'); // 'Tartar =cmd'
 */
export function plainName(name: string): string {
  return String(name).replace(BIDI_CONTROLS, '').replace(LINE_BREAKING, ' ').replace(WHITESPACE_RUN, ' ').trim();
}
