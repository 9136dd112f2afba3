import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { ObjectStore, ObjectStream } from './object-store.ts';
import { SEALED_OVERHEAD, SealedObjectError, SealedStore } from './sealed-store.ts';
import { startEmbeddedS3, type EmbeddedS3 } from './embedded-s3.ts';
import { S3Store } from './s3-store.ts';

/** Objects in memory, handed out in chunks of `chunkBytes` (to cut the layout at every possible place). */
function memoryStore(chunkBytes: () => number): ObjectStore & { objects: Map<string, Buffer> } {
  const objects = new Map<string, Buffer>();
  const chunked = (b: Buffer): Readable => {
    const parts: Buffer[] = [];
    for (let at = 0; at < b.length; ) {
      const n = Math.max(1, chunkBytes());
      parts.push(b.subarray(at, at + n));
      at += n;
    }
    return Readable.from(parts, { objectMode: false });
  };
  const collect = async (body: Readable): Promise<Buffer> => {
    const parts: Buffer[] = [];
    for await (const c of body as AsyncIterable<Buffer>) parts.push(c);
    return Buffer.concat(parts);
  };
  return {
    objects,
    put: (key, body) => {
      objects.set(key, Buffer.from(body));
      return Promise.resolve();
    },
    putFile: async (key, path) => void objects.set(key, await readFile(path)),
    putStream: async (key, body, size) => {
      const b = await collect(body);
      assert.equal(b.length, size, 'putStream size matches the body');
      objects.set(key, b);
    },
    get: (key) => Promise.resolve(objects.get(key) ?? null),
    getStream: (key): Promise<ObjectStream | null> => {
      const b = objects.get(key);
      return Promise.resolve(b ? { body: chunked(b), size: b.length, etag: 'e', metadata: {} } : null);
    },
    head: () => Promise.resolve(null),
    list: () => Promise.resolve([]),
    delete: (key) => {
      objects.delete(key);
      return Promise.resolve();
    },
    ping: () => Promise.resolve(),
  };
}

let dir: string;
let scratch: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ql-sealed-test-'));
  scratch = join(dir, 'scratch');
  await mkdir(scratch);
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

const KEY = randomBytes(32);

async function expectSealedError(p: Promise<unknown>, message?: string): Promise<void> {
  await assert.rejects(p, (err: unknown) => {
    assert.ok(err instanceof SealedObjectError, `a SealedObjectError, got ${String(err)}`);
    if (message) assert.equal(err.message, message);
    return true;
  });
}

describe('SealedStore streaming (chunks cut everywhere)', () => {
  for (const [label, size] of [['1-byte chunks', () => 1], ['7-byte chunks', () => 7], ['random chunks', () => 1 + Math.floor(Math.random() * 40)], ['64 KiB chunks', () => 65536]] as const) {
    test(`${label}: file → sealed → file and → buffer are the original bytes`, async () => {
      const store = memoryStore(size);
      const sealed = new SealedStore(store, KEY);
      // Tiny chunks over a long object only cost time: the cut positions are all met within 100 bytes.
      for (const len of label === '1-byte chunks' ? [0, 1, 15, 16, 17, 33, 100] : [0, 1, 15, 16, 17, 100, 70_000]) {
        const plain = join(dir, `plain-${len}`);
        const bytes = randomBytes(len);
        await writeFile(plain, bytes);
        await sealed.putSealedFile(`k/${len}`, plain);
        assert.equal(store.objects.get(`k/${len}`)!.length, len + SEALED_OVERHEAD);
        const out = join(scratch, `out-${len}`);
        assert.equal(await sealed.getSealedToFile(`k/${len}`, out), true);
        assert.deepEqual(await readFile(out), bytes, `${label} ${len} to file`);
        assert.equal((await stat(out)).mode & 0o777, 0o600, 'plaintext file is private');
        await rm(out);
        assert.deepEqual(await sealed.getSealed(`k/${len}`), bytes, `${label} ${len} to buffer`);
      }
    });
  }

  test('objects sealed whole (QLS1) open streaming, and streamed ones open whole', async () => {
    const store = memoryStore(() => 5);
    const sealed = new SealedStore(store, KEY);
    const bytes = randomBytes(5000);
    await sealed.putSealed('old', bytes);
    const out = join(scratch, 'old');
    assert.equal(await sealed.getSealedToFile('old', out), true);
    assert.deepEqual(await readFile(out), bytes);
    await rm(out);

    const plain = join(dir, 'plain-compat');
    await writeFile(plain, bytes);
    await sealed.putSealedFile('new', plain);
    assert.equal(store.objects.get('new')!.subarray(0, 4).toString('latin1'), 'QLS1');
    assert.deepEqual(sealed.open(store.objects.get('new')!, 'new'), bytes);
  });

  test('a missing object: false, and no file', async () => {
    const sealed = new SealedStore(memoryStore(() => 10), KEY);
    assert.equal(await sealed.getSealedToFile('nope', join(scratch, 'nope')), false);
    assert.equal(await sealed.getSealed('nope'), null);
    assert.deepEqual(await readdir(scratch), []);
  });

  test('tampered, truncated, re-keyed or moved objects fail, and leave no plaintext file', async () => {
    const store = memoryStore(() => 1000);
    const sealed = new SealedStore(store, KEY);
    const plain = join(dir, 'plain-tamper');
    await writeFile(plain, randomBytes(10_000));
    await sealed.putSealedFile('good', plain);
    const good = store.objects.get('good')!;
    const variants: [string, Buffer, string, string][] = [];
    for (const at of [20, 5000, good.length - 17, good.length - 1]) {
      const b = Buffer.from(good);
      b[at]! ^= 0x01;
      variants.push([`bit flipped at ${at}`, b, 'good', 'sealed-object-auth-failed']);
    }
    variants.push(['cut short', good.subarray(0, good.length - 100), 'good', 'sealed-object-auth-failed']);
    variants.push(['cut inside the header', good.subarray(0, 10), 'good', 'sealed-object-malformed']);
    variants.push(['not sealed at all', Buffer.from('plain text, no magic here at all'), 'good', 'sealed-object-malformed']);
    variants.push(['copied to another key', good, 'other', 'sealed-object-auth-failed']);
    for (const [what, bytes, key, code] of variants) {
      store.objects.set(key, bytes);
      const out = join(scratch, 'out');
      await expectSealedError(sealed.getSealedToFile(key, out), code);
      assert.deepEqual(await readdir(scratch), [], `${what}: no temp file left`);
      await expectSealedError(sealed.getSealed(key));
    }
    store.objects.set('good', good);
    const otherKey = new SealedStore(store, randomBytes(32));
    await expectSealedError(otherKey.getSealedToFile('good', join(scratch, 'out')), 'sealed-object-auth-failed');
    assert.deepEqual(await readdir(scratch), []);
  });

  test('never writes through a file that is already there', async () => {
    const sealed = new SealedStore(memoryStore(() => 100), KEY);
    await sealed.putSealed('x', Buffer.from('secret'));
    const existing = join(dir, 'existing');
    await writeFile(existing, 'keep me');
    await assert.rejects(sealed.getSealedToFile('x', existing));
    assert.equal(await readFile(existing, 'utf8'), 'keep me');
  });
});

describe('SealedStore on the S3 adapter (embedded S3 server)', () => {
  let s3: EmbeddedS3;
  let store: S3Store;
  before(async () => {
    s3 = await startEmbeddedS3({ dir: join(dir, 's3'), port: 0, bucket: 'b' });
    store = new S3Store({ bucket: 'b', region: 'us-east-1', endpoint: s3.endpoint, credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey } });
  });
  after(async () => {
    store?.destroy();
    await s3?.close();
  });

  test('a 3 MB file streams in and out; get() and getStream() report its bytes', async () => {
    const sealed = new SealedStore(store, KEY);
    const bytes = randomBytes(3 * 1024 * 1024 + 5);
    const plain = join(dir, 'big');
    await writeFile(plain, bytes);
    await sealed.putSealedFile('voicemails/x/source.sealed', plain);
    const head = await store.head('voicemails/x/source.sealed');
    assert.equal(head?.size, bytes.length + SEALED_OVERHEAD);
    const out = join(scratch, 'big');
    assert.equal(await sealed.getSealedToFile('voicemails/x/source.sealed', out), true);
    assert.ok((await readFile(out)).equals(bytes));
    await rm(out);
    assert.ok((await sealed.getSealed('voicemails/x/source.sealed'))!.equals(bytes));

    await store.put('plain', bytes);
    assert.ok((await store.get('plain'))!.equals(bytes));
    const s = await store.getStream('plain');
    assert.equal(s?.size, bytes.length);
    s?.body.destroy();
    assert.equal(await store.get('missing'), null);
    assert.equal(await store.getStream('missing'), null);
  });

  test('tampered in the bucket: refused, no temp file', async () => {
    const sealed = new SealedStore(store, KEY);
    await sealed.putSealed('t', randomBytes(200_000));
    const b = (await store.get('t'))!;
    b[100_000]! ^= 0x80;
    await store.put('t', b);
    await expectSealedError(sealed.getSealedToFile('t', join(scratch, 't')), 'sealed-object-auth-failed');
    assert.deepEqual(await readdir(scratch), []);
  });
});
