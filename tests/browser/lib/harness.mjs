// Shared helpers for the browser end-to-end tests: a real headless host per test, the system
// Chromium driven by playwright-core, and a protocol client that talks like the desktop app.
import { before, after } from 'node:test';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_BIN || '/usr/bin/chromium';
const TIMEOUT = 15000;

export function tincanBin() {
  const bin = process.env.TINCAN_BIN;
  if (!bin) throw new Error('Set TINCAN_BIN to the tincan binary (ctest passes it).');
  return bin;
}

export async function tempDir(prefix = 'tincan-browser-') {
  return mkdtemp(join(tmpdir(), prefix));
}

// Starts `tincan --headless` on 127.0.0.1; port 0 picks a free one. Resolves once the host has
// printed its address. `accessCode` starts it with one; `console` lets the test type the host's
// console commands (host.command('/kick Ann')); `args` are more options (['--max-file-size', '1M']).
export async function startHost({ dataDir, port = 0, room = 'Test room', accessCode, console = false, args: more = [] } = {}) {
  const dir = dataDir || await tempDir();
  const args = ['--headless', '--bind', '127.0.0.1', '--port', String(port), '--no-discovery',
    '--room', room, '--data-dir', dir];
  if (accessCode) args.push('--access-code', accessCode);
  args.push(...more);
  const proc = spawn(tincanBin(), args, {
    stdio: [console ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    env: { ...process.env, QT_QPA_PLATFORM: 'offscreen' },
  });
  let output = '';
  const exited = new Promise((resolve) => proc.once('exit', (code, signal) => resolve({ code, signal })));
  const actualPort = await new Promise((resolve, reject) => {
    let buf = '';
    const timer = setTimeout(() => reject(new Error(`host did not print its address in time:\n${output}`)), TIMEOUT);
    proc.stdout.on('data', (d) => {
      output += d;
      buf += d;
      let nl;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(line);
        if (m) {
          clearTimeout(timer);
          resolve(Number(m[1]));
        }
      }
    });
    proc.stderr.on('data', (d) => { output += d; });
    proc.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`host exited (${code ?? signal}) before printing its address:\n${output}`));
    });
  });
  return {
    proc,
    port: actualPort,
    url: `http://127.0.0.1:${actualPort}/`,
    dataDir: dir,
    output: () => output,
    // Types a console command and resolves with the line the host answers (the lines that
    // count the people in the room come when they will, and are skipped).
    command(line) {
      const answered = new Promise((resolve, reject) => {
        let buf = '';
        const timer = setTimeout(() => reject(new Error(`no answer to ${line}:\n${output}`)), TIMEOUT);
        const onData = (d) => {
          buf += d;
          const lines = buf.split('\n');
          buf = lines.pop();
          const answer = lines.find((l) => !/^\d+ (person|people) in the room$/.test(l));
          if (answer === undefined) return;
          clearTimeout(timer);
          proc.stdout.off('data', onData);
          resolve(answer);
        };
        proc.stdout.on('data', onData);
      });
      proc.stdin.write(`${line}\n`);
      return answered;
    },
    // SIGTERM: the host says goodbye (error host-leaving, close 1001) and stops.
    async stop() {
      if (proc.exitCode !== null || proc.signalCode !== null) return exited;
      proc.kill('SIGTERM');
      const killer = setTimeout(() => proc.kill('SIGKILL'), 5000);
      const r = await exited;
      clearTimeout(killer);
      return r;
    },
    // SIGKILL: the host is gone without a word, as after a crash or a power cut.
    async kill() {
      if (proc.exitCode !== null || proc.signalCode !== null) return exited;
      proc.kill('SIGKILL');
      return exited;
    },
  };
}

export async function removeDir(dir) {
  await rm(dir, { recursive: true, force: true });
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-quic'],
  });
}

// A page in its own context (own storage), recording anything that should never happen:
// dialogs (a script got to run), uncaught errors and Content-Security-Policy violations.
// A host and a browser for one test file: started before its tests, stopped after them.
// `set` receives both; `current` returns the host to stop (a test may have restarted it).
export function useHostAndBrowser(set, current) {
  let browser;
  before(async () => {
    const host = await startHost();
    browser = await launchBrowser();
    set(host, browser);
  });
  after(async () => {
    await browser?.close();
    const host = current();
    await host?.stop();
    if (host) await removeDir(host.dataDir);
  });
}

export async function openPage(browser, url, { width = 1280, height = 800, colorScheme = 'light', locale = 'en-US' } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme, locale });
  const page = await context.newPage();
  const problems = [];
  page.on('dialog', (d) => {
    problems.push(`dialog fired: ${d.type()} ${d.message()}`);
    d.dismiss().catch(() => {});
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    // Expected while the host is away: the chat socket failing, and the page's probe (a HEAD
    // of the page itself) finding no one there.
    if (/WebSocket connection to .* failed/.test(m.text())) return;
    if (/net::ERR_/.test(m.text()) && new URL(m.location().url || 'about:blank', 'http://x/').pathname === '/') return;
    problems.push(`console error: ${m.text()} ${m.location().url || ''}`);
  });
  page.problems = problems;
  if (url) await page.goto(url);
  return page;
}

export async function joinAs(page, nick) {
  await page.fill('#join-nick', nick);
  await page.click('#join-button');
  await waitWelcomed(page);
}

export async function waitWelcomed(page, timeout = TIMEOUT) {
  await page.waitForFunction(() => {
    const chat = document.getElementById('chat');
    return !chat.hidden && document.getElementById('status').dataset.state === 'welcomed';
  }, null, { timeout });
}

// The chat messages on a page, in DOM order: [{seq, text, own, pending}].
export async function messageList(page) {
  return page.$$eval('#messages li.msg, #pending li.msg', (lis) => lis.map((li) => ({
    seq: li.dataset.seq ? Number(li.dataset.seq) : null,
    text: li.querySelector('.text').textContent,
    own: li.classList.contains('own'),
    pending: li.classList.contains('pending'),
  })));
}

export async function waitForTexts(page, texts, timeout = TIMEOUT) {
  await page.waitForFunction((want) => {
    const have = Array.from(document.querySelectorAll('#messages li.msg .text'), (n) => n.textContent);
    return want.every((w) => have.includes(w));
  }, texts, { timeout, polling: 100 });
}

export async function sendFromPage(page, text) {
  await page.fill('#input', text);
  await page.press('#input', 'Enter');
}

// The desktop app's side of the protocol: a WebSocket without an Origin header.
// Node 22+ has a global WebSocket; older Node uses the `ws` package.
async function webSocketClass() {
  if (typeof globalThis.WebSocket === 'function') return globalThis.WebSocket;
  return (await import('ws')).default;
}

export class ProtocolClient {
  constructor(ws) {
    this.ws = ws;
    this.received = [];
    this.waiters = [];
    this.closed = new Promise((resolve) => ws.addEventListener('close', (e) => resolve(e)));
    ws.addEventListener('message', (e) => {
      const msg = JSON.parse(String(e.data));
      this.received.push(msg);
      for (const w of this.waiters.slice()) {
        if (w.pred(msg)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          clearTimeout(w.timer);
          w.resolve(msg);
        }
      }
    });
  }

  static async open(port) {
    const WS = await webSocketClass();
    const ws = new WS(`ws://127.0.0.1:${port}/ws`);
    await new Promise((resolve, reject) => {
      ws.addEventListener('open', resolve, { once: true });
      ws.addEventListener('error', () => reject(new Error('WebSocket failed to open')), { once: true });
    });
    return new ProtocolClient(ws);
  }

  // Opens and joins; resolves with the welcome.
  static async join(port, nick, extra = {}) {
    const c = await ProtocolClient.open(port);
    c.nick = nick;
    c.send({ type: 'hello', version: 1, nick, ...extra });
    const reply = await c.next((m) => m.type === 'welcome' || m.type === 'error');
    if (reply.type !== 'welcome') throw new Error(`hello refused: ${JSON.stringify(reply)}`);
    c.welcome = reply;
    return c;
  }

  send(obj) {
    this.ws.send(JSON.stringify(obj));
  }

  // The next message (already received after `from`, or still to come) matching pred.
  next(pred, { timeout = TIMEOUT, from = 0 } = {}) {
    const found = this.received.slice(from).find(pred);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const w = { pred, resolve };
      w.timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        const last = JSON.stringify(this.received.slice(-5), (k, v) => (typeof v === 'string' && v.length > 80 ? `${v.slice(0, 80)}…(${v.length})` : v));
        reject(new Error(`timed out waiting for a message; last received: ${last}`));
      }, timeout);
      this.waiters.push(w);
    });
  }

  // Sends a chat message and resolves with its ack.
  async say(text) {
    const clientMsgId = randomUUID();
    const from = this.received.length;
    this.send({ type: 'send', clientMsgId, text });
    const reply = await this.next((m) => (m.type === 'ack' || m.type === 'error') && m.clientMsgId === clientMsgId, { from });
    if (reply.type !== 'ack') throw new Error(`send refused: ${JSON.stringify(reply)}`);
    return reply;
  }

  messages() {
    return this.received.filter((m) => m.type === 'message');
  }

  async close() {
    if (this.ws.readyState <= 1) this.ws.close(1000);
    await this.closed;
  }
}

export function assertNoProblems(assert, ...pages) {
  for (const p of pages) assert.deepEqual(p.problems, [], 'page reported problems');
}

// Routes the page's chat socket through a gate: while gate.open is false every connection is
// closed at once (the page sees the host as unreachable). Records the frames both ways, and
// counts the page's attempts to connect. gate.drop() breaks the connection of the moment, on
// both sides, as a network would. Call before page.goto().
export async function gateSocket(page) {
  const gate = { open: true, sent: [], received: [], attempts: 0 };
  let current = null;
  gate.drop = async () => {
    const { ws, server } = current;
    await server.close();
    await ws.close();
  };
  await page.routeWebSocket(/\/ws$/, (ws) => {
    gate.attempts++;
    if (!gate.open) {
      ws.close();
      return;
    }
    const server = ws.connectToServer();
    current = { ws, server };
    ws.onMessage((m) => {
      gate.sent.push(JSON.parse(m));
      server.send(m);
    });
    server.onMessage((m) => {
      gate.received.push(JSON.parse(m));
      ws.send(m);
    });
  });
  return gate;
}

export async function waitState(page, state, timeout = TIMEOUT) {
  await page.waitForFunction((s) => document.getElementById('status').dataset.state === s, state, { timeout });
}
