/** Options of {@link escapeTerminalText}. */
export interface EscapeTerminalTextOptions {
  /** Keep line feeds (`\n`) as they are: true for whole reports whose lines are the layout. */
  keepNewlines: boolean;
}

/** Defaults of {@link EscapeTerminalTextOptions}. */
export const defaultEscapeTerminalTextOptions: EscapeTerminalTextOptions = { keepNewlines: true };

/**
 * Makes text safe to print on a terminal: C0 and C1 control characters (ESC starts the sequences
 * that move the cursor, recolour or retitle a terminal; CR overwrites a line) and Unicode bidi
 * controls (U+202A–202E, U+2066–2069, U+200E, U+200F, U+061C, which can make a name read
 * backwards or hide text) become visible escapes such as `\u001b`. Ids and names come from the
 * user's file, so every text output passes through here; JSON and CSV keep data exact.
 *
 * @example
 * escapeTerminalText('Zone \x1b[2J7\u202Eabc'); // 'Zone \\u001b[2J7\\u202eabc'
 */
export function escapeTerminalText(text: string, options: Partial<EscapeTerminalTextOptions> = {}): string {
  const { keepNewlines } = { ...defaultEscapeTerminalTextOptions, ...options };
  return text.replace(keepNewlines ? UNSAFE_EXCEPT_NEWLINE : UNSAFE, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// Character classes only: one step per character, linear in the text.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_EXCEPT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
