import type { AppContext } from '../runtime/context.ts';

export type Dependency = 'redis' | 's3' | 'smtp';
export interface DependencyHealth {
  ok: boolean;
  /** Milliseconds the probe took. */
  ms: number;
  /** PHI-free reason code when not ok. */
  error?: string;
}
export type HealthReport = Record<Dependency, DependencyHealth>;

const PROBE_TIMEOUT_MS = 3_000;

class ProbeTimeoutError extends Error {
  override readonly name = 'ProbeTimeoutError';
}

async function probe(fn: () => Promise<unknown>, failure: string): Promise<DependencyHealth> {
  const started = Date.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      fn(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new ProbeTimeoutError()), PROBE_TIMEOUT_MS);
      }),
    ]);
    return { ok: true, ms: Date.now() - started };
  } catch (err) {
    // Driver messages can echo hosts or credentials in URLs; only a code goes out.
    return { ok: false, ms: Date.now() - started, error: err instanceof ProbeTimeoutError ? `${failure}-timeout` : failure };
  } finally {
    clearTimeout(timer);
  }
}

export async function checkHealth(ctx: Pick<AppContext, 'redis' | 'store' | 'transport'>): Promise<HealthReport> {
  const [redis, s3, smtp] = await Promise.all([
    probe(() => ctx.redis.ping(), 'redis-unreachable'),
    probe(() => ctx.store.ping(), 's3-unreachable'),
    probe(() => ctx.transport.verify(), 'smtp-unreachable'),
  ]);
  return { redis, s3, smtp };
}

/**
 * Several browser tabs and a Prometheus scrape would otherwise each open an SMTP session every
 * few seconds; one probe result is shared for `ttlMs`.
 */
export function cachedHealth(ctx: Pick<AppContext, 'redis' | 'store' | 'transport'>, ttlMs = 10_000): (maxAgeMs?: number) => Promise<HealthReport> {
  let current: { at: number; report: Promise<HealthReport> } | null = null;
  return (maxAgeMs = ttlMs) => {
    const now = Date.now();
    if (!current || now - current.at > maxAgeMs) current = { at: now, report: checkHealth(ctx) };
    return current.report;
  };
}
