// The host goes away without a word and comes back on the same port: the page reconnects by
// itself, resumes from the last seq it saw, shows what it missed with no gap and no duplicate,
// and sends what was typed while offline exactly once. (A host that says goodbye is
// hostgone.test.mjs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useHostAndBrowser, startHost, openPage, joinAs, waitForTexts, messageList, sendFromPage,
  ProtocolClient, assertNoProblems, gateSocket, waitState,
} from './lib/harness.mjs';

let host;
let browser;
useHostAndBrowser((h, b) => { host = h; browser = b; }, () => host);

test('the page survives a host restart without losing or doubling messages', async () => {
  const page = await openPage(browser, null, { width: 390, height: 844 });
  const gate = await gateSocket(page);
  await page.goto(host.url);
  await joinAs(page, 'Ann');

  let cy = await ProtocolClient.join(host.port, 'Cy');
  await cy.say('before one');
  const lastBefore = await cy.say('before two');
  await waitForTexts(page, ['before one', 'before two']);

  // The host is gone: the page says so and counts down to its next try.
  const port = host.port;
  await host.kill();
  await cy.closed;
  await waitState(page, 'waiting');
  assert.match(await page.textContent('#status-text'), /Reconnecting in \d+ seconds?…/);

  // Written while offline: shown as waiting, kept in order.
  await sendFromPage(page, 'offline one');
  await sendFromPage(page, 'offline two');
  assert.deepEqual(await page.$$eval('#pending li .text', (l) => l.map((n) => n.textContent)), ['offline one', 'offline two']);
  assert.deepEqual(await page.$$eval('#pending li .send-state', (l) => l.map((n) => n.textContent)), ['Waiting to send', 'Waiting to send']);

  // The host comes back, but the page is kept away until others have chatted a little.
  gate.open = false;
  host = await startHost({ dataDir: host.dataDir, port });
  assert.equal(host.port, port);
  cy = await ProtocolClient.join(port, 'Cy');
  const missed = ['missed one', 'missed two', 'missed three'];
  for (const text of missed) await cy.say(text);
  const helloCount = gate.sent.filter((m) => m.type === 'hello').length;
  gate.open = true;

  // The page comes back by itself (no click), within its backoff.
  await waitState(page, 'welcomed', 40000);
  const expected = ['before one', 'before two', ...missed, 'offline one', 'offline two'];
  await waitForTexts(page, expected);
  await page.waitForFunction(() => document.querySelectorAll('#pending li').length === 0);

  const resumeHello = gate.sent.filter((m) => m.type === 'hello')[helloCount];
  assert.equal(resumeHello.lastSeq, lastBefore.seq, 'hello.lastSeq is the highest seq seen');
  assert.equal(resumeHello.nick, 'Ann');

  // A round trip after everything, so late duplicates would have shown by now.
  await cy.say('after');
  await waitForTexts(page, ['after']);
  const list = await messageList(page);
  assert.deepEqual(list.map((m) => m.text), [...expected, 'after']);
  const seqs = list.map((m) => m.seq);
  assert.ok(seqs.every((s, i) => i === 0 || s > seqs[i - 1]), `seqs strictly increase: ${seqs}`);

  // The offline messages reached the room exactly once.
  const seen = cy.messages().map((m) => m.text);
  assert.deepEqual(seen.filter((t) => t.startsWith('offline')), ['offline one', 'offline two']);
  const fresh = await ProtocolClient.join(port, 'Dee');
  const history = fresh.welcome.history.map((m) => m.text);
  assert.deepEqual(history, [...expected, 'after']);
  assert.equal(gate.sent.filter((m) => m.type === 'send' && m.text === 'offline one').length >= 1, true);

  assertNoProblems(assert, page);
  await fresh.close();
  await cy.close();
  await page.context().close();
});

test('after missing more than one welcome carries, the page fetches the rest', async () => {
  const RESUME_MAX = 1000; // limits.h resumeMax
  const MISSED = RESUME_MAX + 150;
  const SEND_BURST = 20; // limits.h sendBurst: each writer stays within it
  const page = await openPage(browser, null);
  const gate = await gateSocket(page);
  await page.goto(host.url);
  await joinAs(page, 'Late');
  const before = (await messageList(page)).length;
  const lastSeen = Math.max(0, ...(await messageList(page)).map((m) => m.seq));

  // The host restarts and the page is kept away while the room talks a lot.
  const port = host.port;
  gate.open = false;
  await host.kill();
  await waitState(page, 'waiting');
  host = await startHost({ dataDir: host.dataDir, port });
  const texts = Array.from({ length: MISSED }, (_, i) => `busy ${i}`);
  for (let w = 0; w * SEND_BURST < MISSED; w += 4) {
    await Promise.all([0, 1, 2, 3].map(async (k) => {
      const chunk = texts.slice((w + k) * SEND_BURST, (w + k + 1) * SEND_BURST);
      if (!chunk.length) return;
      const c = await ProtocolClient.join(port, `Busy ${w + k}`);
      await Promise.all(chunk.map((t) => c.say(t)));
      await c.close();
    }));
  }

  const helloCount = gate.sent.filter((m) => m.type === 'hello').length;
  gate.open = true;
  // The page's own probe has seen the host back and keeps trying (each try refused by the gate
  // until now), so "Retry now" may be hidden by a try in progress: it only hurries things.
  await page.click('#retry-now', { timeout: 2000 }).catch(() => {});
  await waitState(page, 'welcomed', 20000);
  await waitForTexts(page, [texts[0], texts[MISSED - 1]], 20000);
  await page.waitForFunction(() => document.getElementById('status-text').textContent === 'Connected');

  const hello = gate.sent.filter((m) => m.type === 'hello')[helloCount];
  assert.equal(hello.lastSeq, lastSeen);
  const welcome = gate.received.filter((m) => m.type === 'welcome').pop();
  assert.equal(welcome.history.length, RESUME_MAX);
  assert.equal(welcome.hasMore, true);
  const afterRequests = gate.sent.filter((m) => m.type === 'history' && 'after' in m);
  assert.ok(afterRequests.length >= 1);
  assert.equal(afterRequests[0].after, welcome.history[RESUME_MAX - 1].seq);

  const list = await messageList(page);
  assert.equal(list.length, before + MISSED, 'every missed message, once');
  const seqs = list.map((m) => m.seq);
  assert.ok(seqs.every((s, i) => i === 0 || s > seqs[i - 1]), 'in seq order');
  assert.deepEqual(new Set(list.slice(before).map((m) => m.text)), new Set(texts));
  assertNoProblems(assert, page);
  await page.context().close();
});

test('a page whose person joined again elsewhere stops, says why and does not fight back', async () => {
  const page = await openPage(browser, null);
  const gate = await gateSocket(page);
  await page.goto(host.url);
  await joinAs(page, 'Twin');
  const token = gate.received.find((m) => m.type === 'welcome').resumeToken;

  // The same person, on another connection with the token of this one: the host hands the name
  // over and tells this page `replaced` before it closes it.
  const other = await ProtocolClient.join(host.port, 'Twin', { resumeToken: token });
  assert.equal(other.welcome.nick, 'Twin');
  await waitState(page, 'refused');
  assert.match(await page.textContent('#status-text'), /joined again from another connection/);

  // It stays stopped: no new hello for the name the other connection now holds.
  const hellos = gate.sent.filter((m) => m.type === 'hello').length;
  await page.waitForTimeout(2500);
  assert.equal(gate.sent.filter((m) => m.type === 'hello').length, hellos);
  assert.equal(await page.getAttribute('#status', 'data-state'), 'refused');
  assertNoProblems(assert, page);
  await other.close();
  await page.context().close();
});
