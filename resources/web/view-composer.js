// The message box at the bottom: how long the text may be, what Enter does, and who else is
// typing.
import { el } from './dom.js';
import { t, tNodes } from './i18n.js';
import { state } from './store.js';
import { isAtBottom } from './view-messages.js';

const WARN_WHEN_LEFT = 500; // characters left when the counter starts to show
const TALLEST_PX = 180;

// On a touch screen there is no Shift key to reach for a new line, so there Enter makes a new
// line and the Send button sends. With a mouse (a fine pointer) Enter sends.
const touchTyping = matchMedia('(pointer: coarse)');
export const enterSends = () => !touchTyping.matches;

// The on-screen keyboard labels its Enter key "send" only where Enter sends.
function renderEnterKey() {
  el.input.enterKeyHint = enterSends() ? 'send' : 'enter';
}
touchTyping.addEventListener('change', renderEnterKey);
renderEnterKey();

// Under the box: how much too long the text is (it stays, to be shortened), or how much is left
// near the limit. Send is refused until the text fits.
export function renderCounter() {
  const length = el.input.value.length;
  const max = state.limits.maxTextLength;
  let text = '';
  let look = '';
  if (length > max) {
    text = t('compose.tooLong', { count: length - max, max });
    look = 'over';
  } else if (length >= max - WARN_WHEN_LEFT) {
    text = t('compose.left', { count: max - length });
    look = 'warn';
  }
  el.counter.textContent = text;
  el.counter.className = `counter ${look}`;
  el.send.setAttribute('aria-disabled', length > max || !el.input.value.trim());
}

// The box grows with its text up to a limit, keeping the newest message in view.
export function autosize() {
  const stick = isAtBottom();
  el.input.style.height = 'auto';
  el.input.style.height = `${Math.min(el.input.scrollHeight + 2, TALLEST_PX)}px`;
  if (stick) el.scroller.scrollTop = el.scroller.scrollHeight;
}

// The text to send: blank lines and white space around a message are never meant.
export const composedText = () => el.input.value.replace(/^(?:[ \t]*\r?\n)+/, '').trimEnd();

export function clearComposer() {
  el.input.value = '';
  autosize();
  renderCounter();
}

// "Ann is typing…", "Ann and Bob are typing…" or "Several people are typing…".
export function renderTyping() {
  const [a, b, c] = Array.from(state.typing.values(), (entry) => entry.nick);
  if (c) el.typing.replaceChildren(t('typing.many'));
  else if (b) el.typing.replaceChildren(tNodes('typing.two', { a, b }, ['a', 'b']));
  else if (a) el.typing.replaceChildren(tNodes('typing.one', { a }, ['a']));
  else el.typing.replaceChildren();
}

// Puts a text in the box to change (an edit).
export function setComposer(text) {
  el.input.value = text;
  autosize();
  renderCounter();
  el.input.focus();
}
