// The chat socket to the host (ws://HOST/ws, docs/PROTOCOL.md) and when to try it again. It
// knows nothing of the chat: the session decides what to send, and whether a connection that
// ended should be tried again at all.

const FIRST_DELAY_MS = 1000;
const LONGEST_DELAY_MS = 30000;
const PROBE_EVERY_MS = 2000;
// A host seen coming back is rejoined within this, spread so that a room of browsers does not
// arrive in the same instant.
const COMEBACK_SPREAD_MS = 1000;

const chatUrl = () => `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`;

export class Connection {
  #hooks;
  #socket = null;
  #attempt = 0; // tries since the last welcome: how long the next wait is
  #retryTimer = 0;
  #tickTimer = 0;
  #probeTimer = 0;
  #wait = 0; // counts the waits, so a probe answered after its wait ended is ignored
  #waiting = false;
  #hostAnswered = false; // the last probe reached the host

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

  // The host let us in: the next lost connection starts over with short waits, and a host
  // that answers a probe then counts as back.
  succeeded() {
    this.#attempt = 0;
    this.#hostAnswered = false;
  }

  // Tries again after a wait: exponential backoff from 1 s to 30 s with ±25 % jitter, so a room
  // full of browsers does not knock on a restarted host's door in the same instant.
  //
  // A long wait would keep people out long after a host that was restarted is back, so while
  // waiting the page also asks the host for its page (HEAD, not from the cache) every 2 s. When
  // the host answers again after it did not (or on the first probe of a wait that follows a
  // good connection), the page connects at once. A host that answers the page but keeps closing
  // the chat (full, or one address with too many connections) is left to the backoff.
  retryLater() {
    this.#stopWaiting();
    const backoff = Math.min(LONGEST_DELAY_MS, FIRST_DELAY_MS * 2 ** this.#attempt++);
    const delay = Math.min(LONGEST_DELAY_MS, Math.round(backoff * (0.75 + Math.random() / 2)));
    const wait = ++this.#wait;
    this.#waiting = true;
    this.retryAt = Date.now() + delay;
    this.#retryTimer = setTimeout(() => this.open(), delay);
    this.#tickTimer = setInterval(() => this.#hooks.onTick(), 1000);
    this.#probeTimer = setTimeout(() => this.#probe(wait), PROBE_EVERY_MS);
  }

  // Ends a wait without trying again (the host ended the chat, or refused this page for good).
  stop() {
    this.#stopWaiting();
  }

  async #probe(wait) {
    let answered = false;
    try {
      const answer = await fetch('./', {
        method: 'HEAD',
        cache: 'no-store',
        signal: AbortSignal.timeout?.(PROBE_EVERY_MS),
      });
      answered = answer.ok;
    } catch {
      // no host there (yet)
    }
    if (!this.#waiting || wait !== this.#wait) return; // a try started meanwhile
    const cameBack = answered && !this.#hostAnswered;
    this.#hostAnswered = answered;
    if (cameBack) {
      clearTimeout(this.#retryTimer);
      const soon = Math.round(Math.random() * COMEBACK_SPREAD_MS);
      this.retryAt = Math.min(this.retryAt, Date.now() + soon);
      this.#retryTimer = setTimeout(() => this.open(), soon);
    } else {
      this.#probeTimer = setTimeout(() => this.#probe(wait), PROBE_EVERY_MS);
    }
  }

  #stopWaiting() {
    this.#waiting = false;
    clearTimeout(this.#retryTimer);
    clearInterval(this.#tickTimer);
    clearTimeout(this.#probeTimer);
  }

  #forgetSocket() {
    const old = this.#socket;
    this.#socket = null;
    if (!old) return;
    old.onopen = old.onmessage = old.onclose = null;
    old.close();
  }
}
