import { Redis, type RedisOptions } from 'ioredis';

/**
 * Redis connections as BullMQ wants them. Workers block on Redis, so they must never give up on a
 * command (`maxRetriesPerRequest: null`); producers fail fast instead of queueing while offline.
 * rediss:// URLs turn on TLS; ACL users come from the URL's user name.
 */
export function redisOptions(url: string, role: 'worker' | 'producer'): RedisOptions {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 6379),
    username: u.username ? decodeURIComponent(u.username) : undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db: u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0,
    ...(u.protocol === 'rediss:' ? { tls: { servername: u.hostname } } : {}),
    maxRetriesPerRequest: role === 'worker' ? null : 3,
    enableOfflineQueue: role === 'worker',
    retryStrategy: (times) => Math.min(200 * 2 ** Math.min(times, 6), 5_000),
    connectionName: `quietline-${role}`,
  };
}

export async function connectRedis(url: string, role: 'worker' | 'producer'): Promise<Redis> {
  const r = new Redis({ ...redisOptions(url, role), lazyConnect: true });
  await r.connect();
  return r;
}
