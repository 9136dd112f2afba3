import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';

export class LockTimeoutError extends Error {
  override readonly name = 'LockTimeoutError';
  readonly code = 'lock-busy';
  constructor(what: string) {
    super(`lock-busy: ${what}`);
  }
}

const RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

/**
 * Runs `fn` while holding a short Redis lock on one voicemail, so that workers on different hosts
 * don't interleave a read-then-write on its S3 objects. The lock expires by itself if its holder dies.
 */
export async function withVoicemailLock<T>(redis: Redis, prefix: string, name: string, voicemailId: string, fn: () => Promise<T>, opts: { ttlMs?: number; waitMs?: number } = {}): Promise<T> {
  const key = `${prefix}:lock:${name}:${voicemailId}`;
  const token = randomUUID();
  const until = Date.now() + (opts.waitMs ?? 15_000);
  while ((await redis.set(key, token, 'PX', opts.ttlMs ?? 10_000, 'NX')) !== 'OK') {
    if (Date.now() > until) throw new LockTimeoutError(name);
    await new Promise((r) => setTimeout(r, 20 + Math.random() * 30));
  }
  try {
    return await fn();
  } finally {
    await redis.eval(RELEASE, 1, key, token);
  }
}
