import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { AppContext } from '../runtime/context.ts';
import { QUEUE_NAMES, type QueueName } from '../../workers/queues.ts';
import {
  percentile,
  readCompletions,
  readDeliveryOutcomes,
  readIntakeIssueCounts,
  readIntakeIssues,
  readLastReceived,
  type DeliveryOutcome,
  type IntakeOutcome,
} from './activity.ts';
import type { HealthReport } from './health.ts';
import { identifiersOnly, reasonCode, safeJobId, safeJobName } from './phi-filter.ts';
import type { KeyReport } from './recipient-keys.ts';
import type { Role } from './auth.ts';

/** The states shown per queue, in display order; the same names getJobCounts() answers with. */
export const SHOWN_STATES = ['waiting', 'active', 'delayed', 'completed', 'failed'] as const;
export type ShownState = (typeof SHOWN_STATES)[number];

export interface QueueOverview {
  name: QueueName;
  counts: Record<ShownState, number>;
  /** Jobs finished in the window (from BullMQ's completed set, scored by finishedOn). */
  completedLastMinute: number;
  completedLastHour: number;
  failedLastHour: number;
  oldestWaitingAgeSec: number | null;
}

export interface DeadLetter {
  queue: QueueName;
  jobId: string;
  name: string;
  /** Identifier fields of the job's payload, filtered by identifiersOnly(). */
  ids: Record<string, unknown>;
  reason: string;
  attempts: number;
  failedAt: string | null;
}

export interface PracticeActivity {
  practiceId: string;
  lastReceivedAt: string | null;
  hoursSince: number | null;
  silent: boolean;
}

/** One recording with a problem at intake: ids, a reason code, what became of it. */
export interface IntakeIssueView {
  /** The voicemail id (for a rejected object, the id it would have had). */
  id: string;
  practiceId: string | null;
  mailboxId: string | null;
  reason: string;
  outcome: IntakeOutcome;
  at: string;
}

export interface IntakeIssues {
  /** All-time totals by reason and outcome, largest first. */
  byReason: { reason: string; outcome: IntakeOutcome; count: number }[];
  /** All-time totals by practice and outcome (fetch-failed by practice, for instance). */
  byPractice: { practiceId: string; outcome: IntakeOutcome; count: number }[];
  total: number;
  /** The newest, at most INTAKE_ISSUES_SHOWN (kept 14 days). */
  recent: IntakeIssueView[];
}

export interface Overview {
  generatedAt: string;
  viewer: { role: Role; canAct: boolean };
  health: HealthReport;
  queues: QueueOverview[];
  latency: { windowMinutes: number; count: number; p50Ms: number | null; p95Ms: number | null };
  deliveries: Record<DeliveryOutcome, number>;
  failures: { reason: string; count: number; queues: QueueName[] }[];
  deadLetters: { total: number; shown: DeadLetter[] };
  intake: IntakeIssues;
  silenceHours: number;
  practices: PracticeActivity[];
  keys: KeyReport;
}

/** Failed jobs read per queue to group reasons; beyond this the groups are a sample of the newest. */
const FAILURE_SCAN = 1000;
const DEAD_LETTERS_SHOWN = 50;
const INTAKE_ISSUES_SHOWN = 50;
const HOUR_MS = 3_600_000;

/** A BullMQ key of this queue (the Redis backend's layout: completed/failed are scored by finishedOn). */
function key(q: Queue, type: string): string {
  return q.keys[type] ?? q.toKey(type);
}

async function queueOverview(redis: Redis, q: Queue, name: QueueName, now: number): Promise<QueueOverview> {
  const counts = await q.getJobCounts(...SHOWN_STATES);
  const [minute, hour, failedHour, oldestId] = await Promise.all([
    redis.zcount(key(q, 'completed'), now - 60_000, '+inf'),
    redis.zcount(key(q, 'completed'), now - HOUR_MS, '+inf'),
    redis.zcount(key(q, 'failed'), now - HOUR_MS, '+inf'),
    // BullMQ pushes new jobs on the left and workers take from the right: the oldest is last.
    redis.lindex(key(q, 'wait'), -1),
  ]);
  let oldestWaitingAgeSec: number | null = null;
  if (oldestId) {
    const ts = await redis.hget(q.toKey(oldestId), 'timestamp');
    if (ts) oldestWaitingAgeSec = Math.max(0, Math.round((now - Number(ts)) / 1000));
  }
  return {
    name,
    counts: Object.fromEntries(SHOWN_STATES.map((s) => [s, counts[s] ?? 0])) as Record<ShownState, number>,
    completedLastMinute: minute,
    completedLastHour: hour,
    failedLastHour: failedHour,
    oldestWaitingAgeSec,
  };
}

interface FailedRow {
  queue: QueueName;
  jobId: string;
  reason: string;
  finishedOn: number;
  attempts: number;
  name: string;
}

async function failedRows(redis: Redis, q: Queue, name: QueueName): Promise<FailedRow[]> {
  const ids = await redis.zrevrange(key(q, 'failed'), 0, FAILURE_SCAN - 1);
  if (ids.length === 0) return [];
  const p = redis.pipeline();
  // "atm" is where BullMQ's scripts keep attemptsMade in the job hash.
  for (const id of ids) p.hmget(q.toKey(id), 'failedReason', 'finishedOn', 'atm', 'name');
  const res = (await p.exec()) ?? [];
  return ids.map((jobId, i) => {
    const [reason, finishedOn, attempts, jobName] = (res[i]?.[1] as (string | null)[] | undefined) ?? [];
    return { queue: name, jobId, reason: reasonCode(reason), finishedOn: Number(finishedOn ?? 0), attempts: Number(attempts ?? 0), name: safeJobName(jobName) };
  });
}

async function payloadIds(redis: Redis, q: Queue, jobId: string): Promise<Record<string, unknown>> {
  const raw = await redis.hget(q.toKey(jobId), 'data');
  if (!raw) return {};
  try {
    return identifiersOnly(JSON.parse(raw));
  } catch {
    return {};
  }
}

export interface OverviewSources {
  ctx: Pick<AppContext, 'config' | 'redis' | 'queues' | 'prefix'>;
  health: () => Promise<HealthReport>;
  keys: () => Promise<KeyReport>;
  silenceHours: number;
}

export async function collectOverview(src: OverviewSources, viewer: Role): Promise<Overview> {
  const { ctx } = src;
  const now = Date.now();
  const [health, keys, queues, failed, completions, deliveries, lastReceived, intake] = await Promise.all([
    src.health(),
    src.keys(),
    Promise.all(QUEUE_NAMES.map((n) => queueOverview(ctx.redis, ctx.queues[n], n, now))),
    Promise.all(QUEUE_NAMES.map((n) => failedRows(ctx.redis, ctx.queues[n], n))).then((rows) => rows.flat()),
    readCompletions(ctx.redis, ctx.prefix, now - HOUR_MS, now),
    readDeliveryOutcomes(ctx.redis, ctx.prefix),
    readLastReceived(ctx.redis, ctx.prefix),
    collectIntakeIssues(ctx),
  ]);

  const groups = new Map<string, { count: number; queues: Set<QueueName> }>();
  for (const f of failed) {
    const g = groups.get(f.reason) ?? { count: 0, queues: new Set<QueueName>() };
    g.count++;
    g.queues.add(f.queue);
    groups.set(f.reason, g);
  }
  const failures = [...groups.entries()]
    .map(([reason, g]) => ({ reason, count: g.count, queues: [...g.queues] }))
    .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));

  const newest = [...failed].sort((a, b) => b.finishedOn - a.finishedOn).slice(0, DEAD_LETTERS_SHOWN);
  const shown: DeadLetter[] = await Promise.all(
    newest.map(async (f) => ({
      queue: f.queue,
      jobId: safeJobId(f.jobId),
      name: f.name,
      ids: await payloadIds(ctx.redis, ctx.queues[f.queue], f.jobId),
      reason: f.reason,
      attempts: f.attempts,
      failedAt: f.finishedOn ? new Date(f.finishedOn).toISOString() : null,
    })),
  );

  const latencies = completions.map((c) => c.latencyMs);
  const practices: PracticeActivity[] = ctx.config.raw.practices.map((p) => {
    const last = lastReceived.get(p.id);
    const hoursSince = last === undefined ? null : Math.max(0, (now - last) / HOUR_MS);
    return {
      practiceId: p.id,
      lastReceivedAt: last === undefined ? null : new Date(last).toISOString(),
      hoursSince: hoursSince === null ? null : Math.round(hoursSince * 10) / 10,
      silent: hoursSince === null || hoursSince >= src.silenceHours,
    };
  });

  return {
    generatedAt: new Date(now).toISOString(),
    viewer: { role: viewer, canAct: viewer === 'operator' },
    health,
    queues,
    latency: { windowMinutes: 60, count: latencies.length, p50Ms: percentile(latencies, 50), p95Ms: percentile(latencies, 95) },
    deliveries,
    failures,
    deadLetters: { total: queues.reduce((n, q) => n + q.counts.failed, 0), shown },
    intake,
    silenceHours: src.silenceHours,
    practices,
    keys,
  };
}

/**
 * Bad input at intake, from the PHI-free activity the pipeline records (never from sealed records).
 * Practice and mailbox ids are shown only when the configuration knows them.
 */
export async function collectIntakeIssues(ctx: Pick<AppContext, 'config' | 'redis' | 'prefix'>): Promise<IntakeIssues> {
  const [counts, recent] = await Promise.all([readIntakeIssueCounts(ctx.redis, ctx.prefix), readIntakeIssues(ctx.redis, ctx.prefix, INTAKE_ISSUES_SHOWN)]);
  const knownPractice = (p: string | null) => (p && ctx.config.practice(p) ? p : null);
  const reasons = new Map<string, { reason: string; outcome: IntakeOutcome; count: number }>();
  const practices = new Map<string, { practiceId: string; outcome: IntakeOutcome; count: number }>();
  for (const c of counts) {
    const r = reasons.get(`${c.outcome}|${c.reason}`) ?? { reason: c.reason, outcome: c.outcome, count: 0 };
    r.count += c.count;
    reasons.set(`${c.outcome}|${c.reason}`, r);
    const practiceId = knownPractice(c.practiceId);
    if (!practiceId) continue;
    const p = practices.get(`${c.outcome}|${practiceId}`) ?? { practiceId, outcome: c.outcome, count: 0 };
    p.count += c.count;
    practices.set(`${c.outcome}|${practiceId}`, p);
  }
  const byReason = [...reasons.values()].sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
  const byPractice = [...practices.values()].sort((a, b) => b.count - a.count || a.practiceId.localeCompare(b.practiceId));
  return {
    byReason,
    byPractice,
    total: counts.reduce((n, c) => n + c.count, 0),
    recent: recent.map((r) => {
      const practiceId = knownPractice(r.practiceId);
      return {
        id: r.subjectId,
        practiceId,
        mailboxId: practiceId && r.mailboxId && ctx.config.mailbox(practiceId, r.mailboxId) ? r.mailboxId : null,
        reason: r.reason,
        outcome: r.outcome,
        at: new Date(r.at).toISOString(),
      };
    }),
  };
}
