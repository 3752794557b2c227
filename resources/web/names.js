// What the page checks about names: the same person, a name the host would take, and whether a
// message mentions someone.
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

// Whether `text` mentions `nick`, by the desktop's rule (ui/messagemodel.cpp,
// MessageModel::mentionsMe): the name as a whole word (or words) in any case, optionally after
// an '@'. A word character is a letter, a digit or '_' (what \w means to Qt's regular
// expressions with Unicode properties), so "Ann" is in "hi ann!" and "@Ann", not in "Anna".
const mentionPatterns = new Map();
export function mentions(text, nick) {
  if (!nick) return false;
  let pattern = mentionPatterns.get(nick);
  if (!pattern) {
    const literal = nick.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // No lookbehind (older Safari lacks it): the character before the name is matched instead.
    pattern = new RegExp(`(?:^|[^\\p{L}\\p{N}_@])@?${literal}(?![\\p{L}\\p{N}_])`, 'iu');
    mentionPatterns.set(nick, pattern);
  }
  return pattern.test(text);
}
