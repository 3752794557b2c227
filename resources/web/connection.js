// The chat socket to the host (ws://HOST/ws, docs/PROTOCOL.md) and when to try it again. It
// knows nothing of the chat: the session decides what to send, and whether a connection that
// ended should be tried again at all.

const FIRST_DELAY_MS = 1000;
const LONGEST_DELAY_MS = 30000;

const chatUrl = () => `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`;

export class Connection {
  #hooks;
  #socket = null;
  #attempt = 0; // tries since the last welcome: how long the next wait is
  #retryTimer = 0;
  #tickTimer = 0;

  retryAt = 0; // when the next try starts (ms since the epoch), while waiting

  // hooks: onConnecting(), onOpen(), onMessage(object), onClose(code), and onTick() every second
  // while waiting (for a countdown).
  constructor(hooks) {
    this.#hooks = hooks;
  }

  get isOpen() {
    return this.#socket?.readyState === WebSocket.OPEN;
  }

  // Connects now. An older connection is dropped without telling the session, and any wait ends.
  open() {
    this.#stopWaiting();
    this.#forgetSocket();
    this.#hooks.onConnecting();
    let socket;
    try {
      socket = new WebSocket(chatUrl());
    } catch {
      this.retryLater();
      return;
    }
    this.#socket = socket;
    socket.onopen = () => this.#hooks.onOpen();
    socket.onmessage = (event) => {
      let message;
      try {
        message = JSON.parse(event.data);
      } catch {
        return; // not JSON: nothing this page can act on
      }
      if (message && typeof message === 'object') this.#hooks.onMessage(message);
    };
    socket.onclose = (event) => {
      this.#socket = null;
      this.#hooks.onClose(event.code);
    };
  }

  // False when there is no open connection to send on.
  send(message) {
    if (!this.isOpen) return false;
    this.#socket.send(JSON.stringify(message));
    return true;
  }

  // The host let us in: the next lost connection starts over with short waits.
  succeeded() {
    this.#attempt = 0;
  }

  // Tries again after a wait: exponential backoff from 1 s to 30 s with ±25 % jitter, so a room
  // full of browsers does not knock on a restarted host's door in the same instant.
  retryLater() {
    this.#stopWaiting();
    const backoff = Math.min(LONGEST_DELAY_MS, FIRST_DELAY_MS * 2 ** this.#attempt++);
    const delay = Math.min(LONGEST_DELAY_MS, Math.round(backoff * (0.75 + Math.random() / 2)));
    this.retryAt = Date.now() + delay;
    this.#retryTimer = setTimeout(() => this.open(), delay);
    this.#tickTimer = setInterval(() => this.#hooks.onTick(), 1000);
  }

  #stopWaiting() {
    clearTimeout(this.#retryTimer);
    clearInterval(this.#tickTimer);
  }

  #forgetSocket() {
    const old = this.#socket;
    this.#socket = null;
    if (!old) return;
    old.onopen = old.onmessage = old.onclose = null;
    old.close();
  }
}
