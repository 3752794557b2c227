// Searching on the page (docs/PROTOCOL.md, "search"): "/" opens the box, results come newest
// first with the words found marked (as text: a hostile message stays inert), "More results"
// pages on, a result opens among the messages around it, a private message is found only by its
// two people, and every refusal of the host is a sentence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import {
  useHostAndBrowser, openPage, joinAs, waitForTexts, ProtocolClient, assertNoProblems,
} from './lib/harness.mjs';

let host;
let browser;
useHostAndBrowser((h, b) => { host = h; browser = b; }, () => host);

const results = (page) => page.$$eval('#search-results .result .text', (l) => l.map((n) => n.textContent));
const note = (page) => page.textContent('#search-note');
// One search a second at most: a person may search searchBurst (5) times at once, then once a
// second (limits.h), and this test makes more searches than that.
async function searchFor(page, query) {
  await page.waitForTimeout(1000);
  await page.fill('#search-input', query);
  await page.press('#search-input', 'Enter');
}

test('search on a phone: marked words, more, context, private, refusals', async () => {
  const page = await openPage(browser, host.url, { width: 390, height: 844 });
  await joinAs(page, 'Ann');
  const bob = await ProtocolClient.join(host.port, 'Bob');
  const annId = bob.welcome.rosterIds[bob.welcome.roster.indexOf('Ann')];
  await bob.say('the Budget for März');
  await bob.say('<img src=x onerror=alert(1)> budgeted');
  await bob.say('go for gold');
  bob.send({ type: 'send', clientMsgId: randomUUID(), text: 'secret budget', to: annId });
  await bob.next((m) => m.type === 'ack');
  const writer = await ProtocolClient.join(host.port, 'Writer');
  await Promise.all(Array.from({ length: 20 }, (_, i) => writer.say(`report ${i + 1}`)));
  const writer2 = await ProtocolClient.join(host.port, 'Writer 2');
  await Promise.all(Array.from({ length: 5 }, (_, i) => writer2.say(`report ${i + 21}`)));
  await waitForTexts(page, ['report 25']);

  // "/" when not typing opens the box; the results are newest first, the words found marked.
  await page.click('#scroller');
  await page.keyboard.press('/');
  assert.ok(await page.isVisible('#search'));
  assert.equal(await page.evaluate(() => document.activeElement.id), 'search-input');
  await searchFor(page, 'budg');
  await page.waitForFunction(() => document.querySelectorAll('#search-results .result').length === 3);
  assert.deepEqual(await results(page), ['secret budget', '<img src=x onerror=alert(1)> budgeted', 'the Budget for März']);
  assert.deepEqual(await page.$$eval('#search-results mark', (l) => l.map((m) => m.textContent)), ['budget', 'budgeted', 'Budget']);
  assert.equal(await page.locator('#search-results img').count(), 0);
  assert.deepEqual(await page.$$eval('#search-results *', (l) => [...new Set(l.map((n) => n.localName))].sort()),
    ['bdi', 'button', 'li', 'mark', 'span', 'time']);
  // Every word must start a word of the message; case and accents do not matter.
  await searchFor(page, 'BUDGET marz');
  await page.waitForFunction(() => document.querySelectorAll('#search-results .result').length === 1);
  assert.deepEqual(await page.$$eval('#search-results mark', (l) => l.map((m) => m.textContent)), ['Budget', 'März']);
  // A word shorter than three letters is found (and marked) as a whole word only.
  await searchFor(page, 'go');
  await page.waitForFunction(() => document.querySelectorAll('#search-results .result').length === 1);
  assert.deepEqual(await page.$$eval('#search-results mark', (l) => l.map((m) => m.textContent)), ['go']);

  // A third person finds nothing private.
  const cy = await ProtocolClient.join(host.port, 'Cy');
  cy.send({ type: 'search', query: 'secret' });
  assert.deepEqual((await cy.next((m) => m.type === 'search-results')).messages, []);

  // Twenty at a time: "More results" brings the rest.
  await searchFor(page, 'report');
  await page.waitForFunction(() => document.querySelectorAll('#search-results .result').length === 20);
  assert.equal((await results(page))[0], 'report 25');
  await page.waitForTimeout(1000);
  await page.click('#search-more');
  await page.waitForFunction(() => document.querySelectorAll('#search-results .result').length === 25);
  assert.equal((await results(page)).at(-1), 'report 1');
  assert.ok(await page.isHidden('#search-more'));

  // A result among the messages around it; Back returns to the results.
  await page.click('#search-results .result:has-text("report 10")');
  await page.waitForSelector('#search-results li.msg.hit');
  assert.equal(await page.textContent('#search-results li.msg.hit .text'), 'report 10');
  const around = await page.$$eval('#search-results li.msg .text', (l) => l.map((n) => n.textContent));
  assert.deepEqual(around, ['report 6', 'report 7', 'report 8', 'report 9', 'report 10', 'report 11', 'report 12', 'report 13', 'report 14', 'report 15']);
  await page.click('#search-back');
  assert.equal((await results(page)).length, 25);

  // The private result opens in its own conversation's context.
  await searchFor(page, 'secret');
  await page.waitForFunction(() => document.querySelectorAll('#search-results .result').length === 1);
  await page.click('#search-results .result');
  await page.waitForSelector('#search-results li.msg.hit');
  assert.deepEqual(await page.$$eval('#search-results li.msg .text', (l) => l.map((n) => n.textContent)), ['secret budget']);

  // The host's refusals, each a sentence.
  await searchFor(page, '!!! ???');
  await page.waitForFunction(() => /at least one word/.test(document.getElementById('search-note').textContent));
  assert.equal(await note(page), 'Type at least one word of letters or digits to search for.');
  await searchFor(page, 'x'.repeat(201));
  await page.waitForFunction(() => /too long/.test(document.getElementById('search-note').textContent));
  assert.equal(await note(page), 'That search is too long: use at most 200 characters.');
  await page.fill('#search-input', 'report');
  await page.evaluate(() => {
    for (let i = 0; i < 14; i++) document.getElementById('search-form').requestSubmit();
  });
  await page.waitForFunction(() => /Too many searches/.test(document.getElementById('search-note').textContent));
  assert.equal(await note(page), 'Too many searches at once. Wait a moment, then search again.');

  // Esc closes the box; Ctrl+F opens it again.
  await page.press('#search-input', 'Escape');
  assert.ok(await page.isHidden('#search'));
  await page.click('#scroller');
  await page.keyboard.press('Control+f');
  assert.ok(await page.isVisible('#search'));
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 390);
  assertNoProblems(assert, page);
  for (const c of [bob, cy, writer, writer2]) await c.close();
  await page.context().close();
});
