import { az } from './az.js';
import { en } from './en.js';
import type { Messages, ViewerLanguage } from './messages.js';
import { ru } from './ru.js';

const ALL: Readonly<Record<ViewerLanguage, Messages>> = { en, az, ru };

/**
 * The viewer's strings in one language.
 *
 * @example
 * messagesFor('az').tabDistricts; // 'Rayonlar'
 */
export function messagesFor(language: ViewerLanguage): Messages {
  return ALL[language];
}
