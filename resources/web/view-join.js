// The two ways in: the join screen (a name, the access code when the room needs one and the link
// had none, and the Join button), and inside the chat the small panel that asks for another name
// when a rejoin finds ours taken, or for the code when the host asks for it again.
import { el, make } from './dom.js';
import { t, tNodes } from './i18n.js';
import { state } from './store.js';
import { renderStatus } from './view-status.js';
import { setRosterOpen } from './view-roster.js';

export function showJoin() {
  el.join.hidden = false;
  // The room's name comes from the host's room.json (or an earlier visit).
  el.joinHeading.replaceChildren(state.room ? tNodes('join.headingRoom', { room: state.room }, ['room']) : t('join.heading'));
  el.joinHint.textContent = t('join.nickHint', { max: state.limits.maxNickLength });
  el.joinNick.value = state.nick;
  el.joinCodeGroup.hidden = !state.codeNeeded || !!state.accessCode;
  renderStatus();
  (state.nick && !el.joinCodeGroup.hidden ? el.joinCode : el.joinNick).focus();
}

export const isJoinShown = () => !el.join.hidden;
export const typedName = () => el.joinNick.value;
export const typedRejoinName = () => el.nickInput.value;
// The code typed on the join screen: null when it does not ask for one.
export const typedCode = () => (el.joinCodeGroup.hidden ? null : el.joinCode.value.trim());
export const panelAsksCode = () => el.nickForm.dataset.ask === 'code';

export function showChat() {
  if (!el.chat.hidden) return;
  el.join.hidden = true;
  el.chat.hidden = false;
  setRosterOpen(matchMedia('(min-width: 900px)').matches);
  // On a phone, focusing would pop up the keyboard over the room before anyone asked for it.
  if (!matchMedia('(pointer: coarse)').matches) el.input.focus();
}

export function clearJoinError() {
  el.joinError.textContent = '';
  el.joinSuggest.hidden = true;
}

// The host wants the access code (or a right one): the field, why, and the cursor in it.
export function askForCode(sentence, tried = '') {
  el.joinCodeGroup.hidden = false;
  el.joinCodeError.textContent = sentence;
  el.joinCode.value = tried;
  el.joinCode.focus();
  el.joinCode.select();
}

export function clearCodeError() {
  el.joinCodeError.textContent = '';
}

// The host refused the name on the join screen: the sentence, and a button for its suggestion.
export function showJoinRefusal(sentence, suggestion, useSuggestion) {
  el.joinError.textContent = sentence;
  el.joinSuggest.hidden = !suggestion;
  const button = make('button', 'secondary', t('join.useSuggestion', { name: suggestion }));
  button.type = 'button';
  button.onclick = () => {
    el.joinNick.value = suggestion;
    useSuggestion();
  };
  el.joinSuggest.replaceChildren(button);
  el.joinNick.select();
}

export function showJoinError(sentence) {
  el.joinSuggest.hidden = true;
  el.joinError.textContent = sentence;
  if (sentence) el.joinNick.focus();
}

// Refused while rejoining (after a reconnect or a reload): pick a name inside the room, or type
// the access code (`code`).
export function showNickPanel({ label, error, value, code = false }) {
  el.nickForm.hidden = false;
  el.nickForm.dataset.ask = code ? 'code' : 'nick';
  el.nickInput.autocapitalize = code ? 'characters' : 'words';
  el.nickFormLabel.textContent = label;
  el.nickError.textContent = error;
  el.nickInput.value = value;
  el.nickInput.select();
}

export function showNickError(sentence) {
  el.nickError.textContent = sentence;
}

export function hideNickPanel() {
  el.nickForm.hidden = true;
}
