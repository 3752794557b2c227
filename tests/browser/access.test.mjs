// The host keeps the room: the access code (from the host's link, or typed when asked), a
// locked room, and people the host removes. The host's console (/code, /lock, /kick, /ban) plays
// the host's part.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startHost, removeDir, launchBrowser, openPage, joinAs, waitWelcomed, waitState, gateSocket,
  ProtocolClient, assertNoProblems,
} from './lib/harness.mjs';

const CODE = 'K7MX-3QPA';
const NEEDED = 'This room needs an access code. Ask the host for it.';
const WRONG = 'That code is not right. Check it with the host.';

let browser;
const hosts = [];
before(async () => { browser = await launchBrowser(); });
after(async () => {
  await browser?.close();
  for (const host of hosts) {
    await host.stop();
    await removeDir(host.dataDir);
  }
});

async function host(options) {
  const h = await startHost(options);
  hosts.push(h);
  return h;
}

const hellos = (gate) => gate.sent.filter((m) => m.type === 'hello');
const errors = (gate) => gate.received.filter((m) => m.type === 'error');
const text = (page, selector) => page.textContent(selector);
const focused = (page) => page.evaluate(() => document.activeElement?.id);
const sysLines = (page) => page.$$eval('#messages .sys-text', (l) => l.map((n) => n.textContent));
const roster = (page) => page.$$eval('#roster-list .name', (l) => l.map((n) => n.textContent));

// Every address the page asked for (requests, their Referer, sockets).
function recordAddresses(page) {
  const addresses = [];
  const pending = [];
  page.on('request', (r) => {
    addresses.push(r.url());
    pending.push(r.allHeaders().then((h) => { if (h.referer) addresses.push(h.referer); }, () => {}));
  });
  page.on('websocket', (ws) => addresses.push(ws.url()));
  return async () => {
    await Promise.all(pending);
    return addresses;
  };
}

test('a link that carries the code joins in one step, and the code never leaves the page', async () => {
  const h = await host({ accessCode: CODE });
  const page = await openPage(browser, null, { width: 390, height: 844 });
  const gate = await gateSocket(page);
  const addresses = recordAddresses(page);
  await page.goto(`${h.url}#code=${encodeURIComponent('k7mx 3qpa')}`);
  await page.waitForSelector('#join-nick');
  assert.equal(await page.evaluate(() => location.href), h.url, 'the address bar no longer shows the code');
  assert.equal(await page.isVisible('#join-code'), false, 'not asked for the code');
  await joinAs(page, 'Ann');
  assert.deepEqual(hellos(gate).map((m) => m.accessCode), ['k7mx 3qpa']);

  // A reload in the same tab goes back in with the code the tab kept.
  await page.reload();
  await waitWelcomed(page);
  assert.equal(hellos(gate).at(-1).accessCode, 'k7mx 3qpa');
  assert.equal(await page.evaluate(() => localStorage.getItem('tincan.code')), null, 'not kept on the device');

  const asked = await addresses();
  assert.ok(asked.some((a) => a.endsWith('/room.json')), `requests were seen: ${asked}`);
  for (const address of asked) assert.doesNotMatch(address, /k7mx|code=/i);
  assertNoProblems(assert, page);
  await page.context().close();
});

test('a page without the code is asked for it: none, a wrong one, then the right one on one connection', async () => {
  const h = await host({ console: true });
  const cy = await ProtocolClient.join(h.port, 'Cy');
  const page = await openPage(browser, null);
  const gate = await gateSocket(page);
  await page.goto(h.url);
  await page.waitForSelector('#join-nick');
  assert.equal(await page.isVisible('#join-code'), false, 'the room needed no code when the page came');

  // The host sets a code before Ann joins: the host asks for it.
  await h.command(`/code ${CODE}`);
  await page.fill('#join-nick', 'Ann');
  await page.click('#join-button');
  await page.waitForSelector('#join-code', { state: 'visible' });
  assert.equal(await text(page, '#join-code-error'), NEEDED);
  assert.equal(await focused(page), 'join-code');
  assert.equal(await page.getAttribute('#join-code', 'autocomplete'), 'off');
  assert.equal(await page.getAttribute('#join-code', 'autocapitalize'), 'characters');
  assert.equal(await page.getAttribute('#join-code', 'aria-describedby'), 'join-code-error');
  assert.equal(await page.textContent('label[for=join-code]'), 'Access code');

  await page.keyboard.type('NOT-IT');
  assert.equal(await text(page, '#join-code-error'), '', 'typing clears the message');
  await page.keyboard.press('Enter');
  await page.waitForFunction((s) => document.getElementById('join-code-error').textContent === s, WRONG);
  assert.equal(await focused(page), 'join-code');

  await page.fill('#join-code', CODE.toLowerCase());
  await page.click('#join-button');
  await waitWelcomed(page);
  assert.equal(gate.attempts, 1, 'every try on the one connection');
  assert.deepEqual(hellos(gate).map((m) => m.accessCode), [undefined, 'NOT-IT', CODE.toLowerCase()]);
  assert.deepEqual(errors(gate).map((m) => m.code), ['access-denied', 'access-denied']);
  // Cy saw Ann come in once.
  await cy.say('welcome');
  await page.waitForSelector('#messages li.msg');
  const joins = cy.received.filter((m) => m.type === 'presence' && m.joined?.includes('Ann'));
  assert.equal(joins.length, 1);
  assertNoProblems(assert, page);

  // Another page of the same device guesses: after too many wrong codes it is blocked, says so,
  // and does not try again by itself.
  const eve = await openPage(browser, null, { width: 390, height: 844 });
  const eveGate = await gateSocket(eve);
  await eve.goto(h.url);
  await eve.waitForSelector('#join-code', { state: 'visible' }); // room.json says a code is needed
  assert.equal(await focused(eve), 'join-nick');
  await eve.fill('#join-nick', 'Eve');
  for (let i = 1; i <= 6 && !errors(eveGate).some((m) => m.code === 'access-blocked'); i++) {
    await eve.fill('#join-code', `WRONG${i}`);
    await eve.click('#join-button');
    while (errors(eveGate).length < i) await eve.waitForTimeout(20);
  }
  await waitState(eve, 'ended');
  assert.equal(await text(eve, '#join-status'), 'Too many wrong codes from this device. Try again in a few minutes.');
  assert.equal(await text(eve, '#join-button'), 'Try again');
  const tries = eveGate.attempts;
  await eve.waitForTimeout(1500);
  assert.equal(eveGate.attempts, tries, 'no try by itself');
  assertNoProblems(assert, eve);
  await cy.close();
  await eve.context().close();
  await page.context().close();
});

test('a host too busy with wrong codes to compare this one: the same hello goes again in a moment', async () => {
  // Every page here shares one address, which is blocked long before the room-wide limit: the
  // host's answer to a flood (rate-limited, the connection kept) is played on the way.
  const h = await host({ accessCode: CODE });
  const page = await openPage(browser, null);
  const hellosSent = [];
  let connections = 0;
  await page.routeWebSocket(/\/ws$/, (ws) => {
    connections++;
    const server = ws.connectToServer();
    ws.onMessage((m) => {
      const message = JSON.parse(m);
      if (message.type === 'hello') hellosSent.push({ message, at: Date.now() });
      if (message.type === 'hello' && hellosSent.length === 1) ws.send(JSON.stringify({ type: 'error', code: 'rate-limited' }));
      else server.send(m);
    });
    server.onMessage((m) => ws.send(m));
  });
  await page.goto(`${h.url}#code=${CODE}`);
  await joinAs(page, 'Ann');
  assert.equal(hellosSent.length, 2);
  assert.deepEqual(hellosSent[1].message, hellosSent[0].message);
  assert.equal(connections, 1, 'on the same connection');
  const waited = hellosSent[1].at - hellosSent[0].at;
  assert.ok(waited >= 1000 && waited < 3000, `after a moment: ${waited} ms`);
  assert.equal(await page.isVisible('#notice'), false, 'nothing to read: it was joining all along');
  assertNoProblems(assert, page);
  await page.context().close();
});

test('a locked room says so and lets nobody in until the host unlocks it; Try again then joins', async () => {
  const h = await host({ console: true });
  await h.command('/lock');
  const page = await openPage(browser, null, { width: 390, height: 844 });
  const gate = await gateSocket(page);
  await page.goto(h.url);
  await page.fill('#join-nick', 'Ann');
  await page.click('#join-button');
  await waitState(page, 'ended');
  assert.equal(await text(page, '#join-status'), 'The host has locked the room. Nobody new can join right now.');
  assert.equal(await page.getAttribute('#join-status', 'role'), 'status');
  assert.equal(await text(page, '#join-button'), 'Try again');
  await page.waitForTimeout(1500);
  assert.equal(gate.attempts, 1, 'no try by itself');
  assert.equal(await page.isVisible('#join'), true);

  await h.command('/unlock');
  await page.click('#join-button');
  await waitWelcomed(page);
  assert.equal(gate.attempts, 2);

  // Locked again, and the code changed: a member who reloads is back, not new.
  await h.command('/lock');
  await h.command('/code BLUE-OTTER-42');
  await page.reload();
  await waitWelcomed(page);
  assert.ok(hellos(gate).at(-1).resumeToken, 'the reload says who it is');
  assert.equal(await page.evaluate(() => localStorage.getItem('tincan.token')), null, 'kept for the tab only');
  assertNoProblems(assert, page);
  await page.context().close();
});

test('removed by the host: kicked may rejoin, banned may not; others see the removal once, as text', async () => {
  const h = await host({ console: true });
  const ann = await openPage(browser, null, { width: 390, height: 844 });
  const gate = await gateSocket(ann);
  await ann.goto(h.url);
  await joinAs(ann, 'Ann');
  const bo = await openPage(browser, h.url);
  await joinAs(bo, 'Bo');
  const nasty = '<img src=x onerror=alert(1)>';
  const eve = await ProtocolClient.join(h.port, nasty);
  await bo.waitForFunction((n) => Array.from(document.querySelectorAll('#roster-list .name'), (x) => x.textContent).includes(n), nasty);

  await h.command(`/kick ${nasty}`);
  await eve.closed;
  await h.command('/kick Ann');
  await waitState(ann, 'ended');
  assert.equal(await text(ann, '#status-text'), 'The host removed you from the chat.');
  assert.equal(await ann.isVisible('#rejoin'), true);
  assert.equal(await text(ann, '#rejoin'), 'Rejoin');
  assert.equal(await ann.isVisible('#retry-now'), false);
  assert.ok(gate.received.some((m) => m.type === 'error' && m.code === 'kicked'));

  const removed = (name) => `${name} was removed by the host`;
  await bo.waitForFunction((s) => Array.from(document.querySelectorAll('#messages .sys-text'), (n) => n.textContent).includes(s), removed('Ann'));
  assert.deepEqual(await sysLines(bo), [`${nasty} joined`, removed(nasty), removed('Ann')]);
  assert.equal(await bo.$$eval('#messages img', (l) => l.length), 0, 'a name stays text');
  assert.deepEqual(await roster(bo), ['Bo']);

  await ann.waitForTimeout(1500);
  assert.equal(gate.attempts, 1, 'no try by itself');
  await ann.click('#rejoin');
  await waitWelcomed(ann);
  await bo.waitForFunction(() => document.querySelectorAll('#messages .sys-text').length === 4);
  assert.equal((await sysLines(bo))[3], 'Ann joined');
  assertNoProblems(assert, bo);
  // A ban keeps the address out, and may take everyone else in from it along (every page
  // here is on 127.0.0.1): Bo leaves first.
  await bo.context().close();

  await h.command('/ban Ann');
  await waitState(ann, 'ended');
  assert.equal(await text(ann, '#status-text'), 'The host banned you from this chat.');
  assert.equal(await ann.isVisible('#rejoin'), false);
  assert.equal(await ann.isVisible('#retry-now'), false);
  await ann.waitForTimeout(1500);
  assert.equal(gate.attempts, 2, 'no try by itself');

  // The ban keeps this address out: a new visit is told so before joining, with nothing to try.
  const again = await openPage(browser, h.url);
  await again.fill('#join-nick', 'Annie');
  await again.click('#join-button');
  await waitState(again, 'ended');
  assert.equal(await text(again, '#join-status'), 'The host has banned you from this chat.');
  assert.equal(await again.isVisible('#join-button'), false);
  assertNoProblems(assert, ann, again);
  for (const p of [ann, again]) await p.context().close();
});

test('rejoining a room that got a code meanwhile asks for it inside the chat', async () => {
  const h = await host({ console: true });
  const page = await openPage(browser, null, { width: 390, height: 844 });
  const gate = await gateSocket(page);
  await page.goto(h.url);
  await joinAs(page, 'Ann');
  await h.command(`/code ${CODE}`);
  await h.command('/kick Ann');
  await waitState(page, 'ended');
  await page.click('#rejoin');
  await waitState(page, 'needsCode');
  assert.equal(await page.isVisible('#join'), false, 'the chat stays');
  assert.equal(await text(page, '#nick-form-label'), 'Access code');
  assert.equal(await text(page, '#nick-error'), NEEDED);
  assert.equal(await page.getAttribute('#nick-input', 'autocapitalize'), 'characters');
  await page.fill('#nick-input', 'NOT-IT');
  await page.press('#nick-input', 'Enter');
  await page.waitForFunction((s) => document.getElementById('nick-error').textContent === s, WRONG);
  await page.fill('#nick-input', CODE);
  await page.press('#nick-input', 'Enter');
  await waitWelcomed(page);
  assert.equal(await page.isVisible('#nick-form'), false);
  assert.equal(gate.attempts, 2, 'one connection for the rejoin and its tries');
  assert.deepEqual(hellos(gate).map((m) => [m.nick, m.accessCode]), [['Ann', undefined], ['Ann', undefined], ['Ann', 'NOT-IT'], ['Ann', CODE]]);
  assertNoProblems(assert, page);
  await page.context().close();
});

test('the host is marked in the list of people, as the host says', async () => {
  // A headless host is in no roster; the desktop host's window is, and welcome.host and
  // presence.host name it. Here the host's words are given that name on their way to the page.
  const h = await host();
  const page = await openPage(browser, null);
  let hostName = 'Cy';
  await page.routeWebSocket(/\/ws$/, (ws) => {
    const server = ws.connectToServer();
    ws.onMessage((m) => server.send(m));
    server.onMessage((m) => {
      const message = JSON.parse(m);
      if (message.type === 'welcome' || message.type === 'presence') message.host = hostName;
      ws.send(JSON.stringify(message));
    });
  });
  const cy = await ProtocolClient.join(h.port, 'Cy');
  await page.goto(h.url);
  await joinAs(page, 'Ann');
  const badges = () => page.$$eval('#roster-list li', (l) => l.map((li) => [li.querySelector('.name').textContent, li.querySelector('.host')?.textContent ?? '']));
  assert.deepEqual(await badges(), [['Ann', ''], ['Cy', 'host']]);

  hostName = 'Dee';
  const dee = await ProtocolClient.join(h.port, 'Dee');
  await page.waitForFunction(() => document.querySelectorAll('#roster-list li').length === 3);
  assert.deepEqual(await badges(), [['Ann', ''], ['Cy', ''], ['Dee', 'host']]);
  assertNoProblems(assert, page);
  await cy.close();
  await dee.close();
  await page.context().close();
});
