import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';

export class LockTimeoutError extends Error {
  override readonly name = 'LockTimeoutError';
  readonly code = 'lock-busy';
  constructor(what: string) {
    super(`lock-busy: ${what}`);
  }
}

/** What the function run under the lock can do besides its own work. */
export interface HeldLock {
  /** The value of `opts.peek`, read in the same round trip that took the lock; null when missing or not asked for. */
  readonly peeked: string | null;
  /**
   * Sets the `opts.peek` key in the same round trip that releases the lock, if the work succeeds. Written only while the
   * lock is still ours; if it expired meanwhile the key is deleted instead (its next holder may have
   * written a newer value), so a reader never trusts a value written outside the lock.
   */
  writeOnRelease(value: string, ttlMs: number): void;
}

// Takes the lock and, when there is a second key, reads it: one round trip instead of two.
const ACQUIRE = `
if not redis.call('set', KEYS[1], ARGV[1], 'PX', ARGV[2], 'NX') then return 0 end
if #KEYS < 2 then return {1} end
local v = redis.call('get', KEYS[2])
if v then return {1, v} end
return {1}`;

// ARGV: token, write ("1"/"0"), value, ttlMs.
const RELEASE = `
local held = redis.call('get', KEYS[1]) == ARGV[1]
if #KEYS > 1 and ARGV[2] == '1' then
  if held then redis.call('set', KEYS[2], ARGV[3], 'PX', ARGV[4]) else redis.call('del', KEYS[2]) end
end
if held then return redis.call('del', KEYS[1]) end
return 0`;

/**
 * Waiters for the same lock in this process queue here and are handed the turn as soon as the one
 * before them finishes: no polling of Redis between them. Only the head of each local queue asks Redis.
 */
const localTails = new Map<string, Promise<void>>();

async function localTurn(key: string, until: number, what: string): Promise<() => void> {
  const queued = localTails.get(key);
  const before = queued ?? Promise.resolve();
  let release!: () => void;
  const mine = new Promise<void>((r) => (release = r));
  const tail = before.then(() => mine);
  localTails.set(key, tail);
  const done = () => {
    release();
    if (localTails.get(key) === tail) localTails.delete(key);
  };
  if (!queued) return done;
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((r) => (timer = setTimeout(() => r('timeout'), Math.max(0, until - Date.now()))));
  const r = await Promise.race([before.then(() => 'turn' as const), timedOut]);
  clearTimeout(timer);
  if (r === 'timeout') {
    // Give up our place without blocking those queued after us: they go on once `before` is done.
    void before.then(done);
    throw new LockTimeoutError(what);
  }
  return done;
}

/**
 * Runs `fn` while holding a short Redis lock on one voicemail, so that workers on different hosts
 * don't interleave a read-then-write on its S3 objects. The lock expires by itself if its holder dies.
 * A holder in another process is waited for by polling, starting at 2 ms and backing off to 25 ms:
 * these locks are held for a few round trips, so a waiter should not sleep far past their release.
 */
export async function withVoicemailLock<T>(
  redis: Redis,
  prefix: string,
  name: string,
  voicemailId: string,
  fn: (lock: HeldLock) => Promise<T>,
  opts: { ttlMs?: number; waitMs?: number; peek?: string } = {},
): Promise<T> {
  const key = `${prefix}:lock:${name}:${voicemailId}`;
  const keys = opts.peek ? [key, opts.peek] : [key];
  const token = randomUUID();
  const until = Date.now() + (opts.waitMs ?? 15_000);
  const leaveLocalQueue = await localTurn(key, until, name);
  try {
    let peeked: string | null = null;
    for (let delay = 2; ; delay = Math.min(25, delay * 1.5)) {
      const got = (await redis.eval(ACQUIRE, keys.length, ...keys, token, opts.ttlMs ?? 10_000)) as 0 | [1, string?];
      if (got !== 0) {
        peeked = got[1] ?? null;
        break;
      }
      if (Date.now() > until) throw new LockTimeoutError(name);
      await new Promise((r) => setTimeout(r, delay * (0.75 + Math.random() * 0.5)));
    }
    let write: { value: string; ttlMs: number } | null = null;
    let ok = false;
    try {
      const result = await fn({ peeked, writeOnRelease: (value, ttlMs) => (write = { value, ttlMs }) });
      ok = true;
      return result;
    } finally {
      // Work that threw may have left things half done: its value is not written.
      const w = ok ? (write as { value: string; ttlMs: number } | null) : null;
      await redis.eval(RELEASE, keys.length, ...keys, token, w ? '1' : '0', w?.value ?? '', w?.ttlMs ?? 0);
    }
  } finally {
    leaveLocalQueue();
  }
}
