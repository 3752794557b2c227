// Two browser pages and one desktop-protocol client in one room: messages flow every way, in
// order and exactly once; presence, roster count and the typing line follow.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useHostAndBrowser, openPage, joinAs, waitForTexts, messageList, sendFromPage, ProtocolClient,
  assertNoProblems,
} from './lib/harness.mjs';

let host;
let browser;
useHostAndBrowser((h, b) => { host = h; browser = b; }, () => host);

const rosterCount = (page) => page.textContent('#roster-count');
const sysLines = (page) => page.$$eval('#messages li.sys .sys-text', (l) => l.map((n) => n.textContent));
const typingLine = (page) => page.textContent('#typing');

test('two pages and a protocol client chat in one room', async () => {
  const ann = await openPage(browser, host.url);
  const bob = await openPage(browser, host.url, { width: 390, height: 844 });

  await joinAs(ann, 'Ann');
  assert.equal(await ann.textContent('#room-name'), 'Test room');
  assert.match(await ann.title(), /Test room/);
  assert.equal(await rosterCount(ann), '1');

  await joinAs(bob, 'Bob');
  await ann.waitForFunction(() => document.getElementById('roster-count').textContent === '2');
  await ann.waitForFunction(() => /Bob joined/.test(document.getElementById('messages').textContent));
  assert.equal(await rosterCount(bob), '2');

  const cy = await ProtocolClient.join(host.port, 'Cy');
  assert.deepEqual(cy.welcome.roster, ['Ann', 'Bob', 'Cy']);
  for (const p of [ann, bob]) {
    await p.waitForFunction(() => document.getElementById('roster-count').textContent === '3');
    await p.waitForFunction(() => /Cy joined/.test(document.getElementById('messages').textContent));
  }
  assert.deepEqual(await ann.$$eval('#roster-list .name', (l) => l.map((n) => n.textContent)), ['Ann', 'Bob', 'Cy']);

  // Typing: protocol client -> pages.
  cy.send({ type: 'typing', on: true });
  for (const p of [ann, bob]) await p.waitForFunction(() => document.getElementById('typing').textContent === 'Cy is typing…');
  cy.send({ type: 'typing', on: false });
  for (const p of [ann, bob]) await p.waitForFunction(() => document.getElementById('typing').textContent === '');

  // Typing: page -> page and protocol client, cleared when the input is emptied. (Done before
  // the pages send messages: the host drops typing frames over 2 per second.)
  const mark = cy.received.length;
  await ann.fill('#input', 'I am writing');
  await cy.next((m) => m.type === 'typing' && m.nick === 'Ann' && m.on === true, { from: mark });
  await bob.waitForFunction(() => document.getElementById('typing').textContent === 'Ann is typing…');
  await ann.fill('#input', '');
  await cy.next((m) => m.type === 'typing' && m.nick === 'Ann' && m.on === false, { from: mark });
  await bob.waitForFunction(() => document.getElementById('typing').textContent === '');
  assert.equal(await typingLine(ann), '');

  // Messages every way, some sent back to back.
  const sent = [];
  for (const [who, text] of [[ann, 'Hello from Ann'], [bob, 'Hi Ann, Bob here'], [ann, 'Second from Ann'],
    [ann, 'Third from Ann']]) {
    await sendFromPage(who, text);
    sent.push(text);
  }
  await cy.next((m) => m.type === 'message' && m.text === 'Third from Ann');
  await cy.say('Cy says hi');
  sent.push('Cy says hi');
  await sendFromPage(bob, 'Bob again\nwith a second line');
  sent.push('Bob again\nwith a second line');
  await cy.say('Cy once more');
  sent.push('Cy once more');
  // Shift+Enter starts a new line; Enter sends.
  await ann.locator('#input').pressSequentially('Line one');
  await ann.keyboard.press('Shift+Enter');
  await ann.locator('#input').pressSequentially('line two');
  await ann.keyboard.press('Enter');
  sent.push('Line one\nline two');

  await cy.next((m) => m.type === 'message' && m.text === 'Line one\nline two');
  await cy.next((m) => m.type === 'message' && m.text === 'Bob again\nwith a second line');
  const byCy = cy.messages();
  const seqs = byCy.map((m) => m.seq);
  assert.deepEqual(seqs, [...seqs].sort((a, b) => a - b), 'protocol client gets messages in seq order');
  assert.equal(new Set(seqs).size, seqs.length, 'protocol client gets each message once');
  assert.deepEqual([...byCy.map((m) => m.text)].sort(), [...sent].sort());

  for (const p of [ann, bob]) {
    await waitForTexts(p, sent);
    await p.waitForFunction(() => document.querySelectorAll('#pending li').length === 0);
    const list = await messageList(p);
    assert.equal(list.length, byCy.length, 'each message shows exactly once');
    assert.deepEqual(list.map((m) => m.seq), seqs, 'the page shows messages in seq order');
    assert.deepEqual(list.map((m) => m.text), byCy.map((m) => m.text));
  }
  const annList = await messageList(ann);
  const own = annList.filter((m) => m.own).map((m) => m.text);
  assert.deepEqual(own, ['Hello from Ann', 'Second from Ann', 'Third from Ann', 'Line one\nline two'], 'own messages are marked');
  // Consecutive messages from one sender are grouped: only the first shows the name.
  const grouped = await ann.$$eval('#messages li.msg', (l) => l.map((n) => n.classList.contains('cont')));
  assert.deepEqual(grouped, byCy.map((m, i) => i > 0 && byCy[i - 1].from === m.from));
  assert.ok(grouped.includes(true), 'some messages were grouped');

  // Leaving.
  await cy.close();
  for (const p of [ann, bob]) {
    await p.waitForFunction(() => document.getElementById('roster-count').textContent === '2');
    await p.waitForFunction(() => /Cy left/.test(document.getElementById('messages').textContent));
  }
  assert.ok((await sysLines(ann)).some((l) => l === 'Bob joined'));
  await bob.context().close();
  await ann.waitForFunction(() => document.getElementById('roster-count').textContent === '1');
  await ann.waitForFunction(() => /Bob left/.test(document.getElementById('messages').textContent));
  assert.deepEqual(await ann.$$eval('#roster-list .name', (l) => l.map((n) => n.textContent)), ['Ann']);

  assertNoProblems(assert, ann);
  await ann.context().close();
});

test('hidden tab counts unread in the title; live region and sound toggle', async () => {
  const page = await openPage(browser, host.url, { width: 390, height: 844 });
  await joinAs(page, 'Eve');
  const dee = await ProtocolClient.join(host.port, 'Dee');
  assert.equal(await page.title(), 'Test room · Tincan');

  // Pretend the tab went to the background.
  await page.evaluate(() => {
    window.fakeHidden = true;
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => window.fakeHidden });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await dee.say('one');
  await dee.say('two');
  await page.waitForFunction(() => document.title === '(2) Test room · Tincan');
  await page.waitForFunction(() => /Dee: two/.test(document.getElementById('live').textContent));
  await page.evaluate(() => {
    window.fakeHidden = false;
    document.dispatchEvent(new Event('visibilitychange'));
  });
  assert.equal(await page.title(), 'Test room · Tincan');

  // Sound is off by default; the toggle is remembered.
  assert.equal(await page.getAttribute('#sound-toggle', 'aria-pressed'), 'false');
  await page.click('#sound-toggle');
  assert.equal(await page.getAttribute('#sound-toggle', 'aria-pressed'), 'true');
  assert.equal(await page.getAttribute('#sound-toggle', 'aria-label'), 'Sound on for new messages');
  await page.reload();
  assert.equal(await page.getAttribute('#sound-toggle', 'aria-pressed'), 'true');
  // A reload inside the tab's session rejoins by itself with the remembered name.
  await page.waitForFunction(() => document.getElementById('status').dataset.state === 'welcomed');
  assert.equal(await page.textContent('#roster-list li.me .name'), 'Eve');

  assertNoProblems(assert, page);
  await dee.close();
  await page.context().close();
});
