// The message box on a touch screen: Enter makes a new line and the Send button sends (there
// is no Shift key to reach for); with a mouse and keyboard, Enter sends.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useHostAndBrowser, openPage, joinAs, waitForTexts, ProtocolClient, assertNoProblems,
} from './lib/harness.mjs';

let host;
let browser;
useHostAndBrowser((h, b) => { host = h; browser = b; }, () => host);

async function openPhone(url) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, locale: 'en-US' });
  const page = await context.newPage();
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push(`page error: ${e.message}`));
  await page.goto(url);
  return page;
}

test('on a touch screen Enter makes a new line and Send sends', async () => {
  const cy = await ProtocolClient.join(host.port, 'Cy');
  const phone = await openPhone(host.url);
  assert.equal(await phone.evaluate(() => matchMedia('(pointer: coarse)').matches), true);
  await joinAs(phone, 'Pat');
  assert.equal(await phone.getAttribute('#input', 'enterkeyhint'), 'enter');
  assert.equal(await phone.isVisible('#compose-hint'), false, 'the keyboard hint is for keyboards');

  await phone.locator('#input').pressSequentially('first line');
  await phone.keyboard.press('Enter');
  await phone.locator('#input').pressSequentially('second line');
  await phone.keyboard.press('Shift+Enter');
  await phone.locator('#input').pressSequentially('third line');
  assert.equal(await phone.inputValue('#input'), 'first line\nsecond line\nthird line');
  assert.equal(await phone.$$eval('#pending li', (l) => l.length), 0, 'nothing sent by Enter');

  const mark = cy.received.length;
  await phone.tap('#send');
  const got = await cy.next((m) => m.type === 'message' && m.from === 'Pat', { from: mark });
  assert.equal(got.text, 'first line\nsecond line\nthird line');
  assert.equal(await phone.inputValue('#input'), '');
  assert.deepEqual(phone.problems, []);
  await phone.context().close();

  // With a mouse and keyboard, Enter sends and the keyboard key says so.
  const desk = await openPage(browser, host.url);
  await joinAs(desk, 'Dee');
  assert.equal(await desk.getAttribute('#input', 'enterkeyhint'), 'send');
  await desk.locator('#input').pressSequentially('sent by Enter');
  await desk.keyboard.press('Enter');
  await waitForTexts(desk, ['sent by Enter']);
  assert.equal(await desk.inputValue('#input'), '');
  assertNoProblems(assert, desk);
  await desk.context().close();
  await cy.close();
});
