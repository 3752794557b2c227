// Conversations on the page (docs/PROTOCOL.md, "Conversations"): own messages by person id, also
// after a host restart and a rejoin under another name; reply, react, edit and delete from a
// message's toolbar, and changes made by others; private conversations in their own view, with
// their own older history and unread count, closed while the other person is away (also across a
// restart of the host) and open again when the same person is back under any name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
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

test('private conversations on a phone: own history, unread count, away, host restart, back', async () => {
  const page = await openPage(browser, null, { width: 390, height: 844 });
  const gate = await gateSocket(page);
  await page.goto(host.url);
  await joinAs(page, 'Cy');
  let dee = await ProtocolClient.join(host.port, 'Dee');
  const deeId = dee.welcome.id;
  const cyId = dee.welcome.rosterIds[dee.welcome.roster.indexOf('Cy')];
  assert.ok(cyId && deeId);
  // An old private message, then more room messages than a welcome carries (welcomeHistory, 50).
  dee.send({ type: 'send', clientMsgId: randomUUID(), text: 'old secret', to: cyId });
  await dee.next((m) => m.type === 'ack');
  for (let w = 0; w < 3; w++) {
    const writer = await ProtocolClient.join(host.port, `Writer ${w + 1}`);
    await Promise.all(Array.from({ length: 20 }, (_, i) => writer.say(`room ${w}-${i}`)));
    await writer.close();
  }
  // A reload: the same person, a fresh welcome without the old private message.
  await page.reload();
  await waitState(page, 'welcomed');
  await waitForTexts(page, ['room 2-19']);
  assert.ok(await page.isHidden('#convs'));
  assert.equal(await page.locator('li.msg', { hasText: 'old secret' }).count(), 0);

  // A tap on Dee in the list of people: her conversation, with its own older history.
  await page.click('#roster-toggle');
  await page.click('#roster-list [data-nick="Dee"]');
  assert.ok(await page.isVisible('#convs'));
  assert.ok(await page.isHidden('#roster'));
  assert.equal(await page.getAttribute('#input', 'placeholder'), 'Message Dee privately');
  const privateList = 'ol.messages:not(#messages):not([hidden])';
  await page.waitForSelector(`${privateList} li.msg:has-text("old secret")`);
  assert.ok(gate.sent.some((m) => m.type === 'history' && m.with === deeId), 'history {with}');
  assert.ok(await page.isHidden('#messages'));
  await sendFromPage(page, 'psst, Dee');
  const psst = await dee.next((m) => m.type === 'message' && m.text === 'psst, Dee');
  assert.equal(psst.to, deeId);
  await page.waitForSelector(`${privateList} li.msg.own:has-text("psst, Dee")`);

  // Dee answers while Cy looks at the room: the tab counts it; only the private view has it.
  await page.click('#convs [data-conv=""]');
  assert.equal(await page.getAttribute('#input', 'placeholder'), 'Message Test room');
  dee.send({ type: 'send', clientMsgId: randomUUID(), text: 'hi Cy, privately', to: cyId });
  await page.waitForFunction(() => document.querySelector('#convs .badge')?.textContent === '1');
  assert.equal(await page.locator('#messages .text', { hasText: 'privately' }).count(), 0);
  await page.click('#convs button:has-text("Dee")');
  await page.waitForSelector(`${privateList} li.msg:has-text("hi Cy, privately")`);
  assert.equal(await page.locator('#convs .badge').count(), 0);

  // Dee leaves: her conversation says so and takes nothing, until she is back as the same person.
  const token = dee.welcome.resumeToken;
  await dee.close();
  await page.waitForFunction(() => document.getElementById('input').disabled);
  assert.equal(await page.getAttribute('#input', 'placeholder'),
    'Dee is not in the room now. You can write to them again when they are back.');
  await page.waitForSelector(`${privateList} li.sys:has-text("Dee left")`);

  // The host restarts meanwhile. A change tried while it is away is refused with a sentence.
  const port = host.port;
  gate.open = false;
  await host.kill();
  await page.waitForFunction(() => document.getElementById('status').dataset.state !== 'welcomed');
  await page.locator(`${privateList} li.msg.own .bubble`).hover();
  await page.locator(`${privateList} .actions [data-act=delete]`).click();
  await page.locator(`${privateList} .actions [data-act=delete]`).click();
  assert.equal(await page.textContent('#notice-text'), 'You can change messages once you are connected.');
  host = await startHost({ dataDir: host.dataDir, port });
  gate.open = true;
  await waitState(page, 'welcomed', 40000);
  assert.ok(await page.isDisabled('#input'), 'still away after the restart');
  // She comes back under another name, with her token: the same person, so the same conversation.
  dee = await ProtocolClient.join(port, 'Deb', { resumeToken: token });
  assert.equal(dee.welcome.id, deeId);
  await page.waitForFunction(() => !document.getElementById('input').disabled);
  assert.equal(await page.getAttribute('#input', 'placeholder'), 'Message Deb privately');
  assert.ok(await page.isVisible('#convs button:has-text("Deb")'));
  await sendFromPage(page, 'welcome back');
  const back = await dee.next((m) => m.type === 'message' && m.text === 'welcome back');
  assert.equal(back.to, deeId);
  assert.equal(await page.locator(`${privateList} li.msg:has-text("old secret")`).count(), 1);
  assert.equal(await page.locator('#messages li.msg', { hasText: 'welcome back' }).count(), 0);
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 390);
  assertNoProblems(assert, page);
  await dee.close();
  await page.context().close();
});

test('@name completion in the message box', async () => {
  const ann = await openPage(browser, host.url);
  await joinAs(ann, 'Ann');
  const bob = await openPage(browser, host.url);
  await joinAs(bob, 'Bob');
  const odd = await ProtocolClient.join(host.port, 'Bo <img src=x onerror=alert(1)>');
  await ann.waitForFunction(() => document.querySelectorAll('#roster-list li').length === 3);
  const options = () => ann.$$eval('#picks [role=option]', (l) => l.map((o) => o.textContent));
  const selected = () => ann.$eval('#picks [aria-selected=true]', (o) => o.textContent);

  // Not inside a word (an e-mail address), not after another '@', and not one's own name.
  for (const text of ['mail x@bo', 'x @@bo', '@an']) {
    await ann.fill('#input', text);
    assert.ok(await ann.isHidden('#picks'), text);
  }

  await ann.fill('#input', '');
  await ann.type('#input', 'hey @bo');
  await ann.waitForSelector('#picks:not([hidden])');
  assert.equal(await ann.getAttribute('#picks', 'role'), 'listbox');
  assert.deepEqual((await options()).sort(), ['Bo <img src=x onerror=alert(1)>', 'Bob']);
  assert.equal(await ann.$$eval('#picks img', (l) => l.length), 0, 'names are text');
  const first = await selected();
  await ann.press('#input', 'ArrowDown');
  assert.notEqual(await selected(), first);
  assert.equal(await ann.getAttribute('#input', 'aria-activedescendant'),
    await ann.$eval('#picks [aria-selected=true]', (o) => o.id));
  await ann.press('#input', 'Escape');
  assert.ok(await ann.isHidden('#picks'));

  // Enter takes the chosen name and does not send; Tab does too.
  await ann.type('#input', 'b');
  assert.deepEqual(await options(), ['Bob']);
  await ann.press('#input', 'Enter');
  assert.equal(await ann.inputValue('#input'), 'hey @Bob ');
  assert.ok(await ann.isHidden('#picks'));
  await ann.fill('#input', '');
  await ann.type('#input', '@bo');
  while (await selected() !== 'Bob') await ann.press('#input', 'ArrowUp');
  await ann.press('#input', 'Tab');
  assert.equal(await ann.inputValue('#input'), '@Bob ');
  assert.equal(await ann.evaluate(() => document.activeElement.id), 'input');
  await ann.type('#input', 'hi');
  await ann.press('#input', 'Enter');
  await waitForTexts(bob, ['@Bob hi']);
  assert.ok(await bob.locator('#messages li.msg.mention', { hasText: '@Bob hi' }).count() === 1, 'a mention for Bob');

  // A click (or tap) takes a name too.
  await ann.type('#input', 'and @bo');
  await ann.click('#picks [role=option]:text-is("Bob")');
  assert.equal(await ann.inputValue('#input'), 'and @Bob ');
  assertNoProblems(assert, ann, bob);
  await odd.close();
  await ann.context().close();
  await bob.context().close();
});
