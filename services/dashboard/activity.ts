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
  /** zset score = at ms, member = "subjectId|practiceId|mailboxId|reason|outcome" (see recordIntakeIssue). */
  intakeIssues: `${prefix}:dashboard:intake-issues`,
  /** hash "outcome|reason|practiceId" -> count since the counters were created. */
  intakeIssueCounts: `${prefix}:dashboard:intake-issue-counts`,
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

// ---- Bad input at intake -------------------------------------------------------------------------

/**
 * What became of a recording with a problem: it still reached staff with a note (transcript
 * unavailable, over-long, too large to process), it could not become a voicemail at all, or a door
 * could not fetch it in the end (no audio exists to deliver).
 */
export const INTAKE_OUTCOMES = ['delivered-with-note', 'rejected', 'fetch-failed'] as const;
export type IntakeOutcome = (typeof INTAKE_OUTCOMES)[number];

export interface IntakeIssue {
  /** The voicemail id (or, for an object that never became one, the id it would have had). */
  subjectId: string;
  /** Configured ids only: an id read from an object key that the config does not know is left out. */
  practiceId?: string;
  mailboxId?: string;
  reason: string;
  outcome: IntakeOutcome;
  at: Date;
}

const REASON = /^[a-z0-9][a-z0-9-]{1,59}$/;
/** A week of recent issues is plenty for an operator's list; the counters keep the totals. */
const ISSUE_RETENTION_MS = 14 * DAY_MS;
const ISSUES_KEPT = 1_000;

// Adds the member once; the counter moves only when it was new, so a retried stage counts once.
const ADD_ISSUE = `
if redis.call('ZADD', KEYS[1], 'NX', ARGV[1], ARGV[2]) == 1 then
  redis.call('HINCRBY', KEYS[2], ARGV[3], 1)
end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[4])
redis.call('ZREMRANGEBYRANK', KEYS[1], 0, -(tonumber(ARGV[5]) + 1))
return 1`;

/**
 * Records a PHI-free intake issue: identifiers, a reason code, an outcome and a time. Idempotent per
 * (subject, reason, outcome), so a stage that runs twice does not count twice.
 */
export async function recordIntakeIssue(redis: Redis, prefix: string, e: IntakeIssue): Promise<void> {
  checkIds({ subjectId: e.subjectId, ...(e.practiceId ? { practiceId: e.practiceId } : {}), ...(e.mailboxId ? { mailboxId: e.mailboxId } : {}) });
  if (!REASON.test(e.reason)) throw new ActivityIdError('reason');
  if (!INTAKE_OUTCOMES.includes(e.outcome)) throw new ActivityIdError('outcome');
  const k = activityKeys(prefix);
  const member = [e.subjectId, e.practiceId ?? '', e.mailboxId ?? '', e.reason, e.outcome].join('|');
  const counter = [e.outcome, e.reason, e.practiceId ?? ''].join('|');
  await redis.eval(ADD_ISSUE, 2, k.intakeIssues, k.intakeIssueCounts, String(e.at.getTime()), member, counter, String(Date.now() - ISSUE_RETENTION_MS), String(ISSUES_KEPT));
}

export interface IntakeIssueRow {
  subjectId: string;
  practiceId: string | null;
  mailboxId: string | null;
  reason: string;
  outcome: IntakeOutcome;
  at: number;
}

export interface IntakeIssueCount {
  outcome: IntakeOutcome;
  reason: string;
  practiceId: string | null;
  count: number;
}

/** The newest issues first, at most `limit`. Rows that do not parse as identifiers are skipped. */
export async function readIntakeIssues(redis: Redis, prefix: string, limit = 50): Promise<IntakeIssueRow[]> {
  const raw = await redis.zrevrange(activityKeys(prefix).intakeIssues, 0, limit - 1, 'WITHSCORES');
  const out: IntakeIssueRow[] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const [subjectId, practiceId, mailboxId, reason, outcome] = (raw[i] as string).split('|');
    if (!subjectId || !ID.test(subjectId) || !reason || !REASON.test(reason) || !INTAKE_OUTCOMES.includes(outcome as IntakeOutcome)) continue;
    out.push({
      subjectId,
      practiceId: practiceId && ID.test(practiceId) ? practiceId : null,
      mailboxId: mailboxId && ID.test(mailboxId) ? mailboxId : null,
      reason,
      outcome: outcome as IntakeOutcome,
      at: Number(raw[i + 1]),
    });
  }
  return out;
}

/** Totals by outcome, reason and practice since the counters were created. */
export async function readIntakeIssueCounts(redis: Redis, prefix: string): Promise<IntakeIssueCount[]> {
  const h = await redis.hgetall(activityKeys(prefix).intakeIssueCounts);
  const out: IntakeIssueCount[] = [];
  for (const [field, n] of Object.entries(h)) {
    const [outcome, reason, practiceId] = field.split('|');
    if (!reason || !REASON.test(reason) || !INTAKE_OUTCOMES.includes(outcome as IntakeOutcome)) continue;
    out.push({ outcome: outcome as IntakeOutcome, reason, practiceId: practiceId && ID.test(practiceId) ? practiceId : null, count: Number(n) });
  }
  return out;
}

/**
 * The bad-input reason a transcript result stands for, or null when there is none: the transcript's
 * "unavailable" reason code, or "audio-too-long" when only the first part was transcribed.
 */
export function transcriptIssue(tr: { status: 'ok'; truncated: boolean } | { status: 'unavailable'; reason: string }): string | null {
  if (tr.status === 'unavailable') return REASON.test(tr.reason) ? tr.reason : 'transcript-unavailable';
  return tr.truncated ? 'audio-too-long' : null;
}

/** The activity calls bound to one Redis connection and queue prefix, as the pipeline uses them. */
export interface ActivityRecorder {
  received(e: Parameters<typeof recordReceived>[2]): Promise<void>;
  completed(e: Parameters<typeof recordCompleted>[2]): Promise<void>;
  outcome(o: DeliveryOutcome): Promise<void>;
  intakeIssue(e: IntakeIssue): Promise<void>;
}

export function activityRecorder(redis: Redis, prefix: string): ActivityRecorder {
  return {
    received: (e) => recordReceived(redis, prefix, e),
    completed: (e) => recordCompleted(redis, prefix, e),
    outcome: (o) => recordDeliveryOutcome(redis, prefix, o),
    intakeIssue: (e) => recordIntakeIssue(redis, prefix, e),
  };
}
