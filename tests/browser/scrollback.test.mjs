// Scrolling to the top loads older history page by page until the room's first message, in
// order and without duplicates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useHostAndBrowser, openPage, joinAs, messageList, ProtocolClient, assertNoProblems, gateSocket,
} from './lib/harness.mjs';

let host;
let browser;
useHostAndBrowser((h, b) => { host = h; browser = b; }, () => host);

const TOTAL = 300;
const SEND_BURST = 20; // limits.h sendBurst: each writer stays within it, so nothing is rate-limited

const label = (i) => `history message ${String(i).padStart(3, '0')}`;

test('scrolling up loads all older history', async () => {
  // Fill the room: writers take turns, each sending a burst it is allowed at once.
  for (let w = 0; w * SEND_BURST < TOTAL; w++) {
    const writer = await ProtocolClient.join(host.port, `Writer ${w + 1}`);
    const acks = [];
    for (let i = w * SEND_BURST; i < Math.min(TOTAL, (w + 1) * SEND_BURST); i++) acks.push(writer.say(label(i + 1)));
    await Promise.all(acks);
    await writer.close();
  }

  const page = await openPage(browser, null, { width: 1280, height: 800 });
  const gate = await gateSocket(page);
  await page.goto(host.url);
  await joinAs(page, 'Reader');
  const welcome = gate.received.find((m) => m.type === 'welcome');
  assert.equal(welcome.hasMore, true);
  const firstShown = (await messageList(page)).length;
  assert.ok(firstShown < TOTAL, 'the welcome does not carry all history');

  // Scroll to the top again and again, as a reader would, until the first message is there.
  await page.waitForFunction((first) => {
    const sc = document.getElementById('scroller');
    sc.scrollTop = 0;
    sc.dispatchEvent(new Event('scroll'));
    const t = document.querySelector('#messages li.msg .text');
    return t && t.textContent === first && document.getElementById('top-note').textContent === 'This is the start of the room.';
  }, label(1), { timeout: 30000, polling: 250 });

  const list = await messageList(page);
  assert.equal(list.length, TOTAL);
  assert.deepEqual(list.map((m) => m.text), Array.from({ length: TOTAL }, (_, i) => label(i + 1)));
  const seqs = list.map((m) => m.seq);
  assert.ok(seqs.every((s, i) => i === 0 || s > seqs[i - 1]), 'in seq order, no duplicates');
  const requests = gate.sent.filter((m) => m.type === 'history');
  assert.ok(requests.length >= 2 && requests.every((r) => 'before' in r && !('after' in r)), JSON.stringify(requests));
  // Each request asked for what came before the oldest message shown at that point.
  assert.equal(requests[0].before, welcome.history[0].seq);

  assertNoProblems(assert, page);
  await page.context().close();
});
