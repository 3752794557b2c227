// Conversations on the page (docs/PROTOCOL.md, "Conversations"): own messages by person id, also
// after a host restart and a rejoin under another name; reply, react, edit and delete from a
// message's toolbar, and changes made by others.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useHostAndBrowser, startHost, openPage, joinAs, waitForTexts, messageList, sendFromPage,
  ProtocolClient, assertNoProblems, gateSocket, waitState,
} from './lib/harness.mjs';

let host;
let browser;
useHostAndBrowser((h, b) => { host = h; browser = b; }, () => host);

const item = (page, text) => page.locator('#messages li.msg', { has: page.locator('.text', { hasText: text }) });
const tool = async (page, text, act) => {
  await item(page, text).locator('.bubble').hover();
  await item(page, text).locator(`.actions [data-act=${act}]`).click();
};

test('own messages by id across a restart; reply, react, edit and delete', async () => {
  const page = await openPage(browser, null);
  const gate = await gateSocket(page);
  await page.goto(host.url);
  await joinAs(page, 'Ann');
  let bob = await ProtocolClient.join(host.port, 'Bob');
  const bobSaid = await bob.say('lunch at noon?');
  await sendFromPage(page, 'mine before');
  await waitForTexts(page, ['lunch at noon?', 'mine before']);

  // The host restarts; meanwhile someone else takes the name "Ann". The page rejoins as "Ann 2":
  // still the same person, so "mine before" stays its own and the new Ann's message is not.
  const port = host.port;
  await host.kill();
  gate.open = false;
  host = await startHost({ dataDir: host.dataDir, port });
  const other = await ProtocolClient.join(port, 'Ann');
  await other.say('I am the other Ann');
  bob = await ProtocolClient.join(port, 'Bob', { resumeToken: bob.welcome.resumeToken });
  gate.open = true;
  await page.waitForSelector('#nick-form:not([hidden])', { timeout: 40000 });
  await page.fill('#nick-input', 'Ann 2');
  await page.click('#nick-form button[type=submit]');
  await waitState(page, 'welcomed');
  await waitForTexts(page, ['I am the other Ann']);
  const own = Object.fromEntries((await messageList(page)).map((m) => [m.text, m.own]));
  assert.deepEqual(own, { 'lunch at noon?': false, 'mine before': true, 'I am the other Ann': false });

  // Reply from the toolbar: the quote bar, then the reply with its quote.
  await tool(page, 'lunch at noon?', 'reply');
  assert.match(await page.textContent('#quote'), /Replying to Bob\s*lunch at noon\?/);
  await sendFromPage(page, 'yes please');
  const reply = await bob.next((m) => m.type === 'message' && m.text === 'yes please');
  assert.equal(reply.reply.seq, bobSaid.seq);
  assert.ok(await page.isHidden('#quote'));
  assert.match(await item(page, 'yes please').locator('.quote').textContent(), /Bob\s*lunch at noon\?/);

  // React: the chip counts it and says who; a click takes it back.
  await tool(page, 'lunch at noon?', 'react');
  await item(page, 'lunch at noon?').locator('.picker [data-emoji="🎉"]').click();
  const chip = item(page, 'lunch at noon?').locator('.chip');
  await chip.waitFor();
  assert.equal(await chip.textContent(), '🎉 1');
  assert.equal(await chip.getAttribute('title'), 'Ann 2');
  assert.equal(await chip.getAttribute('aria-pressed'), 'true');
  bob.send({ type: 'react', seq: bobSaid.seq, emoji: '🎉', on: true });
  await page.waitForFunction(() => document.querySelector('#messages .chip')?.textContent === '🎉 2');
  await item(page, 'lunch at noon?').locator('.chip').click();
  await page.waitForFunction(() => document.querySelector('#messages .chip')?.textContent === '🎉 1');
  assert.equal(await item(page, 'lunch at noon?').locator('.chip').getAttribute('aria-pressed'), 'false');

  // Bob edits: his message and the quote of it change, marked "edited".
  bob.send({ type: 'edit', seq: bobSaid.seq, text: 'lunch at one?' });
  await waitForTexts(page, ['lunch at one?']);
  assert.match(await item(page, 'lunch at one?').locator('.meta').textContent(), /edited/);
  await page.waitForFunction(() => /lunch at one\?/.test(document.querySelector('#messages .quote')?.textContent));

  // Edit and delete one's own (someone else's has neither).
  await item(page, 'lunch at one?').locator('.bubble').hover();
  assert.ok(await item(page, 'lunch at one?').locator('[data-act=edit]').isHidden());
  await tool(page, 'mine before', 'edit');
  assert.equal(await page.inputValue('#input'), 'mine before');
  await page.fill('#input', 'mine, changed');
  await page.press('#input', 'Enter');
  await waitForTexts(page, ['mine, changed']);
  await tool(page, 'yes please', 'delete');
  await item(page, 'yes please').locator('[data-act=delete]').click(); // asked once more
  await waitForTexts(page, ['Message deleted']);
  assert.equal(await page.locator('#messages .text', { hasText: 'yes please' }).count(), 0);

  // The changes counted in lastSeq: a resume starts after the last of them.
  const { state } = await page.evaluate(() => import('./core.js').then((s) => ({ state: { resumeSeq: s.state.resumeSeq } })));
  const lastUpdate = bob.received.filter((m) => m.type === 'update').at(-1);
  assert.equal(state.resumeSeq, lastUpdate.seq);
  assertNoProblems(assert, page);
  await other.close();
  await bob.close();
  await page.context().close();
});
