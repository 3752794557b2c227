// When the host goes away. A host that stops says goodbye: the page shows that the chat ended
// and stays quiet until the person asks to rejoin. A host that vanishes without a word (killed,
// or a network blip) is probed every 2 s, so the page is back moments after the host is, however
// long its backoff has grown.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useHostAndBrowser, startHost, openPage, joinAs, waitForTexts, messageList, sendFromPage,
  ProtocolClient, assertNoProblems, gateSocket, waitState,
} from './lib/harness.mjs';

let host;
let browser;
useHostAndBrowser((h, b) => { host = h; browser = b; }, () => host);

const statusText = (page) => page.textContent('#status-text');
const hellos = (gate) => gate.sent.filter((m) => m.type === 'hello');

// Counts the page's probes of the host (HEAD of the page) from now on.
function countProbes(page) {
  const probes = { count: 0 };
  page.on('request', (r) => {
    if (r.method() === 'HEAD') probes.count++;
  });
  return probes;
}

test('the host ending the chat is a lasting state; Rejoin gets back in, nothing lost or doubled', async () => {
  const page = await openPage(browser, null, { width: 390, height: 844 });
  const gate = await gateSocket(page);
  const probes = countProbes(page);
  await page.goto(host.url);
  await joinAs(page, 'Ann');
  let cy = await ProtocolClient.join(host.port, 'Cy');
  const before = await cy.say('before the end');
  await waitForTexts(page, ['before the end']);

  // SIGTERM: the host tells everyone it is leaving, then closes with 1001.
  const port = host.port;
  await host.stop();
  await waitState(page, 'ended');
  assert.ok(gate.received.some((m) => m.type === 'error' && m.code === 'host-leaving'));
  assert.equal(await statusText(page), 'The host ended the chat.');
  assert.equal(await page.isVisible('#rejoin'), true);
  assert.equal(await page.textContent('#rejoin'), 'Rejoin');
  assert.equal(await page.isVisible('#retry-now'), false);
  // The roster is greyed and says why.
  await page.click('#roster-toggle');
  assert.equal(await page.textContent('#roster-offline'), 'Offline');
  assert.equal(await page.getAttribute('#roster-list', 'aria-describedby'), 'roster-offline');
  assert.ok(Number(await page.$eval('#roster-list', (n) => getComputedStyle(n).opacity)) < 1);
  await page.click('#roster-close');

  // Written while the chat is over: kept, waiting.
  await sendFromPage(page, 'written after the end');
  assert.deepEqual(await page.$$eval('#pending li .send-state', (l) => l.map((n) => n.textContent)), ['Waiting to send']);

  // Someone hosts again on the same port and the room talks; the page cannot know, and it
  // does not knock: no connection, no hello, no probe.
  const attempts = gate.attempts;
  const hellosBefore = hellos(gate).length;
  const probesBefore = probes.count;
  host = await startHost({ dataDir: host.dataDir, port });
  cy = await ProtocolClient.join(port, 'Cy');
  const missed = ['missed one', 'missed two'];
  for (const text of missed) await cy.say(text);
  await page.waitForTimeout(4000);
  assert.equal(gate.attempts, attempts, 'no new connection');
  assert.equal(hellos(gate).length, hellosBefore, 'no new hello');
  assert.equal(probes.count, probesBefore, 'no probes');
  assert.equal(await page.getAttribute('#status', 'data-state'), 'ended');
  assert.equal(await statusText(page), 'The host ended the chat.');

  // Rejoin starts over as after a lost connection: a hello that resumes.
  await page.click('#rejoin');
  await waitState(page, 'welcomed');
  const hello = hellos(gate)[hellosBefore];
  assert.equal(hello.nick, 'Ann');
  assert.equal(hello.lastSeq, before.seq);
  await waitForTexts(page, ['before the end', ...missed, 'written after the end']);
  await page.waitForFunction(() => document.querySelectorAll('#pending li').length === 0);
  await cy.say('after');
  await waitForTexts(page, ['after']);
  const list = await messageList(page);
  assert.deepEqual(list.map((m) => m.text), ['before the end', ...missed, 'written after the end', 'after']);
  const seqs = list.map((m) => m.seq);
  assert.ok(seqs.every((s, i) => i === 0 || s > seqs[i - 1]), `seqs strictly increase: ${seqs}`);
  assert.deepEqual(cy.messages().map((m) => m.text).filter((t) => t === 'written after the end'), ['written after the end']);
  assert.equal(await page.isVisible('#rejoin'), false);
  assert.equal(await page.isVisible('#roster-offline'), false);

  assertNoProblems(assert, page);
  await cy.close();
  await page.context().close();
});

test('a host killed and restarted is rejoined within moments, long before the backoff', async () => {
  const page = await openPage(browser, null);
  const gate = await gateSocket(page);
  const probes = countProbes(page);
  await page.goto(host.url);
  await joinAs(page, 'Kim');
  let cy = await ProtocolClient.join(host.port, 'Dan'); // Cy of the test above keeps the name for the rejoin grace
  await cy.say('before the crash');
  await waitForTexts(page, ['before the crash']);

  // No goodbye: the page counts down to its next try and keeps a Retry button.
  const port = host.port;
  await host.kill();
  await waitState(page, 'waiting');
  assert.match(await statusText(page), /^Connection lost\. Reconnecting in \d+ seconds?…$/);
  assert.equal(await page.isVisible('#retry-now'), true);
  assert.equal(await page.textContent('#roster-offline'), 'Offline');
  assert.equal(await page.$eval('#roster', (n) => n.classList.contains('stale')), true);

  // Let the backoff grow until the next try is at least 6 s away.
  await page.waitForFunction(() => {
    const m = /Reconnecting in (\d+) seconds/.exec(document.getElementById('status-text').textContent);
    return m && Number(m[1]) >= 6;
  }, null, { timeout: 40000, polling: 100 });
  const secondsLeft = Number(/in (\d+) seconds/.exec(await statusText(page))[1]);
  const triesBefore = gate.attempts;
  assert.ok(probes.count > 0, 'the page probes while offline');

  // The host is back: the page's probe sees it and the page rejoins at once.
  const restarted = Date.now();
  host = await startHost({ dataDir: host.dataDir, port });
  await waitState(page, 'welcomed', 6000);
  const took = Date.now() - restarted;
  assert.ok(took < 5000, `back ${took} ms after the host`);
  assert.ok(took < (secondsLeft - 1) * 1000, `back before the backoff (${secondsLeft} s) would have tried`);
  assert.equal(gate.attempts, triesBefore + 1, 'one try, when the host was back');
  assert.equal(await page.isVisible('#roster-offline'), false);
  assert.equal(await page.$eval('#roster', (n) => n.classList.contains('stale')), false);

  cy = await ProtocolClient.join(port, 'Dan');
  await cy.say('after the restart');
  await waitForTexts(page, ['after the restart']);
  assert.deepEqual((await messageList(page)).map((m) => m.text).slice(-2), ['before the crash', 'after the restart']);
  assertNoProblems(assert, page);
  await cy.close();
  await page.context().close();
});

test('Retry now tries at once, and the page keeps trying a host that stays away', async () => {
  const page = await openPage(browser, null);
  const gate = await gateSocket(page);
  await page.goto(host.url);
  await joinAs(page, 'Lou');
  const port = host.port;
  await host.kill();
  await waitState(page, 'waiting');
  await page.waitForFunction(() => /in ([3-9]|\d\d) seconds/.test(document.getElementById('status-text').textContent),
    null, { timeout: 30000, polling: 100 });
  const tries = gate.attempts;
  const clicked = Date.now();
  await page.click('#retry-now');
  while (gate.attempts === tries && Date.now() - clicked < 2000) await page.waitForTimeout(20);
  assert.equal(gate.attempts, tries + 1, 'Retry now tries at once');
  await waitState(page, 'waiting');
  assert.match(await statusText(page), /Reconnecting in \d+ seconds?…/);
  host = await startHost({ dataDir: host.dataDir, port });
  await waitState(page, 'welcomed', 6000);
  assertNoProblems(assert, page);
  await page.context().close();
});
