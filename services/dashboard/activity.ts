import type { Redis } from 'ioredis';

/**
 * PHI-free activity the dashboard cannot read from BullMQ itself: when each practice last received
 * a voicemail, end-to-end latencies, and delivery outcomes. Identifiers, timestamps and counts
 * only. Kept in Redis beside the queues so every process (and every dashboard) sees the same.
 */

const DAY_MS = 86_400_000;
/** Latencies are kept a day: enough for "last hour" and for a dashboard restarted mid-day. */
const LATENCY_RETENTION_MS = DAY_MS;

export const DELIVERY_OUTCOMES = ['delivered', 'failed', 'skipped'] as const;
export type DeliveryOutcome = (typeof DELIVERY_OUTCOMES)[number];

export const activityKeys = (prefix: string) => ({
  /** hash practiceId -> ms of the newest voicemail received. */
  lastReceived: `${prefix}:dashboard:last-received`,
  /** zset score = completedAt ms, member = "voicemailId|practiceId|mailboxId|latencyMs|delivered|failed". */
  completions: `${prefix}:dashboard:completions`,
  /** hash outcome -> count since the counters were created. */
  deliveries: `${prefix}:dashboard:deliveries`,
});

const ID = /^[A-Za-z0-9_-]{1,80}$/;

/** An identifier that is not one would end up on the dashboard; refuse it here, not there. */
export class ActivityIdError extends Error {
  override readonly name = 'ActivityIdError';
  readonly code = 'activity-id-invalid';
  constructor(field: string) {
    super(`activity-id-invalid: ${field} is not an identifier`);
  }
}

function checkIds(ids: Record<string, string>): void {
  for (const [field, v] of Object.entries(ids)) if (!ID.test(v)) throw new ActivityIdError(field);
}

// Only moves forward, so a late-registered old voicemail does not hide a newer one.
const SET_IF_NEWER = `
local cur = redis.call('HGET', KEYS[1], ARGV[1])
if (not cur) or tonumber(cur) < tonumber(ARGV[2]) then redis.call('HSET', KEYS[1], ARGV[1], ARGV[2]) end
return 1`;

export async function recordReceived(
  redis: Redis,
  prefix: string,
  e: { voicemailId: string; practiceId: string; mailboxId: string; at: Date },
): Promise<void> {
  checkIds({ voicemailId: e.voicemailId, practiceId: e.practiceId, mailboxId: e.mailboxId });
  await redis.eval(SET_IF_NEWER, 1, activityKeys(prefix).lastReceived, e.practiceId, String(e.at.getTime()));
}

export async function recordCompleted(
  redis: Redis,
  prefix: string,
  e: { voicemailId: string; practiceId: string; mailboxId: string; receivedAt: Date; completedAt: Date; delivered: number; failed: number },
): Promise<void> {
  checkIds({ voicemailId: e.voicemailId, practiceId: e.practiceId, mailboxId: e.mailboxId });
  const completedMs = e.completedAt.getTime();
  const latencyMs = Math.max(0, completedMs - e.receivedAt.getTime());
  const member = [e.voicemailId, e.practiceId, e.mailboxId, latencyMs, Math.trunc(e.delivered), Math.trunc(e.failed)].join('|');
  const key = activityKeys(prefix).completions;
  await redis
    .multi()
    .zadd(key, completedMs, member)
    .zremrangebyscore(key, '-inf', `(${Date.now() - LATENCY_RETENTION_MS}`)
    .pexpire(key, LATENCY_RETENTION_MS * 2)
    .exec();
}

export async function recordDeliveryOutcome(redis: Redis, prefix: string, outcome: DeliveryOutcome): Promise<void> {
  if (!DELIVERY_OUTCOMES.includes(outcome)) throw new ActivityIdError('outcome');
  await redis.hincrby(activityKeys(prefix).deliveries, outcome, 1);
}

export interface Completion {
  voicemailId: string;
  practiceId: string;
  mailboxId: string;
  completedAt: number;
  latencyMs: number;
  delivered: number;
  failed: number;
}

function parseCompletion(member: string, score: string): Completion | null {
  const [voicemailId, practiceId, mailboxId, latency, delivered, failed] = member.split('|');
  if (!voicemailId || !practiceId || !mailboxId) return null;
  return {
    voicemailId,
    practiceId,
    mailboxId,
    completedAt: Number(score),
    latencyMs: Number(latency),
    delivered: Number(delivered),
    failed: Number(failed),
  };
}

/** Completions with completedAt in (afterMs, untilMs], oldest first, at most `limit`. */
export async function readCompletions(redis: Redis, prefix: string, afterMs: number, untilMs = Date.now(), limit = 10_000): Promise<Completion[]> {
  const raw = await redis.zrangebyscore(activityKeys(prefix).completions, `(${afterMs}`, untilMs, 'WITHSCORES', 'LIMIT', 0, limit);
  const out: Completion[] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const c = parseCompletion(raw[i] as string, raw[i + 1] as string);
    if (c) out.push(c);
  }
  return out;
}

export async function readLastReceived(redis: Redis, prefix: string): Promise<Map<string, number>> {
  const h = await redis.hgetall(activityKeys(prefix).lastReceived);
  return new Map(Object.entries(h).map(([k, v]) => [k, Number(v)]));
}

export async function readDeliveryOutcomes(redis: Redis, prefix: string): Promise<Record<DeliveryOutcome, number>> {
  const h = await redis.hgetall(activityKeys(prefix).deliveries);
  return { delivered: Number(h.delivered ?? 0), failed: Number(h.failed ?? 0), skipped: Number(h.skipped ?? 0) };
}

/** Nearest-rank percentile of an unsorted list; null when empty. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] ?? null;
}

/** The activity calls bound to one Redis connection and queue prefix, as the pipeline uses them. */
export interface ActivityRecorder {
  received(e: Parameters<typeof recordReceived>[2]): Promise<void>;
  completed(e: Parameters<typeof recordCompleted>[2]): Promise<void>;
  outcome(o: DeliveryOutcome): Promise<void>;
}

export function activityRecorder(redis: Redis, prefix: string): ActivityRecorder {
  return {
    received: (e) => recordReceived(redis, prefix, e),
    completed: (e) => recordCompleted(redis, prefix, e),
    outcome: (o) => recordDeliveryOutcome(redis, prefix, o),
  };
}
