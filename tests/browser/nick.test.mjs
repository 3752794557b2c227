// A taken nickname is refused with the host's suggestion as a sentence, on the join screen and
// when a rejoin after a host restart finds the name taken.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useHostAndBrowser, startHost, openPage, joinAs, ProtocolClient, assertNoProblems, gateSocket,
  waitState,
} from './lib/harness.mjs';

let host;
let browser;
useHostAndBrowser((h, b) => { host = h; browser = b; }, () => host);

test('join screen: a taken name shows the suggestion, one click uses it', async () => {
  const ann = await ProtocolClient.join(host.port, 'Ann');
  const page = await openPage(browser, null, { width: 390, height: 844 });
  const gate = await gateSocket(page);
  await page.goto(host.url);
  await page.fill('#join-nick', '  ann ');
  await page.click('#join-button');
  await page.waitForFunction(() => document.getElementById('join-error').textContent !== '');
  const refusal = gate.received.find((m) => m.type === 'error');
  assert.equal(refusal.code, 'nick-taken');
  assert.ok(refusal.suggestion, 'the host suggests a free name');
  assert.equal(await page.textContent('#join-error'),
    `“ann” is already taken in this room. How about “${refusal.suggestion}”?`);
  assert.equal(await page.isVisible('#join'), true, 'still on the join screen');

  await page.click(`#join-suggest button`);
  await waitState(page, 'welcomed');
  assert.equal(await page.textContent('#roster-list li.me .name'), refusal.suggestion);
  assert.equal(gate.sent.filter((m) => m.type === 'hello').length, 2, 'the same connection is used again');
  assertNoProblems(assert, page);
  await page.context().close();
  await ann.close();
});

test('rejoin: a name taken while away lets the user pick another', async () => {
  const page = await openPage(browser, null);
  const gate = await gateSocket(page);
  await page.goto(host.url);
  await joinAs(page, 'Bob');

  const port = host.port;
  gate.open = false;
  await host.kill();
  await waitState(page, 'waiting');
  host = await startHost({ dataDir: host.dataDir, port });
  const thief = await ProtocolClient.join(port, 'Bob');
  gate.open = true;

  await page.waitForSelector('#nick-form', { state: 'visible', timeout: 40000 });
  const refusal = gate.received.filter((m) => m.type === 'error').pop();
  assert.equal(refusal.code, 'nick-taken');
  assert.equal(await page.textContent('#nick-form-label'),
    'While you were away, someone else took the name “Bob”. Pick a name to rejoin:');
  assert.equal(await page.textContent('#nick-error'), `“Bob” is already taken in this room. How about “${refusal.suggestion}”?`);
  assert.equal(await page.inputValue('#nick-input'), refusal.suggestion);
  assert.equal(await page.textContent('#status-text'), 'Choose a name to rejoin.');

  await page.fill('#nick-input', 'Robert');
  await page.press('#nick-input', 'Enter');
  await waitState(page, 'welcomed');
  assert.equal(await page.isVisible('#nick-form'), false);
  assert.deepEqual(await page.$$eval('#roster-list .name', (l) => l.map((n) => n.textContent)), ['Bob', 'Robert']);
  const hello = gate.sent.filter((m) => m.type === 'hello').pop();
  assert.equal(hello.nick, 'Robert');
  assert.equal(typeof hello.lastSeq, 'number', 'the rejoin still resumes');
  assertNoProblems(assert, page);
  await thief.close();
  await page.context().close();
});
