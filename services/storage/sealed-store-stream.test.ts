/**
 * putSealedStream and list({ startAfter }) against the embedded S3-protocol server: one object's body
 * streamed straight into a sealed copy of another, a body of the wrong length refused with nothing
 * stored, and a listing resumed after a key.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { startEmbeddedS3, type EmbeddedS3 } from './embedded-s3.ts';
import { S3Store } from './s3-store.ts';
import { SEALED_OVERHEAD, SealedStore } from './sealed-store.ts';

let dir: string;
let s3: EmbeddedS3;
let store: S3Store;
let sealed: SealedStore;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ql-sealed-stream-'));
  s3 = await startEmbeddedS3({ dir, port: 0, bucket: 'b' });
  store = new S3Store({ bucket: 'b', region: 'us-east-1', endpoint: s3.endpoint, credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey } });
  sealed = new SealedStore(store, randomBytes(32));
});
after(async () => {
  store?.destroy();
  await s3?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('SealedStore.putSealedStream on the S3 adapter', () => {
  test('an object body streams into a sealed copy that opens to the same bytes', async () => {
    const bytes = randomBytes(3 * 1024 * 1024 + 17);
    await store.put('plain/one', bytes);
    const src = await store.getStream('plain/one');
    assert.ok(src);
    await sealed.putSealedStream('sealed/one', src.body, src.size);
    assert.equal((await store.head('sealed/one'))?.size, bytes.length + SEALED_OVERHEAD);
    assert.deepEqual(await sealed.getSealed('sealed/one'), bytes);
  });

  for (const [label, announced] of [
    ['shorter', 1000],
    ['longer', 800],
  ] as const) {
    test(`a body ${label} than announced fails the upload and stores nothing`, async () => {
      const body = Readable.from([randomBytes(500), randomBytes(400)], { objectMode: false });
      await assert.rejects(sealed.putSealedStream(`sealed/${label}`, body, announced), new RegExp(`stream-${label}-than-announced`));
      // Amazon S3 stores nothing for a PUT whose body is cut off. The embedded server (s3rver) creates the object's
      // file when the PUT starts, so an aborted one may leave a stub behind for a moment; what matters is that
      // nothing of the wrong length ever opens as a sealed object.
      const left = await store.head(`sealed/${label}`);
      if (left !== null) {
        assert.ok(left.size < announced + SEALED_OVERHEAD, `a stub, not a whole object (${left.size} bytes)`);
        await assert.rejects(sealed.getSealed(`sealed/${label}`));
      }
      assert.ok(body.destroyed, 'the source is not left open');
    });
  }
});

describe('S3Store.list startAfter', () => {
  test('resumes after the given key, within the prefix, in key order', async () => {
    for (const k of ['p/a', 'p/b', 'p/c', 'p/d', 'q/a']) await store.put(k, 'x');
    assert.deepEqual((await store.list('p/', { startAfter: 'p/b' })).map((o) => o.key), ['p/c', 'p/d']);
    assert.deepEqual((await store.list('p/', { startAfter: 'p/a', limit: 2 })).map((o) => o.key), ['p/b', 'p/c']);
    assert.deepEqual((await store.list('p/', { startAfter: 'p/d' })).map((o) => o.key), []);
    // A key that no longer exists is still a position.
    assert.deepEqual((await store.list('p/', { startAfter: 'p/bb' })).map((o) => o.key), ['p/c', 'p/d']);
  });

  test('a listing longer than one page (1000 keys) comes whole, or up to its limit, from any start', async () => {
    const keys = Array.from({ length: 1205 }, (_, i) => `many/${String(i).padStart(5, '0')}`);
    for (let i = 0; i < keys.length; i += 50) await Promise.all(keys.slice(i, i + 50).map((k) => store.put(k, 'x')));
    assert.deepEqual((await store.list('many/')).map((o) => o.key), keys);
    assert.deepEqual((await store.list('many/', { limit: 1100 })).map((o) => o.key), keys.slice(0, 1100));
    assert.deepEqual((await store.list('many/', { startAfter: keys[99] })).map((o) => o.key), keys.slice(100));
    assert.deepEqual((await store.list('many/', { startAfter: keys[99], limit: 7 })).map((o) => o.key), keys.slice(100, 107));
  });
});
