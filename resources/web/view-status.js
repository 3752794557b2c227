// What the page says about the connection (top bar, join screen), and about the room in the
// tab's title. Every sentence is made from the state: nothing here decides anything.
import { el, setLabel } from './dom.js';
import { t } from './i18n.js';
import { state } from './store.js';
import { renderRosterConnection } from './view-roster.js';

// `retryAt` is when the next try starts, while waiting.
function statusSentence(retryAt) {
  switch (state.phase) {
    case 'connecting':
    case 'hello':
      return t(state.joined ? 'status.reconnectingNow' : 'status.connecting');
    case 'welcomed':
      return t(state.catchUp ? 'status.catchingUp' : 'status.connected');
    case 'waiting': {
      const count = Math.max(1, Math.ceil((retryAt - Date.now()) / 1000));
      let wait;
      if (navigator.onLine === false) wait = t('status.offline');
      else if (!state.joined) wait = t('status.retrying', { count });
      else wait = t(state.problem ? 'status.retryIn' : 'status.reconnecting', { count });
      return state.problem ? `${state.problem} ${wait}` : wait;
    }
    case 'needsNick':
      return t('status.needsNick');
    case 'needsCode':
      return t('code.needed');
    case 'refused':
      return t('status.refused', { reason: state.problem });
    case 'ended':
      return t(`status.${state.endedBy}`);
    default:
      return t('status.idle');
  }
}

function statusLook() {
  if (state.phase === 'connecting' || state.phase === 'hello' || state.catchUp) return 'busy';
  if (state.phase === 'welcomed') return 'ok';
  return state.phase === 'ended' ? 'ended' : 'bad';
}

// What the person can do in a lasting state: come back, knock again, or nothing (banned).
const ENDED_ACTIONS = { ended: 'status.rejoin', kicked: 'status.rejoin', locked: 'status.tryAgain', blocked: 'status.tryAgain' };

export function renderStatus(retryAt = 0) {
  const text = statusSentence(retryAt);
  const busy = state.phase === 'connecting' || state.phase === 'hello';
  const ended = state.phase === 'ended';
  const action = ended ? ENDED_ACTIONS[state.endedBy] : '';
  el.statusText.textContent = text;
  el.status.dataset.state = state.phase;
  el.status.className = `status ${statusLook()}`;
  el.retryNow.hidden = state.phase !== 'waiting';
  el.rejoin.hidden = !action;
  if (action) el.rejoin.textContent = t(action);
  el.joinStatus.textContent = state.phase === 'waiting' || state.phase === 'refused' || ended ? text : '';
  el.joinButton.disabled = busy;
  // Banned: there is nothing to try. Otherwise the button joins, or knocks again.
  el.joinButton.hidden = ended && !action;
  el.joinButton.textContent = t(busy ? 'join.joining' : action === 'status.tryAgain' ? action : 'join.button');
  el.chat.classList.toggle('offline', state.phase !== 'welcomed');
  renderRosterConnection(state.phase === 'welcomed');
}

// "Room · Tincan", with the unread count in front while the tab is hidden.
export function renderTitle() {
  const base = state.room ? t('title.room', { room: state.room }) : t('app.name');
  document.title = state.unread ? t('title.unread', { count: state.unread, title: base }) : base;
}

export function renderRoom() {
  el.roomNameText.textContent = state.room || t('app.name');
  el.input.placeholder = state.room ? t('compose.placeholder', { room: state.room }) : t('compose.placeholderNoRoom');
  renderTitle();
}

// A problem worth reading that the chat goes on after (a refused message, the host's disk):
// shown above the message box until closed.
export function showNotice(sentence) {
  el.noticeText.textContent = sentence;
  el.notice.hidden = false;
}

export function renderSound() {
  el.soundToggle.setAttribute('aria-pressed', state.sound);
  setLabel(el.soundToggle, t(state.sound ? 'room.soundOn' : 'room.soundOff'));
}
