/**
 * Reading and removing a test's Redis keys, for PHI sweeps and clean-up: one implementation for every
 * test stack (stack.ts, faults-stack.ts, dashboard-context.ts, bench/lib/bench-stack.ts) and the
 * whole-suite canary sweep. Values are read as bytes (latin1), so nothing binary is lost or mangled.
 */
import { Redis } from 'ioredis';

type RedisLike = Redis | string;

async function withRedis<T>(target: RedisLike, fn: (r: Redis) => Promise<T>): Promise<T> {
  if (typeof target !== 'string') return fn(target);
  const r = new Redis(target, { lazyConnect: false, maxRetriesPerRequest: 3 });
  r.on('error', () => undefined);
  try {
    return await fn(r);
  } finally {
    r.disconnect();
  }
}

/** Every key matching `pattern` (SCAN, so a busy shared Redis is not blocked). */
export async function scanKeys(target: RedisLike, pattern: string): Promise<string[]> {
  return withRedis(target, async (r) => {
    const found = new Set<string>();
    let cursor = '0';
    do {
      const [next, batch] = await r.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
      cursor = next;
      for (const k of batch) found.add(k);
    } while (cursor !== '0');
    return [...found].sort();
  });
}

export interface RedisEntry {
  key: string;
  type: string;
  /** The value as text: strings as they are, collections as JSON of their members (bytes as latin1). */
  value: string;
}

const text = (b: Buffer | null | undefined) => (b ? b.toString('latin1') : '');

async function readValue(r: Redis, key: string, type: string): Promise<string> {
  switch (type) {
    case 'string':
      return text(await r.getBuffer(key));
    case 'hash': {
      const h = await r.hgetallBuffer(key);
      return JSON.stringify(Object.fromEntries(Object.entries(h).map(([f, v]) => [f, text(v)])));
    }
    case 'list':
      return JSON.stringify((await r.lrangeBuffer(key, 0, -1)).map(text));
    case 'set':
      return JSON.stringify((await r.smembersBuffer(key)).map(text));
    case 'zset':
      return JSON.stringify((await r.zrangeBuffer(key, 0, -1, 'WITHSCORES')).map(text));
    case 'stream':
      return JSON.stringify((await r.xrangeBuffer(key, '-', '+')).map(([id, fields]) => [text(id), fields.map(text)]));
    case 'none':
      return ''; // expired between SCAN and TYPE
    default:
      // A module type (or one added later): DUMP still gives its bytes.
      return text(await r.dumpBuffer(key));
  }
}

/** Every key matching `pattern` with its type and value. */
export async function readRedisEntries(target: RedisLike, pattern: string): Promise<RedisEntry[]> {
  return withRedis(target, async (r) => {
    const out: RedisEntry[] = [];
    for (const key of await scanKeys(r, pattern)) {
      const type = await r.type(key);
      out.push({ key, type, value: await readValue(r, key, type) });
    }
    return out;
  });
}

/** Keys and values as one text (key line, then value line), the form the per-test PHI checks search. */
export function redisEntriesText(entries: RedisEntry[]): string {
  return entries.flatMap((e) => [e.key, e.value]).join('\n');
}

/** Every key of a queue prefix with its contents, as text. */
export async function dumpRedisPrefix(target: RedisLike, prefix: string): Promise<string> {
  return redisEntriesText(await readRedisEntries(target, `${prefix}:*`));
}

/** Deletes every key matching `pattern`; returns how many there were. */
export async function deleteRedisKeys(target: RedisLike, pattern: string): Promise<number> {
  return withRedis(target, async (r) => {
    const found = await scanKeys(r, pattern);
    for (let i = 0; i < found.length; i += 500) await r.del(...found.slice(i, i + 500));
    return found.length;
  });
}

/** Deletes every key of a queue prefix. */
export function deleteRedisPrefix(target: RedisLike, prefix: string): Promise<number> {
  return deleteRedisKeys(target, `${prefix}:*`);
}
