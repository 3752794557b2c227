// Takes screenshots of a lively room for docs/screenshots/: phone (390x844) and desktop
// (1280x800), light and dark; then, once a photo and a document are shared, the same room with
// them (browser-files-*). Run: TINCAN_BIN=build/app/tincan node tests/browser/screenshot.mjs
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startHost, removeDir, launchBrowser, openPage, joinAs, waitForTexts, sendFromPage, ProtocolClient } from './lib/harness.mjs';
import { makePng, uploadFile } from './lib/files.mjs';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'screenshots');

const script = [
  ['Maya', 'Morning all! Is the projector in room 2 working again?'],
  ['Jonas', 'Yes, IT swapped the cable yesterday.'],
  ['Jonas', 'Slides for the 10:00 are on the shared drive as usual.'],
  ['Priya', 'Thanks! I put the agenda here: https://intranet.example/agenda/2025-11-26'],
  ['Sam', 'Great, I will bring the demo laptop 💻'],
  ['Tomás', 'Can someone order lunch for 8? Pizza or the Thai place 🍕🍜'],
  ['Maya', 'Thai please. Last time the pizza arrived cold.'],
  ['Priya', 'Thai 👍'],
  ['Sam', 'Thai works for me too.\nI can collect it at 12:30.'],
  ['Jonas', '@Sam could you bring the HDMI adapter as well?'],
  ['Li Wei', 'Count me in as well, شكرا!'],
];

async function main() {
  const host = await startHost({ room: 'Design team' });
  const browser = await launchBrowser();
  try {
    const clients = {};
    for (const name of ['Maya', 'Jonas', 'Priya', 'Tomás', 'Li Wei', 'Aisha']) {
      clients[name] = await ProtocolClient.join(host.port, name);
    }
    const texts = [];
    const shots = [
      ['browser-phone', 390, 844, 'light'], ['browser-desktop', 1280, 800, 'light'],
      ['browser-phone-dark', 390, 844, 'dark'], ['browser-desktop-dark', 1280, 800, 'dark'],
    ];
    let sam = null;
    for (const [who, text] of script) {
      if (who === 'Sam') {
        if (!sam) {
          sam = await openPage(browser, host.url, { width: 1280, height: 800 });
          await joinAs(sam, 'Sam');
        }
        await sendFromPage(sam, text);
      } else {
        await clients[who].say(text);
      }
      texts.push(text);
    }
    await sam.context().close();
    await mkdir(outDir, { recursive: true });
    // Each shot joins as Sam in a fresh page, waits for `ready`, and takes the picture.
    const takeShots = async (list, ready, after = () => {}) => {
      for (const [name, width, height, colorScheme] of list) {
        const page = await openPage(browser, host.url, { width, height, colorScheme });
        await page.evaluate(() => {
          localStorage.setItem('tincan.nick', 'Sam');
        });
        await joinAs(page, 'Sam');
        await ready(page);
        await page.evaluate(() => document.getElementById('input').blur());
        await page.mouse.move(0, 0); // nothing looks hovered
        await page.screenshot({ path: join(outDir, `${name}.png`) });
        after();
        await page.context().close();
      }
    };
    await takeShots(shots, async (page) => {
      await waitForTexts(page, texts);
      clients.Aisha.send({ type: 'typing', on: true });
      await page.waitForFunction(() => document.getElementById('typing').textContent.includes('Aisha'));
    }, () => clients.Aisha.send({ type: 'typing', on: false }));
    // Files: a photo with a caption, and a document.
    await uploadFile(clients.Jonas, host.port, { name: 'room-2-layout.png', bytes: makePng(1200, 800), caption: 'This is how room 2 looks now.' });
    await uploadFile(clients.Priya, host.port, { name: 'Agenda 26 November.pdf', bytes: Buffer.alloc(184_320, 'agenda ') });
    await takeShots([['browser-files-phone', 390, 844, 'light'], ['browser-files-desktop', 1280, 800, 'light'],
      ['browser-files-phone-dark', 390, 844, 'dark']], async (page) => {
      await page.waitForFunction(() => document.querySelector('.file img')?.naturalWidth > 0);
    });
    // A phone sending a photo: its progress, speed and time left, and Cancel. (Uploads slowed
    // down by Chromium's network emulation, so the picture catches one on its way.)
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const phone = await context.newPage();
    await phone.goto(host.url);
    await joinAs(phone, 'Sam');
    const cdp = await context.newCDPSession(phone);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: 250_000 });
    await phone.setInputFiles('#file-input', [{ name: 'IMG_2041.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(4_200_000, 'jpeg') }]);
    await phone.waitForFunction(() => / left$/.test(document.querySelector('#pending .file-meta')?.textContent));
    await phone.screenshot({ path: join(outDir, 'browser-upload-phone.png') });
    await context.close();
    for (const c of Object.values(clients)) await c.close();
  } finally {
    await browser.close();
    await host.stop();
    await removeDir(host.dataDir);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
