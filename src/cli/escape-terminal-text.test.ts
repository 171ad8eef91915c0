import { describe, expect, test } from 'vitest';
import { escapeTerminalText } from './escape-terminal-text.js';

describe('escapeTerminalText', () => {
  test('shows ESC, other C0 and C1 controls and bidi controls as escapes', () => {
    expect(escapeTerminalText('Zone \x1b[2J7\u202Eabc')).toBe('Zone \\u001b[2J7\\u202eabc');
    expect(escapeTerminalText('a\rb\u0007c\u009bd\u2066e\u2069f\u200eg\u200fh\u061ci\u007f')).toBe(
      'a\\u000db\\u0007c\\u009bd\\u2066e\\u2069f\\u200eg\\u200fh\\u061ci\\u007f',
    );
  });

  test('keeps line feeds in whole reports and escapes them in one-line messages', () => {
    expect(escapeTerminalText('a\nb\tc')).toBe('a\nb\\u0009c');
    expect(escapeTerminalText('a\nb', { keepNewlines: false })).toBe('a\\u000ab');
  });

  test('leaves ordinary text, accents and right-to-left letters alone', () => {
    const text = 'Füzuli — Ağdam, Шуша, عربي, 1 130,6 ha';
    expect(escapeTerminalText(text)).toBe(text);
  });
});
