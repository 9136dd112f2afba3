import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { deleteRedisPrefix } from '../../test/helpers/redis-keys.ts';
import { LockTimeoutError, withVoicemailLock } from './voicemail-lock.ts';

describe('voicemail lock', () => {
  let a: Redis;
  let b: Redis;
  const prefix = `qltest-lock-${randomUUID().slice(0, 8)}`;

  before(() => {
    a = new Redis('redis://127.0.0.1:6379');
    b = new Redis('redis://127.0.0.1:6379');
  });
  after(async () => {
    await deleteRedisPrefix(a, prefix);
    a.disconnect();
    b.disconnect();
  });

  /** Runs `n` holders at once over the given connections; records overlaps. */
  async function race(conns: Redis[], n: number, id: string): Promise<{ order: number[]; maxInside: number }> {
    let inside = 0;
    let maxInside = 0;
    const order: number[] = [];
    await Promise.all(
      Array.from({ length: n }, (_, i) =>
        withVoicemailLock(conns[i % conns.length]!, prefix, 'test', id, async () => {
          inside++;
          maxInside = Math.max(maxInside, inside);
          // A few real round trips while holding it, so overlapping holders would show.
          for (let k = 0; k < 3; k++) await a.ping();
          order.push(i);
          inside--;
        }),
      ),
    );
    return { order, maxInside };
  }

  it('lets one holder in at a time within a process, in the order they asked', async () => {
    const r = await race([a], 6, 'vm-local');
    assert.equal(r.maxInside, 1);
    assert.deepEqual(r.order, [0, 1, 2, 3, 4, 5]);
  });

  it('lets one holder in at a time across connections (processes)', async () => {
    const r = await race([a, b], 8, 'vm-cross');
    assert.equal(r.maxInside, 1);
    assert.equal(r.order.length, 8);
  });

  it('gives up with lock-busy when the holder keeps it past the wait', async () => {
    await b.set(`${prefix}:lock:test:vm-busy`, 'someone-else', 'PX', 10_000);
    await assert.rejects(
      withVoicemailLock(a, prefix, 'test', 'vm-busy', () => Promise.resolve(), { waitMs: 60 }),
      (err: unknown) => err instanceof LockTimeoutError && err.code === 'lock-busy',
    );
    // A waiter queued behind the one that gave up still gets its turn once the lock is free.
    await b.del(`${prefix}:lock:test:vm-busy`);
    assert.equal(await withVoicemailLock(a, prefix, 'test', 'vm-busy', () => Promise.resolve('ran')), 'ran');
  });

  it('reads the peek key with the lock and writes it with the release', async () => {
    const peek = `${prefix}:peek:vm-peek`;
    const first = await withVoicemailLock(a, prefix, 'test', 'vm-peek', (lock) => {
      lock.writeOnRelease('v1', 60_000);
      return Promise.resolve(lock.peeked);
    }, { peek });
    assert.equal(first, null);
    const second = await withVoicemailLock(b, prefix, 'test', 'vm-peek', (lock) => Promise.resolve(lock.peeked), { peek });
    assert.equal(second, 'v1');
    assert.equal(await a.get(peek), 'v1');
    assert.equal(await a.exists(`${prefix}:lock:test:vm-peek`), 0);
  });

  it('a holder whose lock ran out does not write the peek key: it deletes it', async () => {
    const peek = `${prefix}:peek:vm-expired`;
    await a.set(peek, 'old');
    await withVoicemailLock(a, prefix, 'test', 'vm-expired', async (lock) => {
      // As if the lock expired and another process took it meanwhile.
      await b.set(`${prefix}:lock:test:vm-expired`, 'another-holder', 'PX', 10_000);
      lock.writeOnRelease('stale', 60_000);
    }, { peek });
    assert.equal(await a.get(peek), null);
    // The other holder's lock is left alone.
    assert.equal(await a.get(`${prefix}:lock:test:vm-expired`), 'another-holder');
  });

  it('releases the lock when the work throws, without writing', async () => {
    const peek = `${prefix}:peek:vm-throw`;
    await assert.rejects(
      withVoicemailLock(a, prefix, 'test', 'vm-throw', (lock) => {
        lock.writeOnRelease('never', 60_000);
        return Promise.reject(new Error('boom'));
      }, { peek }),
      /boom/,
    );
    assert.equal(await a.exists(`${prefix}:lock:test:vm-throw`), 0);
    assert.equal(await a.get(peek), null);
  });
});
