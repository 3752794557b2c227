// Hostile names and messages stay inert text: no script runs, no unexpected element appears,
// nothing widens the page on a phone, and an over-long paste stays in the box, says how much is
// too much, and is not sent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useHostAndBrowser, openPage, joinAs, waitForTexts, messageList, ProtocolClient,
  assertNoProblems, startHost, removeDir,
} from './lib/harness.mjs';

let host;
let browser;
useHostAndBrowser((h, b) => { host = h; browser = b; }, () => host);

const MAX = 16000; // limits.h maxTextLength; also checked against the welcome below

const hostileTexts = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(2)>',
  '"><svg onload=alert(3)>',
  'javascript:alert(4)',
  '[click me](javascript:alert(5))',
  'see https://example.test/a?b=1&c=<i>2</i>. and javascript://%0aalert(6)',
  'data:text/html,<script>alert(7)</script>',
  '\u202Egnp.exe and more text after an override',
  'abc\u202Edef\u2066ghi and \u200F mixed',
  'W'.repeat(5000),
  '&lt;b&gt;entity&lt;/b&gt; &amp; {{constructor.constructor("alert(8)")()}}',
];

test('the join screen names the room, a hostile name as plain text', async () => {
  const room = '<img src=x onerror=alert(11)> Friday "LAN" party';
  const other = await startHost({ room });
  try {
    // A first visit: nothing remembered, the host says the name.
    const page = await openPage(browser, other.url);
    await page.waitForSelector('#join:not([hidden])');
    assert.equal(await page.textContent('#join-heading'), `Join ${room}`);
    assert.equal(await page.$$eval('#join-heading img, [onerror]', (l) => l.length), 0);
    assertNoProblems(assert, page);
    await page.context().close();
  } finally {
    await other.stop();
    await removeDir(other.dataDir);
  }
});

test('hostile names and messages are inert text', async () => {
  const page = await openPage(browser, host.url, { width: 390, height: 844 });

  // A name with a right-to-left override is refused on the page, with a sentence.
  await page.fill('#join-nick', '\u202Eevil');
  await page.click('#join-button');
  await page.waitForFunction(() => document.getElementById('join-error').textContent.length > 20);
  assert.match(await page.textContent('#join-error'), /invisible or control characters/);

  const pageNick = '<img src=x onerror=alert(9)>';
  await joinAs(page, pageNick);
  const evil = await ProtocolClient.join(host.port, '<script>alert(10)</script>');
  assert.equal(evil.welcome.limits.maxTextLength, MAX);
  await page.waitForFunction(() => document.getElementById('roster-count').textContent === '2');

  for (const text of hostileTexts) await evil.say(text);
  await waitForTexts(page, hostileTexts);

  // Exactly maxTextLength characters goes through, whole.
  const longest = 'Lorem ipsum dolor sit amet. '.repeat(MAX / 28 + 1).slice(0, MAX - 1) + '!';
  assert.equal(longest.length, MAX);
  await page.fill('#input', longest);
  assert.equal(await page.textContent('#counter'), '0 characters left');
  await page.press('#input', 'Enter');
  const got = await evil.next((m) => m.type === 'message' && m.text.length === MAX);
  assert.equal(got.text, longest);
  await waitForTexts(page, [longest]);

  // A 64 KiB paste is kept in the box, with how much is too much, and cannot be sent.
  const before = evil.received.length;
  const huge = 'x'.repeat(64 * 1024);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((text) => navigator.clipboard.writeText(text), huge);
  await page.focus('#input');
  await page.keyboard.press('Control+V');
  await page.waitForFunction(() => document.getElementById('input').value.length > 0);
  assert.equal(await page.inputValue('#input'), huge, 'the pasted text stays for the user to shorten');
  assert.equal(await page.textContent('#counter'), 'Too long by 49,536 characters. The limit is 16,000.');
  assert.equal(await page.getAttribute('#send', 'aria-disabled'), 'true');
  await page.press('#input', 'Enter');
  await page.click('#send', { force: true }); // aria-disabled only: a person can still press it
  assert.equal(await page.inputValue('#input'), huge);
  assert.equal(await page.$$eval('#pending li', (l) => l.length), 0);
  // Shortened to the limit, it could go.
  await page.fill('#input', huge.slice(0, MAX));
  assert.equal(await page.textContent('#counter'), '0 characters left');
  assert.equal(await page.getAttribute('#send', 'aria-disabled'), 'false');
  // Enter on empty input does nothing either.
  await page.fill('#input', '   \n  ');
  await page.press('#input', 'Enter');
  await page.fill('#input', '');
  // A round trip proves nothing else reached the host in the meantime.
  await evil.say('marker');
  await waitForTexts(page, ['marker']);
  assert.deepEqual(evil.received.slice(before).filter((m) => m.type === 'message').map((m) => m.text), ['marker']);

  // Everything shows as the exact text that was sent.
  const list = await messageList(page);
  assert.deepEqual(list.map((m) => m.text), [...hostileTexts, longest, 'marker']);
  assert.equal(await page.textContent('#messages li.msg:not(.own) .from'), '<script>alert(10)</script>');
  assert.ok((await page.$$eval('#roster-list .name', (l) => l.map((n) => n.textContent))).includes(pageNick));

  // No element but the page's own kinds, no event-handler attributes, links only http(s).
  const report = await page.evaluate(() => {
    const tags = new Set();
    const handlers = [];
    for (const n of document.querySelectorAll('#messages *, #roster-list *, #typing *')) {
      tags.add(n.localName);
      for (const a of n.attributes) if (a.name.startsWith('on') || /javascript:/i.test(a.value)) handlers.push(`${n.localName}[${a.name}]`);
    }
    const links = Array.from(document.querySelectorAll('#messages a'), (a) => ({
      href: a.getAttribute('href'), text: a.textContent, rel: a.rel, target: a.target,
    }));
    const scripts = Array.from(document.scripts, (s) => ({ src: s.getAttribute('src'), type: s.type, inline: s.text.trim() !== '' }));
    // Every module the page loaded is preloaded by index.html, so none waits for another.
    const preloaded = new Set(Array.from(document.querySelectorAll('link[rel=modulepreload]'), (l) => l.href));
    const loaded = performance.getEntriesByType('resource').map((r) => r.name).filter((n) => n.endsWith('.js'));
    const notPreloaded = loaded.filter((n) => !preloaded.has(n) && !n.endsWith('/app.js'));
    return { tags: [...tags].sort(), handlers, links, scripts, notPreloaded, modules: loaded.length };
  });
  assert.deepEqual(report.handlers, []);
  assert.deepEqual(report.scripts, [{ src: 'app.js', type: 'module', inline: false }], 'only the page\'s own module');
  assert.deepEqual(report.notPreloaded, []);
  assert.ok(report.modules >= 4, `${report.modules} modules`); // app, core, views and strings
  // Buttons and the emoji field are the page's own (a message's toolbar, its quote, its reactions).
  for (const tag of report.tags) assert.ok(['a', 'bdi', 'button', 'div', 'input', 'li', 'span', 'time'].includes(tag), `unexpected <${tag}>`);
  assert.deepEqual(report.links, [{
    href: 'https://example.test/a?b=1&c=', text: 'https://example.test/a?b=1&c=',
    rel: 'noopener noreferrer', target: '_blank',
  }]);

  // Names and texts are isolated from the surrounding layout.
  const bidi = await page.evaluate(() => {
    const text = document.querySelector('#messages li.msg .text');
    const from = document.querySelector('#messages li.msg .from');
    return [getComputedStyle(text).unicodeBidi, from.localName, getComputedStyle(from).unicodeBidi];
  });
  assert.deepEqual(bidi, ['isolate', 'bdi', 'isolate']);

  // No horizontal scrolling at 390 px, at the top and at the bottom of the room.
  const overflow = () => page.evaluate(() => {
    const d = document.documentElement;
    const sc = document.getElementById('scroller');
    return { page: d.scrollWidth - d.clientWidth, list: sc.scrollWidth - sc.clientWidth, body: document.body.scrollWidth - document.body.clientWidth };
  });
  assert.deepEqual(await overflow(), { page: 0, list: 0, body: 0 });
  await page.evaluate(() => { document.getElementById('scroller').scrollTop = 0; });
  assert.deepEqual(await overflow(), { page: 0, list: 0, body: 0 });
  // The roster panel with the hostile names fits too, and so does all of it at 360 px.
  await page.click('#roster-toggle');
  assert.deepEqual(await overflow(), { page: 0, list: 0, body: 0 });
  await page.setViewportSize({ width: 360, height: 740 });
  assert.deepEqual(await overflow(), { page: 0, list: 0, body: 0 });

  assertNoProblems(assert, page);
  await evil.close();
  await page.context().close();
});
