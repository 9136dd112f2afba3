import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { AppContext } from '../runtime/context.ts';
import { QUEUE_NAMES, type QueueName } from '../../workers/queues.ts';
import { DELIVERY_OUTCOMES, readCompletions, readDeliveryOutcomes, readIntakeIssueCounts, readLastReceived } from './activity.ts';
import type { HealthReport } from './health.ts';
import { SHOWN_STATES } from './overview.ts';
import type { KeyReport } from './recipient-keys.ts';

/**
 * Prometheus metrics on a Registry of their own (nothing global, so two dashboards in one process,
 * as in tests, do not collide). Labels are queue names, states, outcomes, dependency names and
 * practice ids: nothing else.
 *
 * Histograms are fed incrementally: each scrape observes the jobs (and voicemails) finished since
 * the previous scrape, so they behave like any process-local histogram (reset on restart). The
 * first scrape back-fills the last hour.
 */
const BACKFILL_MS = 3_600_000;
/** Per scrape and queue; a backlog beyond this is caught up over the following scrapes. */
const SCRAPE_BATCH = 5_000;

export interface DashboardMetrics {
  registry: Registry;
  /** Brings every metric up to date; call before registry.metrics(). */
  refresh(): Promise<void>;
}

export function createMetrics(
  ctx: Pick<AppContext, 'config' | 'redis' | 'queues' | 'prefix'>,
  sources: { health: () => Promise<HealthReport>; keys: () => Promise<KeyReport> },
): DashboardMetrics {
  const registry = new Registry();
  const jobs = new Gauge({ name: 'quietline_queue_jobs', help: 'Jobs per queue and state', labelNames: ['queue', 'state'], registers: [registry] });
  const oldest = new Gauge({
    name: 'quietline_queue_oldest_waiting_seconds',
    help: 'Age of the oldest waiting job per queue (0 when none waits)',
    labelNames: ['queue'],
    registers: [registry],
  });
  const stageSeconds = new Histogram({
    name: 'quietline_stage_duration_seconds',
    help: 'Processing time of finished jobs per stage (finishedOn - processedOn)',
    labelNames: ['queue', 'outcome'],
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1800],
    registers: [registry],
  });
  const waitSeconds = new Histogram({
    name: 'quietline_stage_wait_seconds',
    help: 'Time finished jobs spent queued before their last attempt started (processedOn - timestamp)',
    labelNames: ['queue', 'outcome'],
    buckets: [0.05, 0.1, 0.5, 1, 5, 10, 30, 60, 300, 900, 1800, 3600, 4 * 3600],
    registers: [registry],
  });
  const e2e = new Histogram({
    name: 'quietline_end_to_end_latency_seconds',
    help: 'Voicemail received to every recipient served',
    buckets: [5, 10, 30, 60, 120, 300, 600, 1200, 1800, 3600, 7200, 4 * 3600],
    registers: [registry],
  });
  const deliveries = new Counter({ name: 'quietline_deliveries_total', help: 'Per-recipient delivery outcomes', labelNames: ['outcome'], registers: [registry] });
  const intakeIssues = new Counter({
    name: 'quietline_intake_issues_total',
    help: 'Recordings with bad input: delivered with a note, rejected, or not fetchable; by reason code and practice id',
    labelNames: ['reason', 'outcome', 'practice'],
    registers: [registry],
  });
  const keyDays = new Gauge({
    name: 'quietline_recipient_key_min_days_left',
    help: 'Days until the nearest expiry among usable recipient keys (absent when none expires)',
    registers: [registry],
  });
  const keysUnusable = new Gauge({ name: 'quietline_recipient_keys_unusable', help: 'Configured recipient keys that cannot be encrypted to (the signing key counted too when it cannot sign)', registers: [registry] });
  const signingUsable = new Gauge({ name: 'quietline_signing_key_usable', help: '1 when the service signing key can sign (every email needs it)', registers: [registry] });
  const signingDays = new Gauge({ name: 'quietline_signing_key_days_left', help: 'Days until the service signing key expires (absent when it never does)', registers: [registry] });
  const up = new Gauge({ name: 'quietline_dependency_up', help: '1 when the dependency answered its probe', labelNames: ['dependency'], registers: [registry] });
  const silence = new Gauge({
    name: 'quietline_practice_last_voicemail_age_seconds',
    help: 'Seconds since the practice last received a voicemail (absent when never seen)',
    labelNames: ['practice'],
    registers: [registry],
  });

  const started = Date.now();
  const jobCursor = new Map<QueueName, Record<'completed' | 'failed', number>>(
    QUEUE_NAMES.map((q) => [q, { completed: started - BACKFILL_MS, failed: started - BACKFILL_MS }]),
  );
  let e2eCursor = started - BACKFILL_MS;

  async function observeFinished(redis: Redis, q: Queue, name: QueueName, set: 'completed' | 'failed', now: number): Promise<void> {
    const cursor = jobCursor.get(name) as Record<'completed' | 'failed', number>;
    const raw = await redis.zrangebyscore(q.keys[set] ?? q.toKey(set), `(${cursor[set]}`, now, 'WITHSCORES', 'LIMIT', 0, SCRAPE_BATCH);
    if (raw.length === 0) return;
    const p = redis.pipeline();
    for (let i = 0; i < raw.length; i += 2) p.hmget(q.toKey(raw[i] as string), 'timestamp', 'processedOn', 'finishedOn');
    const res = (await p.exec()) ?? [];
    res.forEach(([, v]) => {
      const [ts, processed, finished] = ((v as (string | null)[]) ?? []).map((x) => (x === null ? NaN : Number(x)));
      if (Number.isFinite(processed) && Number.isFinite(finished)) stageSeconds.observe({ queue: name, outcome: set }, Math.max(0, ((finished as number) - (processed as number)) / 1000));
      if (Number.isFinite(processed) && Number.isFinite(ts)) waitSeconds.observe({ queue: name, outcome: set }, Math.max(0, ((processed as number) - (ts as number)) / 1000));
    });
    cursor[set] = Number(raw[raw.length - 1]);
  }

  async function refresh(): Promise<void> {
    const now = Date.now();
    const { redis, queues, prefix } = ctx;
    const [health, keys, outcomes, lastReceived, completions, issues] = await Promise.all([
      sources.health(),
      sources.keys(),
      readDeliveryOutcomes(redis, prefix),
      readLastReceived(redis, prefix),
      readCompletions(redis, prefix, e2eCursor, now, SCRAPE_BATCH),
      readIntakeIssueCounts(redis, prefix),
    ]);
    await Promise.all(
      QUEUE_NAMES.map(async (name) => {
        const q = queues[name];
        const counts = await q.getJobCounts(...SHOWN_STATES);
        for (const s of SHOWN_STATES) jobs.set({ queue: name, state: s }, counts[s] ?? 0);
        const oldestId = await redis.lindex(q.keys.wait ?? q.toKey('wait'), -1);
        const ts = oldestId ? await redis.hget(q.toKey(oldestId), 'timestamp') : null;
        oldest.set({ queue: name }, ts ? Math.max(0, (now - Number(ts)) / 1000) : 0);
        await observeFinished(redis, q, name, 'completed', now);
        await observeFinished(redis, q, name, 'failed', now);
      }),
    );
    for (const c of completions) e2e.observe(c.latencyMs / 1000);
    const lastE2e = completions[completions.length - 1];
    if (lastE2e) e2eCursor = lastE2e.completedAt;

    // The totals live in Redis; the counter mirrors them (monotonic as long as Redis keeps them).
    deliveries.reset();
    for (const o of DELIVERY_OUTCOMES) deliveries.inc({ outcome: o }, outcomes[o]);
    intakeIssues.reset();
    for (const i of issues) {
      // A practice id the configuration does not know is not a label: it could be anything.
      const practice = i.practiceId && ctx.config.practice(i.practiceId) ? i.practiceId : '';
      intakeIssues.inc({ reason: i.reason, outcome: i.outcome, practice }, i.count);
    }

    keyDays.reset();
    if (keys.minDaysLeft !== null) keyDays.set(keys.minDaysLeft);
    keysUnusable.set(keys.unusable);
    signingUsable.set(keys.signing.usable ? 1 : 0);
    signingDays.reset();
    if (keys.signing.daysLeft !== null) signingDays.set(keys.signing.daysLeft);
    for (const [dep, h] of Object.entries(health)) up.set({ dependency: dep }, h.ok ? 1 : 0);
    silence.reset();
    for (const p of ctx.config.raw.practices) {
      const last = lastReceived.get(p.id);
      if (last !== undefined) silence.set({ practice: p.id }, Math.max(0, (now - last) / 1000));
    }
  }

  // Concurrent scrapes share one refresh, so no finished job is observed twice.
  let inFlight: Promise<void> | null = null;
  return {
    registry,
    refresh: () => {
      inFlight ??= refresh().finally(() => {
        inFlight = null;
      });
      return inFlight;
    },
  };
}
