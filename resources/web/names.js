// What the page checks about names: the same person, and a name the host would take.
import { t } from './i18n.js';

// The host tells names apart far more carefully (docs/PROTOCOL.md, Nicknames); for the page's
// own purposes (own messages, the roster, the typing line) case is enough.
export const sameName = (a, b) => String(a).toLowerCase() === String(b).toLowerCase();

// The checks the page can make before asking the host: {nick} trimmed, or {error} as a sentence.
export function checkNick(raw, maxLength) {
  const nick = String(raw).trim();
  if (!nick) return { error: t('nick.empty') };
  if (nick.length > maxLength) return { error: t('nick.tooLong', { count: maxLength }) };
  if (/[\p{Cc}\p{Cf}\u2028\u2029]/u.test(nick)) return { error: t('nick.badChars') };
  return { nick };
}
