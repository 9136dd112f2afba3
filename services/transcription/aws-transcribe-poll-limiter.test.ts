import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createServer, type AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import { LocalPollLimiter, RedisPollLimiter } from './aws-poll-limiter.ts';

function perSecond(times: number[]): number[] {
  const m = new Map<number, number>();
  for (const t of times) m.set(Math.floor(t / 1000), (m.get(Math.floor(t / 1000)) ?? 0) + 1);
  return [...m.values()];
}

describe('LocalPollLimiter', () => {
  test('grants at most perSecond calls in each one-second window', async () => {
    const limiter = new LocalPollLimiter({ perSecond: 3, jitterMs: 5 });
    const granted: number[] = [];
    await Promise.all(Array.from({ length: 7 }, () => limiter.acquire().then(() => granted.push(Date.now()))));
    assert.equal(granted.length, 7);
    const counts = perSecond(granted);
    assert.ok(Math.max(...counts) <= 3, counts.join(','));
    assert.ok(counts.length >= 3);
  });

  test('grants nothing in the guard at the end of a window', async () => {
    const clock = [1_990, 2_001];
    const seen: number[] = [];
    const limiter = new LocalPollLimiter({
      perSecond: 5,
      guardMs: 25,
      jitterMs: 0,
      now: () => {
        const t = clock.shift() ?? 2_002;
        seen.push(t);
        return t;
      },
    });
    await limiter.acquire();
    assert.deepEqual(seen, [1_990, 2_001]);
  });

  test('an aborted wait rejects', async () => {
    const limiter = new LocalPollLimiter({ perSecond: 1, guardMs: 0 });
    await limiter.acquire();
    const ac = new AbortController();
    const waiting = limiter.acquire(ac.signal);
    ac.abort();
    await assert.rejects(waiting, { name: 'AbortError' });
  });

  test('perSecond must be a positive integer', () => {
    assert.throws(() => new LocalPollLimiter({ perSecond: 0 }), RangeError);
    assert.throws(() => new LocalPollLimiter({ perSecond: 2.5 }), RangeError);
  });
});

describe('RedisPollLimiter', () => {
  const prefix = `qltest-${randomUUID().slice(0, 8)}:limiter:`;
  const conns: Redis[] = [];
  const connect = () => {
    const r = new Redis({ host: '127.0.0.1', port: 6379, maxRetriesPerRequest: 3 });
    conns.push(r);
    return r;
  };

  after(async () => {
    const r = conns[0]!;
    const keys = await r.keys(`${prefix}*`);
    if (keys.length) await r.del(...keys);
    assert.deepEqual(await r.keys(`${prefix}*`), []);
    await Promise.all(conns.map((c) => c.quit()));
  });

  test('limiters on separate connections share one budget per Redis second', async () => {
    const limiters = [0, 1, 2].map(() => new RedisPollLimiter({ redis: connect(), keyPrefix: `${prefix}shared:`, perSecond: 4, jitterMs: 10 }));
    const granted: number[] = [];
    await Promise.all(
      Array.from({ length: 12 }, (_, i) => limiters[i % 3]!.acquire().then(() => granted.push(Date.now()))),
    );
    assert.equal(granted.length, 12);
    const counts = perSecond(granted);
    assert.ok(Math.max(...counts) <= 4, counts.join(','));
    assert.ok(counts.includes(4), counts.join(','));
  });

  test('a caller can stop waiting while Redis is unreachable', async () => {
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((r) => probe.close(() => r()));
    const dead = new Redis({ host: '127.0.0.1', port, maxRetriesPerRequest: null, retryStrategy: () => 50, lazyConnect: true });
    dead.on('error', () => {});
    try {
      const limiter = new RedisPollLimiter({ redis: dead, keyPrefix: `${prefix}dead:` });
      const started = Date.now();
      await assert.rejects(limiter.acquire(AbortSignal.timeout(150)), { name: 'TimeoutError' });
      assert.ok(Date.now() - started < 2_000);
    } finally {
      dead.disconnect();
    }
  });

  test('window keys expire on their own', async () => {
    const redis = connect();
    const limiter = new RedisPollLimiter({ redis, keyPrefix: `${prefix}ttl:`, perSecond: 2 });
    await limiter.acquire();
    const keys = await redis.keys(`${prefix}ttl:*`);
    assert.equal(keys.length, 1);
    assert.match(keys[0]!, /:ttl:\d{10}$/);
    const ttl = await redis.pttl(keys[0]!);
    assert.ok(ttl > 0 && ttl <= 2_000, `pttl ${ttl}`);
  });
});
