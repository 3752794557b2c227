// The round letter that stands for a person.
import { make } from './dom.js';
import { currentLanguage } from './i18n.js';

// `hue` may be left out where the avatar sits inside an element that sets --hue for the person.
export function avatar(name, hue) {
  const letter = Array.from(String(name).replace(/[\p{C}\p{Z}]/gu, ''))[0] || '?';
  const node = make('span', 'avatar', letter.toLocaleUpperCase(currentLanguage()));
  node.setAttribute('aria-hidden', 'true');
  if (hue !== undefined) node.style.setProperty('--hue', hue);
  return node;
}
