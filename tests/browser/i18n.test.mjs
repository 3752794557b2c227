// The page in the visitor's language: its strings come from the host (/i18n/TAG.json), made from
// the desktop app's translations; English stays built in, and the two Englishes agree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useHostAndBrowser, openPage, joinAs, ProtocolClient, assertNoProblems,
} from './lib/harness.mjs';

let host;
let browser;
useHostAndBrowser((h, b) => { host = h; browser = b; }, () => host);

const joinScreen = (page) => page.waitForSelector('#join:not([hidden])');
const ariaLabel = (page, sel) => page.getAttribute(sel, 'aria-label');

test('a German browser gets the page in German, nothing left in English', async () => {
  const page = await openPage(browser, host.url, { locale: 'de-DE' });
  await joinScreen(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'de-DE');
  assert.equal(await page.textContent('#join-heading'), 'Test room beitreten');
  assert.equal(await page.textContent('#join-button'), 'Beitreten');
  assert.equal(await page.textContent('#join-hint'), 'Bis zu 32 Zeichen. Andere sehen diesen Namen.');
  await page.click('#join-button');
  assert.equal(await page.textContent('#join-error'), 'Bitte gib einen Namen ein.');

  await joinAs(page, 'Anna');
  assert.equal(await page.textContent('#status-text'), 'Verbunden');
  assert.equal(await page.getAttribute('#input', 'placeholder'), 'Nachricht an Test room');
  assert.equal(await ariaLabel(page, '#roster-toggle'), 'Die 1 Person in diesem Raum anzeigen');

  const bob = await ProtocolClient.join(host.port, 'Bob');
  await page.waitForFunction(() => document.getElementById('messages').textContent.includes('Bob ist beigetreten'));
  await page.waitForFunction(() => document.getElementById('roster-toggle').getAttribute('aria-label')
    === 'Die 2 Personen in diesem Raum anzeigen');
  bob.send({ type: 'rename', nick: 'Bobby' });
  await page.waitForFunction(() => document.getElementById('messages').textContent.includes('Bob heißt jetzt Bobby'));

  // Every fixed text of the page is German.
  const english = await page.evaluate(async () => {
    const { english: table } = await import('./strings.js');
    return Array.from(document.querySelectorAll('[data-i18n]'))
      .filter((n) => n.textContent === table[n.dataset.i18n]).map((n) => n.dataset.i18n);
  });
  assert.deepEqual(english, []);
  await bob.close();
  assertNoProblems(assert, page);
  await page.context().close();
});

test('plurals follow the language: French counts zero as one, Chinese has one form', async () => {
  const fr = await openPage(browser, host.url, { locale: 'fr-FR' });
  await joinScreen(fr);
  const forms = await fr.evaluate(async () => {
    const { t } = await import('./core.js');
    return [0, 1, 2, 5].map((count) => t('msg.jumpToNew', { count }));
  });
  assert.deepEqual(forms, ['0\u00a0nouveau message', '1\u00a0nouveau message', '2\u00a0nouveaux messages',
    '5\u00a0nouveaux messages']);
  const zh = await openPage(browser, host.url, { locale: 'zh-CN' });
  await joinScreen(zh);
  assert.equal(await zh.textContent('#join-button'), '加入');
  assert.deepEqual(await zh.evaluate(async () => {
    const { t } = await import('./core.js');
    return [1, 3].map((count) => t('compose.left', { count }));
  }), ['还剩 1 个字符', '还剩 3 个字符']);
  const pt = await openPage(browser, host.url, { locale: 'pt-BR' });
  await joinScreen(pt);
  await joinAs(pt, 'Bia');
  await pt.waitForFunction(() => document.getElementById('roster-toggle').getAttribute('aria-label')
    === 'Mostrar a 1 pessoa desta sala');
  assertNoProblems(assert, fr, zh, pt);
});

test('a language the host does not speak gets English', async () => {
  const page = await openPage(browser, host.url, { locale: 'it-IT' });
  await joinScreen(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.textContent('#join-button'), 'Join');
  // The host answered 404 for Italian; the browser logs that, and nothing else went wrong.
  page.problems = page.problems.filter((p) => !/status of 404/.test(p));
  assertNoProblems(assert, page);
});

test("the page's built-in English is the host's English", async () => {
  const page = await openPage(browser, host.url);
  await joinScreen(page);
  const mismatches = await page.evaluate(async () => {
    const { english } = await import('./strings.js');
    const { pluralForm } = await import('./core.js');
    const hosts = await (await fetch('i18n/en.json')).json();
    const rules = new Intl.PluralRules('en');
    const text = (value, count) => (typeof value === 'string' ? value : pluralForm(value, count, rules));
    const out = [];
    for (const key of new Set([...Object.keys(english), ...Object.keys(hosts)])) {
      for (const count of [0, 1, 2, 5, 21]) {
        const ours = key in english ? text(english[key], count) : '(missing)';
        const theirs = key in hosts ? text(hosts[key], count) : '(missing)';
        if (ours !== theirs) out.push(`${key} [${count}]: page "${ours}", host "${theirs}"`);
      }
    }
    return out;
  });
  assert.deepEqual(mismatches, []);
  assertNoProblems(assert, page);
});
