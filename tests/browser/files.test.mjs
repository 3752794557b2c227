// Files and images in the page (docs/PROTOCOL.md, "Files"): an image someone sends shows as its
// thumbnail in a box of the right size, opens in a new tab, and downloads byte for byte; any other
// file is a card whose name, however hostile, is text; late joiners see them too. The page sends
// files picked or pasted, shows their progress, cancels, resumes after a lost connection, and
// says why the host refused one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import {
  useHostAndBrowser, openPage, joinAs, ProtocolClient, assertNoProblems, gateSocket, startHost, removeDir,
  waitForTexts,
} from './lib/harness.mjs';
import { makePng, sha256, uploadFile, put } from './lib/files.mjs';

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

// Resolves with what `probe` returns once that is truthy (checked every 50 ms, for 15 s).
async function waitFor(probe) {
  for (let waited = 0; waited < 15000; waited += 50) {
    const found = await probe();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`never came: ${probe}`);
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

// ---- sending from the page ----

// The messages with files on a page, in order: [{name, caption, image}].
const filesOn = (page) => page.$$eval('#messages li.msg .file', (list) => list.map((box) => ({
  name: box.querySelector('.file-name').textContent,
  caption: box.closest('li').querySelector('.text').textContent,
  image: !!box.querySelector('img'),
})));

// Slows the page's uploads down (Chromium's network emulation), so one can be watched and stopped.
async function throttleUploads(page, bytesPerSecond) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: bytesPerSecond,
  });
}

test('files picked, pasted or dropped go to the room, the text as the first one’s caption', async () => {
  const ann = await openPage(browser, host.url);
  const bea = await openPage(browser, host.url, { width: 390, height: 844 });
  await joinAs(ann, 'Fay');
  await joinAs(bea, 'Gus');
  const first = makePng(640, 480);
  const second = Buffer.from('minutes of the meeting\n'.repeat(500));
  await ann.fill('#input', 'From this morning');
  await ann.setInputFiles('#file-input', [
    { name: 'whiteboard.png', mimeType: 'image/png', buffer: first },
    { name: 'minutes.txt', mimeType: 'text/plain', buffer: second },
  ]);
  assert.equal(await ann.inputValue('#input'), '');
  const expected = [
    { name: 'whiteboard.png', caption: 'From this morning', image: true },
    { name: 'minutes.txt', caption: '', image: false },
  ];
  // (Files of earlier tests are in the room's history above.)
  for (const page of [ann, bea]) {
    await page.waitForFunction(() => document.querySelector('#messages li.msg:last-child .file-name')?.textContent === 'minutes.txt');
    assert.deepEqual((await filesOn(page)).slice(-2), expected);
  }
  // The sender's own copy may come a moment after the others' (its page waits for its ack).
  await ann.waitForFunction(() => document.querySelectorAll('#pending li').length === 0);
  await bea.waitForFunction(() => document.querySelector('#messages li.msg:nth-last-child(2) .file img')?.naturalWidth > 0);
  const seqs = await bea.$$eval('#messages li.msg', (l) => l.map((li) => li.dataset.seq).slice(-2));
  assert.equal(sha256((await downloadFrom(bea, seqs[0])).bytes), sha256(first));
  assert.equal(sha256((await downloadFrom(bea, seqs[1])).bytes), sha256(second));

  // A screenshot pasted into the message box.
  const pasted = makePng(300, 200);
  await ann.evaluate((bytes) => {
    const data = new DataTransfer();
    data.items.add(new File([new Uint8Array(bytes)], 'image.png', { type: 'image/png' }));
    document.getElementById('input').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, [...pasted]);
  await bea.waitForFunction(() => document.querySelector('#messages li.msg:last-child .file-name')?.textContent === 'image.png');
  const last = await bea.$eval('#messages li.msg:last-child', (li) => li.dataset.seq);
  assert.equal(sha256((await downloadFrom(bea, last)).bytes), sha256(pasted));

  // A file dragged over the chat shows the drop zone; dropped, it is sent.
  const dragged = await ann.evaluateHandle(() => {
    const data = new DataTransfer();
    data.items.add(new File(['dropped on the chat'], 'notes.md', { type: 'text/markdown' }));
    return data;
  });
  await ann.dispatchEvent('#scroller', 'dragenter', { dataTransfer: dragged });
  assert.equal(await ann.isVisible('#drop-zone'), true);
  assert.equal(await ann.textContent('#drop-zone'), 'Drop files here to send them');
  await ann.dispatchEvent('#scroller', 'drop', { dataTransfer: dragged });
  assert.equal(await ann.isVisible('#drop-zone'), false);
  await bea.waitForFunction(() => document.querySelector('#messages li.msg:last-child .file-name')?.textContent === 'notes.md');
  assertNoProblems(assert, ann, bea);
  await ann.context().close();
  await bea.context().close();
});

test('an upload shows its progress and can be cancelled: nobody gets it, and the host forgets it', async () => {
  const ann = await openPage(browser, null);
  const gate = await gateSocket(ann);
  await ann.goto(host.url);
  await joinAs(ann, 'Hal');
  const bea = await openPage(browser, host.url, { width: 390, height: 844 });
  await joinAs(bea, 'Ida');
  const cy = await ProtocolClient.join(host.port, 'Ivo');
  await throttleUploads(ann, 100_000);
  await ann.setInputFiles('#file-input', [{ name: 'big.bin', mimeType: 'application/octet-stream', buffer: Buffer.alloc(3_000_000, 7) }]);
  // "120 kB of 3 MB · 100 kB/s · 29 seconds left"
  await ann.waitForFunction(() => / of 3 MB · [\d.]+ kB\/s · \d+ seconds? left$/.test(document.querySelector('#pending .file-meta')?.textContent));
  assert.ok(await ann.$eval('#pending progress', (bar) => bar.value > 0 && bar.value < bar.max));
  const ready = gate.received.find((m) => m.type === 'upload-ready');
  await ann.click('#pending .file-action');
  assert.equal(await ann.$$eval('#pending li', (l) => l.length), 0);
  const cancel = await waitFor(() => gate.sent.find((m) => m.type === 'upload-cancel'));
  assert.equal(cancel.clientMsgId, ready.clientMsgId);
  // The host forgets the slot: its address takes no more bytes. (Until the cancel has reached the
  // host, it answers 409: the offset is not 0.)
  assert.equal(await waitFor(async () => {
    const { status } = await put(host.port, ready.url, Buffer.alloc(10));
    return status === 403 && status;
  }), 403);
  // Nobody got a message for it, and neither page shows one. (A message sent after it arrives
  // after anything the host could have announced for it.)
  await cy.say('after the cancel');
  for (const page of [ann, bea]) {
    await waitForTexts(page, ['after the cancel']);
    assert.ok(!(await filesOn(page)).some((f) => f.name === 'big.bin'));
  }
  assert.deepEqual(cy.messages().map((m) => m.text), ['after the cancel']);
  await cy.close();
  assertNoProblems(assert, ann, bea);
  await ann.context().close();
  await bea.context().close();
});

test('an upload interrupted by a lost connection goes on from where it was', async () => {
  const ann = await openPage(browser, null);
  const gate = await gateSocket(ann);
  await ann.goto(host.url);
  await joinAs(ann, 'Jo');
  const bea = await ProtocolClient.join(host.port, 'Kim');
  await throttleUploads(ann, 400_000);
  const bytes = randomBytes(2_000_000);
  await ann.setInputFiles('#file-input', [{ name: 'recording.ogg', mimeType: 'audio/ogg', buffer: bytes }]);
  await ann.waitForFunction(() => document.querySelector('#pending progress')?.value > 1_000_000);
  await gate.drop(); // the chat connection breaks; the page reconnects by itself
  await waitFor(() => gate.sent.filter((m) => m.type === 'upload').length === 2);
  const resumed = await waitFor(() => gate.received.filter((m) => m.type === 'upload-ready')[1]);
  assert.ok(resumed.offset > 0, `resumed from ${resumed.offset}`);
  const message = await bea.next((m) => m.type === 'message' && m.file);
  assert.equal(message.file.sha256, sha256(bytes));
  await ann.waitForFunction((seq) => !document.querySelector('#pending li') && document.querySelector(`li[data-seq="${seq}"] .file`), message.seq);
  await bea.close();
  assertNoProblems(assert, ann);
  await ann.context().close();
});

test('a file the host refuses says why on its pending message, until removed', async () => {
  const small = await startHost({ args: ['--max-file-size', '1M'] });
  try {
    const ann = await openPage(browser, small.url);
    await joinAs(ann, 'Ann');
    await ann.fill('#input', 'The whole recording');
    await ann.setInputFiles('#file-input', [{ name: 'recording.wav', mimeType: 'audio/wav', buffer: Buffer.alloc(1_500_000, 1) }]);
    await ann.waitForSelector('#pending .file.failed');
    assert.equal(await ann.textContent('#pending .file-meta'), 'This file is larger than the host accepts.');
    assert.equal(await ann.textContent('#pending .file-action'), 'Remove');
    // The caption is not lost: it is on the message that says why.
    assert.equal(await ann.textContent('#pending .text'), 'The whole recording');
    await ann.click('#pending .file-action');
    assert.equal(await ann.$$eval('#pending li', (l) => l.length), 0);
    assert.equal(await ann.$$eval('#messages li.msg', (l) => l.length), 0);
    assertNoProblems(assert, ann);
    await ann.context().close();
  } finally {
    await small.stop();
    await removeDir(small.dataDir);
  }
});
