import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';

/**
 * Admission control for calls that share an account-wide AWS request quota (GetTranscriptionJob:
 * 20 requests/second per account and region). `acquire` resolves when one call may be sent.
 */
export interface PollLimiter {
  acquire(signal?: AbortSignal): Promise<void>;
}

/** Amazon Transcribe's default GetTranscriptionJob / GetMedicalTranscriptionJob quota. */
export const TRANSCRIBE_GET_QUOTA_PER_SEC = 20;

export interface WindowLimiterOptions {
  /** Calls allowed per one-second window. Default {@link TRANSCRIBE_GET_QUOTA_PER_SEC}. */
  perSecond?: number;
  /**
   * No grants in the last `guardMs` of a window: a call granted at 0.999 s reaches AWS in the next
   * second, where a full window's worth may already be granted. Default 25.
   */
  guardMs?: number;
  /** Extra random wait (0..jitterMs) after a refusal so waiting workers do not stampede. Default 20. */
  jitterMs?: number;
  random?: () => number;
}

interface Decision {
  /** 0 = granted; otherwise milliseconds until the next window opens. */
  waitMs: number;
}

/** Shared waiting loop of both limiters: ask, and on refusal sleep until the next window. */
async function acquireWith(decide: () => Promise<Decision>, jitterMs: number, random: () => number, signal?: AbortSignal): Promise<void> {
  for (;;) {
    signal?.throwIfAborted();
    const { waitMs } = await untilAborted(decide(), signal);
    if (waitMs <= 0) return;
    await sleep(waitMs + Math.floor(random() * jitterMs), undefined, signal ? { signal } : {});
  }
}

/** A Redis call cannot be cancelled, but the caller can stop waiting for it (Redis offline, deadline). */
function untilAborted<T>(p: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return p;
  let onAbort = () => {};
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
  });
  return Promise.race([p, aborted]).finally(() => signal.removeEventListener('abort', onAbort));
}

/**
 * Fixed one-second windows counted in Redis, so every worker on every host shares one budget.
 * Window boundaries come from Redis `TIME`, not the workers' clocks, so skewed hosts agree on
 * which window a call belongs to. One key per window (`<prefix><unix second>`), expiring on its own.
 */
const WINDOW_SCRIPT = `
local t = redis.call('TIME')
local sec = tonumber(t[1])
local ms = math.floor(tonumber(t[2]) / 1000)
local left = 1000 - ms
if left <= tonumber(ARGV[2]) then
  return left
end
local key = KEYS[1] .. sec
local n = redis.call('INCR', key)
if n == 1 then
  redis.call('PEXPIRE', key, 2000)
end
if n <= tonumber(ARGV[1]) then
  return 0
end
return left
`;

export interface RedisPollLimiterOptions extends WindowLimiterOptions {
  redis: Redis;
  /** Namespace of the window keys, e.g. 'quietline:aws-transcribe:get:'. One prefix per quota. */
  keyPrefix: string;
}

export class RedisPollLimiter implements PollLimiter {
  private readonly redis: Redis;
  private readonly keyPrefix: string;
  private readonly perSecond: number;
  private readonly guardMs: number;
  private readonly jitterMs: number;
  private readonly random: () => number;

  constructor(opts: RedisPollLimiterOptions) {
    this.redis = opts.redis;
    this.keyPrefix = opts.keyPrefix;
    this.perSecond = positive(opts.perSecond ?? TRANSCRIBE_GET_QUOTA_PER_SEC);
    this.guardMs = opts.guardMs ?? 25;
    this.jitterMs = opts.jitterMs ?? 20;
    this.random = opts.random ?? Math.random;
  }

  acquire(signal?: AbortSignal): Promise<void> {
    return acquireWith(
      async () => {
        const left = await this.redis.eval(WINDOW_SCRIPT, 1, this.keyPrefix, this.perSecond, this.guardMs);
        return { waitMs: Number(left) };
      },
      this.jitterMs,
      this.random,
      signal,
    );
  }
}

/**
 * The same fixed windows counted in this process only: for tests and single-process installs
 * without Redis. It cannot protect the quota once a second worker process runs.
 */
export class LocalPollLimiter implements PollLimiter {
  private readonly perSecond: number;
  private readonly guardMs: number;
  private readonly jitterMs: number;
  private readonly random: () => number;
  private readonly now: () => number;
  private window = -1;
  private used = 0;

  constructor(opts: WindowLimiterOptions & { now?: () => number } = {}) {
    this.perSecond = positive(opts.perSecond ?? TRANSCRIBE_GET_QUOTA_PER_SEC);
    this.guardMs = opts.guardMs ?? 25;
    this.jitterMs = opts.jitterMs ?? 20;
    this.random = opts.random ?? Math.random;
    this.now = opts.now ?? Date.now;
  }

  acquire(signal?: AbortSignal): Promise<void> {
    return acquireWith(
      () => Promise.resolve(this.decide()),
      this.jitterMs,
      this.random,
      signal,
    );
  }

  private decide(): Decision {
    const t = this.now();
    const sec = Math.floor(t / 1000);
    const left = 1000 - (t % 1000);
    if (left <= this.guardMs) return { waitMs: left };
    if (sec !== this.window) {
      this.window = sec;
      this.used = 0;
    }
    if (this.used < this.perSecond) {
      this.used++;
      return { waitMs: 0 };
    }
    return { waitMs: left };
  }
}

/** No admission control: for unit tests of other behaviour only. */
export const unlimitedPollLimiter: PollLimiter = { acquire: async () => {} };

function positive(n: number): number {
  if (!Number.isInteger(n) || n < 1) throw new RangeError('perSecond must be a positive integer');
  return n;
}
