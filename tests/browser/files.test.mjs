// Files and images in the page (docs/PROTOCOL.md, "Files"): an image someone sends shows as its
// thumbnail in a box of the right size, opens in a new tab, and downloads byte for byte; any other
// file is a card whose name, however hostile, is text; late joiners see them too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useHostAndBrowser, openPage, joinAs, ProtocolClient, assertNoProblems } from './lib/harness.mjs';
import { makePng, sha256, uploadFile } from './lib/files.mjs';

let host;
let browser;
useHostAndBrowser((h, b) => { host = h; browser = b; }, () => host);

// The file part of the message with this seq, as the page shows it.
function fileShown(page, seq) {
  return page.$eval(`#messages li[data-seq="${seq}"]`, (li) => {
    const img = li.querySelector('.file img');
    const card = li.querySelector('.file-card');
    return {
      image: img && {
        src: new URL(img.src).pathname, alt: img.alt, width: img.getAttribute('width'), height: img.getAttribute('height'),
        natural: img.naturalWidth, box: img.getBoundingClientRect().height,
        link: new URL(img.closest('a').href).pathname, target: img.closest('a').target, rel: img.closest('a').rel,
      },
      name: card.querySelector('.file-name').textContent,
      meta: card.querySelector('.file-meta').textContent,
      href: new URL(card.href).pathname,
      download: card.getAttribute('download'),
      caption: li.querySelector('.text').textContent,
      markup: li.querySelector('.file').innerHTML,
    };
  });
}

async function downloadFrom(page, seq) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click(`#messages li[data-seq="${seq}"] .file-card`),
  ]);
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

test('an image shows as its thumbnail in a box of its size, opens in a tab, and downloads byte for byte', async () => {
  const bea = await openPage(browser, host.url);
  await joinAs(bea, 'Bea');
  const ann = await ProtocolClient.join(host.port, 'Ann');
  const png = makePng(900, 600);
  const message = await uploadFile(ann, host.port, { name: 'Sunset at the lake.png', bytes: png, caption: 'Look at this' });
  assert.equal(message.file.thumb, true);

  await bea.waitForSelector(`#messages li[data-seq="${message.seq}"] .file img`);
  // The box has the image's shape (280 wide, 900:600) before the thumbnail arrives, and keeps it
  // (within the thumbnail's rounding) after.
  const before = (await fileShown(bea, message.seq)).image.box;
  await bea.waitForFunction((seq) => document.querySelector(`li[data-seq="${seq}"] .file img`).naturalWidth > 0, message.seq);
  const shown = await fileShown(bea, message.seq);
  assert.ok(Math.abs(before - 187) < 1 && Math.abs(shown.image.box - 187) < 1, `${before} then ${shown.image.box}`);
  assert.deepEqual(
    { ...shown.image, natural: shown.image.natural > 0, box: undefined },
    {
      src: `/files/${message.file.id}/thumb`, alt: 'Sunset at the lake.png', width: '280', height: '187',
      natural: true, box: undefined, link: `/files/${message.file.id}/view`, target: '_blank', rel: 'noopener',
    },
  );
  assert.equal(shown.name, 'Sunset at the lake.png');
  assert.equal(shown.caption, 'Look at this');
  assert.equal(shown.href, `/files/${message.file.id}`);

  // Tapping the thumbnail opens the image itself in a new tab.
  const [tab] = await Promise.all([bea.context().waitForEvent('page'), bea.click(`li[data-seq="${message.seq}"] .file img`)]);
  await tab.waitForLoadState();
  assert.equal(new URL(tab.url()).pathname, `/files/${message.file.id}/view`);
  assert.ok(await tab.evaluate(() => document.querySelector('img')?.naturalWidth === 900));
  await tab.close();

  // The Download link goes through the browser's downloads and gets the original bytes.
  const saved = await downloadFrom(bea, message.seq);
  assert.equal(saved.name, 'Sunset at the lake.png');
  assert.equal(sha256(saved.bytes), sha256(png));
  assert.equal(sha256(saved.bytes), message.file.sha256);

  // Someone who joins later gets it in the welcome's history, the same way.
  const cy = await openPage(browser, host.url, { width: 390, height: 844, colorScheme: 'dark' });
  await joinAs(cy, 'Cy');
  await cy.waitForFunction((seq) => document.querySelector(`li[data-seq="${seq}"] .file img`)?.naturalWidth > 0, message.seq);
  assert.equal((await fileShown(cy, message.seq)).image.width, '280');
  await ann.close();
  assertNoProblems(assert, bea, cy);
  await bea.context().close();
  await cy.context().close();
});

test('a file with a hostile name is a card with that name as text', async () => {
  const bea = await openPage(browser, host.url);
  await joinAs(bea, 'Dee');
  const ann = await ProtocolClient.join(host.port, 'Eve');
  const name = '<img src=x onerror=alert(1)>.txt';
  const bytes = Buffer.from('not really a picture\n'.repeat(100));
  const message = await uploadFile(ann, host.port, { name, bytes });
  await bea.waitForSelector(`#messages li[data-seq="${message.seq}"] .file-card`);
  const shown = await fileShown(bea, message.seq);
  assert.equal(shown.image, null);
  assert.equal(shown.name, name);
  assert.equal(shown.meta, '2.1 kB · TXT');
  assert.equal(shown.caption, '');
  assert.equal(shown.download, name);
  assert.doesNotMatch(shown.markup, /<img/);
  // The name made no element: no image asks for "x".
  assert.equal(await bea.$$eval('img', (list) => list.filter((i) => /\/x$/.test(i.src)).length), 0);

  const saved = await downloadFrom(bea, message.seq);
  assert.equal(sha256(saved.bytes), sha256(bytes));
  await ann.close();
  assertNoProblems(assert, bea);
  await bea.context().close();
});
