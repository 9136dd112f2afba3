import type { RateLimit } from './options.ts';

interface Bucket {
  tokens: number;
  at: number;
}

export type TakeResult = { ok: true } | { ok: false; retryAfterSec: number };

/**
 * In-memory token buckets, one per key. Per process: with several intake processes behind a load
 * balancer each enforces its own share, which is enough to stop a runaway client.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly limit: RateLimit,
    private readonly maxKeys = 10_000,
  ) {
    if (!(limit.capacity >= 1) || !(limit.refillPerSec > 0)) throw new RangeError('rate-limit-invalid');
  }

  private current(key: string, now: number): Bucket {
    const b = this.buckets.get(key);
    if (!b) return { tokens: this.limit.capacity, at: now };
    const tokens = Math.min(this.limit.capacity, b.tokens + ((now - b.at) / 1000) * this.limit.refillPerSec);
    return { tokens, at: now };
  }

  private refusal(b: Bucket): TakeResult {
    return { ok: false, retryAfterSec: Math.max(1, Math.ceil((1 - b.tokens) / this.limit.refillPerSec)) };
  }

  /** Whether a request would be allowed now, without spending a token. */
  peek(key: string, now = Date.now()): TakeResult {
    const b = this.current(key, now);
    return b.tokens >= 1 ? { ok: true } : this.refusal(b);
  }

  take(key: string, now = Date.now()): TakeResult {
    const b = this.current(key, now);
    if (b.tokens < 1) {
      this.buckets.set(key, b);
      return this.refusal(b);
    }
    b.tokens -= 1;
    if (!this.buckets.has(key) && this.buckets.size >= this.maxKeys) this.evictFull(now);
    this.buckets.set(key, b);
    return { ok: true };
  }

  /** Buckets that have refilled completely carry no state worth keeping. */
  private evictFull(now: number): void {
    for (const [k] of this.buckets) {
      if (this.current(k, now).tokens >= this.limit.capacity) this.buckets.delete(k);
    }
    if (this.buckets.size >= this.maxKeys) {
      const oldest = this.buckets.keys().next();
      if (!oldest.done) this.buckets.delete(oldest.value);
    }
  }
}
