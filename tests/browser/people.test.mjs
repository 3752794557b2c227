// How people show in the page: messages that mention the reader stand out, and people present
// at the same time get different colours, by the rule the desktop app shares (colours.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useHostAndBrowser, openPage, joinAs, waitForTexts, sendFromPage, ProtocolClient, assertNoProblems,
} from './lib/harness.mjs';

let host;
let browser;
useHostAndBrowser((h, b) => { host = h; browser = b; }, () => host);

// The rule as the desktop app is told it, written again here so the page is checked against
// it and not against itself.
function fnv1a(name) {
  const lower = name.toLowerCase();
  let h = 0x811c9dc5;
  for (let i = 0; i < lower.length; i++) h = Number((BigInt((h ^ lower.charCodeAt(i)) >>> 0) * 0x01000193n) % 0x100000000n);
  return h >>> 0;
}
function expectedSlots(roster) {
  const order = roster.map((name) => ({ lower: name.toLowerCase(), hash: fnv1a(name) }))
    .map((p) => ({ ...p, preferred: p.hash % 20 }))
    .sort((a, b) => (a.preferred - b.preferred) || (a.hash - b.hash) || (a.lower < b.lower ? -1 : a.lower > b.lower ? 1 : 0));
  const free = Array(20).fill(true);
  const spacious = (s) => free[s] && free[(s + 1) % 20] && free[(s + 19) % 20];
  const slots = {};
  for (const p of order) {
    let slot = p.preferred;
    if (free.some((f) => f)) {
      let steps = 0;
      while (!spacious(slot) && steps < 20) { slot = (slot + 1) % 20; steps++; }
      if (steps === 20) while (!free[slot]) slot = (slot + 1) % 20; // none with room around it
      free[slot] = false;
    }
    slots[p.lower] = slot;
  }
  return slots;
}

// The same room in the desktop's test (tests/desktop/tst_namecolor.cpp), slot for slot.
const sharedRoom = ['Ann', 'Bob', 'Cy', 'ann2', 'Zoë', 'Ærø', '李伟', 'علي', '😀 smile'];
const sharedSlots = { 'ann': 0, 'bob': 4, '😀 smile': 6, 'ærø': 11, 'cy': 13, 'علي': 15, 'zoë': 17, '李伟': 2, 'ann2': 8 };

// Two names that prefer the same slot.
function clashingPair() {
  const byPreferred = new Map();
  for (let i = 0; ; i++) {
    const name = `Guest ${i}`;
    const slot = fnv1a(name) % 20;
    if (byPreferred.has(slot)) return [byPreferred.get(slot), name];
    byPreferred.set(slot, name);
  }
}

const hues = (page, selector) => page.$$eval(selector, (nodes) => nodes.map((n) => Number(n.style.getPropertyValue('--hue'))));
const lastTwoMessageHues = async (page) => (await hues(page, '#messages li.msg')).slice(-2);

test('messages that mention the reader stand out, by the desktop rule', async () => {
  const page = await openPage(browser, host.url);
  await joinAs(page, 'Ann');
  const cy = await ProtocolClient.join(host.port, 'Cy');
  const said = [
    ['hello ann!', true],
    ['@Ann have a look', true],
    ['ANN?', true],
    ['Anna is not Ann’s name… wait, it is', true],
    ['Anna is here', false],
    ['mail x@Ann.example', false],
    ['annoying', false],
    ['nobody in particular', false],
  ];
  for (const [text] of said) await cy.say(text);
  await sendFromPage(page, 'I am Ann');
  await waitForTexts(page, [...said.map(([text]) => text), 'I am Ann']);
  const marks = await page.$$eval('#messages li.msg', (l) => l.map((li) => [li.querySelector('.text').textContent, li.classList.contains('mention')]));
  assert.deepEqual(marks, [...said, ['I am Ann', false]], 'own messages never count');
  // Screen readers hear it; the bubble looks different.
  assert.equal(await page.textContent('#messages li.mention .mention-note'), 'Cy mentioned you');
  const backgrounds = await page.$$eval('#messages li.msg .bubble', (l) => l.slice(0, 5).map((b) => getComputedStyle(b).backgroundColor));
  assert.notEqual(backgrounds[0], backgrounds[4]);
  assert.equal(await page.$$eval('#messages li:not(.mention) .mention-note', (l) => l.length), 0);
  assertNoProblems(assert, page);
  await cy.close();
  await page.context().close();
});

test('people present at the same time get different colours', async () => {
  // The page's module against the rule, for rooms small and over-full.
  const page = await openPage(browser, host.url);
  const rooms = [
    ['Ann'],
    sharedRoom,
    Array.from({ length: 20 }, (_, i) => `Person ${i}`),
    Array.from({ length: 27 }, (_, i) => `Member ${i * 7}`),
  ];
  for (const roster of rooms) {
    const got = await page.evaluate(async (names) => {
      const { assignSlots } = await import('./core.js');
      return Object.fromEntries(assignSlots(names));
    }, roster);
    assert.deepEqual(got, expectedSlots(roster), roster.join(', '));
    if (roster === rooms[1]) assert.deepEqual(got, sharedSlots, 'the same as the desktop');
    if (roster.length <= 20) assert.equal(new Set(Object.values(got)).size, roster.length, 'all different');
  }

  // In the room: two people who would prefer the same colour get different ones.
  const [first, second] = clashingPair();
  await joinAs(page, first);
  const other = await ProtocolClient.join(host.port, second);
  await page.waitForFunction(() => document.getElementById('roster-count').textContent === '2');
  const slots = expectedSlots([first, second]);
  assert.notEqual(slots[first.toLowerCase()], slots[second.toLowerCase()]);
  const rosterHues = await hues(page, '#roster-list .avatar');
  const rosterNames = await page.$$eval('#roster-list .name', (l) => l.map((n) => n.textContent));
  assert.deepEqual(rosterHues, rosterNames.map((n) => slots[n.toLowerCase()] * 18));
  await other.say('a word from the second');
  await sendFromPage(page, 'and one from the first');
  await waitForTexts(page, ['a word from the second', 'and one from the first']);
  assert.deepEqual(await lastTwoMessageHues(page), [slots[second.toLowerCase()] * 18, slots[first.toLowerCase()] * 18]);

  // Once the second has left, their messages take their own preferred colour again.
  await other.close();
  await page.waitForFunction(() => document.getElementById('roster-count').textContent === '1');
  const alone = expectedSlots([first]);
  assert.deepEqual(await lastTwoMessageHues(page), [(fnv1a(second) % 20) * 18, alone[first.toLowerCase()] * 18]);
  assertNoProblems(assert, page);
  await page.context().close();
});
