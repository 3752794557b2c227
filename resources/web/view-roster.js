// The people in the room: a column on wide screens, a panel over the messages on phones. While
// the page is not connected the list is greyed and says it is offline: it may be out of date.
import { el, make, setLabel } from './dom.js';
import { t, formatNumber } from './i18n.js';
import { state, hueOfPerson } from './store.js';
import { sameName } from './names.js';
import { avatar } from './avatar.js';

const byLowerCase = (a, b) => {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
};

export function renderRoster() {
  el.rosterList.replaceChildren(...state.roster.slice().sort(byLowerCase).map((name) => {
    const li = make('li');
    li.append(avatar(name, hueOfPerson(name)), make('bdi', 'name', name));
    // Badges are words, not colours or icons: a screen reader says "Ada host".
    if (state.host && sameName(name, state.host)) li.append(make('span', 'host', t('room.host')));
    if (sameName(name, state.nick)) {
      li.className = 'me';
      li.append(make('span', 'you', t('room.you')));
    }
    return li;
  }));
  el.rosterCount.textContent = formatNumber(state.count);
  setLabel(el.rosterToggle, t('room.peopleButton', { count: state.count }));
}

export function renderRosterConnection(online) {
  el.roster.classList.toggle('stale', !online);
  el.rosterOffline.hidden = online;
  el.rosterOffline.textContent = online ? '' : t('room.offline');
}

export const isRosterOpen = () => el.chat.classList.contains('roster-open');

export function setRosterOpen(open) {
  el.chat.classList.toggle('roster-open', open);
  el.rosterToggle.setAttribute('aria-expanded', open);
}
