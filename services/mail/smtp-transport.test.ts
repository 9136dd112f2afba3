import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createConnection, createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitFor } from '../../test/helpers/wait.ts';
import { startSmtpSink, type SmtpSink } from './smtp-sink.ts';
import { SmtpTransport } from './smtp-transport.ts';

/** A 7-bit CRLF message of about `bytes` bytes, with a unique marker in its subject. */
function message(bytes: number, marker: string): Buffer {
  const head = `From: q@clinic.test\r\nTo: r@clinic.test\r\nSubject: ${marker}\r\nMIME-Version: 1.0\r\n\r\n`;
  const body = (randomBytes(Math.ceil((bytes * 3) / 4)).toString('base64').match(/.{1,76}/g) ?? []).join('\r\n');
  return Buffer.from(`${head}${body}\r\n`, 'latin1');
}

describe('SmtpTransport', () => {
  let dir: string;
  let sink: SmtpSink;
  let transport: SmtpTransport;
  // A TCP pass-through in front of the sink that counts the connections the transport opens.
  let proxy: Server;
  let connections = 0;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ql-smtp-'));
    sink = await startSmtpSink({ dir, port: 0 });
    proxy = createServer((client) => {
      connections++;
      const upstream = createConnection(sink.port, '127.0.0.1');
      client.pipe(upstream).pipe(client);
      client.on('error', () => upstream.destroy());
      upstream.on('error', () => client.destroy());
    });
    await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
    const { port } = proxy.address() as { port: number };
    transport = new SmtpTransport({ url: `smtp://127.0.0.1:${port}` });
  });
  after(async () => {
    transport.close();
    await new Promise((r) => proxy.close(r));
    await sink.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function received(marker: string): Promise<Buffer> {
    return waitFor(`message ${marker}`, 10_000, async () => {
      for (const f of await readdir(dir)) {
        if (!f.endsWith('.eml')) continue;
        const b = await readFile(join(dir, f));
        if (b.includes(marker)) return b;
      }
      return null;
    });
  }

  it('sends small messages over the pool and large ones over a connection of their own, byte for byte', async () => {
    const small = [message(20_000, 'marker-small-1'), message(30_000, 'marker-small-2')];
    for (const raw of small) assert.match((await transport.send({ from: 'q@clinic.test', to: 'r@clinic.test', raw })).response, /^250/);
    assert.equal(connections, 1, 'the pool reuses its connection');
    const large = [message(3_000_000, 'marker-large-1'), message(1_500_000, 'marker-large-2')];
    for (const raw of large) assert.match((await transport.send({ from: 'q@clinic.test', to: 'r@clinic.test', raw })).response, /^250/);
    assert.equal(connections, 3, 'each large message opens (and closes) its own');
    assert.deepEqual(await received('marker-small-1'), small[0]);
    assert.deepEqual(await received('marker-small-2'), small[1]);
    assert.deepEqual(await received('marker-large-1'), large[0]);
    assert.deepEqual(await received('marker-large-2'), large[1]);
  });

  it('reports an unreachable relay as a temporary failure, for large messages too', async () => {
    const dead = new SmtpTransport({ url: 'smtp://127.0.0.1:1' });
    try {
      await assert.rejects(dead.send({ from: 'q@clinic.test', to: 'r@clinic.test', raw: message(2_000_000, 'x') }), { name: 'MailTemporaryError' });
      await assert.rejects(dead.send({ from: 'q@clinic.test', to: 'r@clinic.test', raw: message(1_000, 'y') }), { name: 'MailTemporaryError' });
    } finally {
      dead.close();
    }
  });
});
