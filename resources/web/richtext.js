// A message's text in the page: text nodes, with http(s) addresses as links. Nothing else ever
// becomes a link or markup.
import { make } from './dom.js';

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`\u2000-\u200f\u2028-\u202f]+/gi;

// Trailing punctuation is the sentence's, not the address's; a ')' stays when it closes a '('
// inside the address (Wikipedia-style links).
function trimTrailingPunctuation(raw) {
  const closesParenthesis = (s) => s.endsWith(')') && s.split('(').length >= s.split(')').length;
  while (/[.,;:!?'")\]}]$/.test(raw) && !closesParenthesis(raw)) raw = raw.slice(0, -1);
  return raw;
}

export function appendRichText(parent, text) {
  let done = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const raw = trimTrailingPunctuation(match[0]);
    let url;
    try {
      url = new URL(raw);
    } catch {
      continue;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
    const link = make('a', '', raw);
    link.href = url.href;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    parent.append(text.slice(done, match.index), link);
    done = match.index + raw.length;
  }
  parent.append(text.slice(done));
}
