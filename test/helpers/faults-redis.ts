/**
 * A private redis-server for one test: AOF on, no RDB snapshots, data in `dir`. It can be shut down
 * (SHUTDOWN, which fsyncs the AOF) and started again on the same port with the same data, and keeps
 * fault tests independent of whatever else uses the shared Redis.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdir } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import { waitFor } from './wait.ts';

export interface RedisServerProcess {
  readonly port: number;
  readonly url: string;
  readonly dir: string;
  readonly running: boolean;
  /** SHUTDOWN (AOF fsynced), then waits for the process to exit. */
  shutdown(): Promise<void>;
  /** Starts redis-server again on the same port and data dir; resolves once it answers PING. */
  start(): Promise<void>;
  /** Shuts down if running. */
  close(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const s = createServer();
  s.listen(0, '127.0.0.1');
  await once(s, 'listening');
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

async function ping(port: number): Promise<boolean> {
  const r = new Redis({ host: '127.0.0.1', port, lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, enableOfflineQueue: false });
  r.on('error', () => undefined);
  try {
    await r.connect();
    return (await r.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    r.disconnect();
  }
}

export async function startRedisServer(dir: string): Promise<RedisServerProcess> {
  await mkdir(dir, { recursive: true });
  const port = await freePort();
  let child: ChildProcess | null = null;
  let exited: Promise<unknown> = Promise.resolve();

  const start = async () => {
    if (child) return;
    const c = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--appendonly', 'yes', '--dir', dir, '--save', '', '--daemonize', 'no', '--logfile', ''], {
      stdio: ['ignore', 'ignore', 'ignore'],
    });
    child = c;
    exited = once(c, 'exit');
    void exited.then(() => {
      if (child === c) child = null;
    });
    await waitFor(`redis-server on port ${port}`, 15_000, async () => {
      if (c.exitCode !== null) throw new Error(`redis-server exited with ${c.exitCode}`);
      return (await ping(port)) ? true : null;
    }, 50);
  };

  const shutdown = async () => {
    const c = child;
    if (!c) return;
    const r = new Redis({ host: '127.0.0.1', port, maxRetriesPerRequest: 0, retryStrategy: () => null });
    r.on('error', () => undefined);
    // The server closes the connection instead of answering; that is the success case.
    await r.call('SHUTDOWN').catch(() => undefined);
    r.disconnect();
    await exited;
    child = null;
  };

  await start();
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    dir,
    get running() {
      return child !== null;
    },
    shutdown,
    start,
    close: shutdown,
  };
}
