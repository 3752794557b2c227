// Files for the browser tests: real images made here, their digests, and uploads the way the
// desktop app makes them (docs/PROTOCOL.md, "Files": upload, upload-ready, HTTP PUT).
import { createHash, randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { crc32, deflateSync } from 'node:zlib';

export const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

// A PNG of width x height with a colour gradient and some noise (so it does not compress to
// nothing), which every image decoder reads.
export function makePng(width, height) {
  const chunk = (type, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 2; // RGB
  const rows = Buffer.alloc((width * 3 + 1) * height);
  let at = 0;
  for (let y = 0; y < height; y++) {
    rows[at++] = 0; // no filter
    for (let x = 0; x < width; x++) {
      rows[at++] = (x * 255) / width;
      rows[at++] = (y * 255) / height;
      rows[at++] = 128 + ((x * 7 + y * 13) % 64);
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0)),
  ]);
}

// An HTTP PUT of `body` to the host, as a desktop client sends it (no Origin). Resolves with
// {status, body}.
export function put(port, path, body, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = request({
      host: '127.0.0.1', port, path, method: 'PUT',
      headers: { 'Content-Length': body.length, ...headers },
    }, (res) => {
      const parts = [];
      res.on('data', (d) => parts.push(d));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(parts).toString() }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

// Sends a file from a ProtocolClient; resolves with the message that announces it.
export async function uploadFile(client, port, { name, bytes, caption }) {
  const clientMsgId = randomUUID();
  const from = client.received.length;
  const ask = { type: 'upload', clientMsgId, name, size: bytes.length };
  if (caption) ask.caption = caption;
  client.send(ask);
  const ready = await client.next((m) => (m.type === 'upload-ready' || m.type === 'error') && m.clientMsgId === clientMsgId, { from });
  if (ready.type !== 'upload-ready') throw new Error(`upload refused: ${JSON.stringify(ready)}`);
  const answer = await put(port, ready.url, bytes);
  if (answer.status !== 200) throw new Error(`PUT answered ${answer.status} ${answer.body}`);
  return client.next((m) => m.type === 'message' && m.clientMsgId === clientMsgId, { from });
}
