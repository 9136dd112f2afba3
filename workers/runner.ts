import { Worker, type Job, type Processor } from 'bullmq';
import type { Redis } from 'ioredis';
import type { TranscriptionEngine } from '../services/transcription/engine.ts';
import { log } from '../services/common/log.ts';
import type { AppContext } from '../services/runtime/context.ts';
import { loadSigningKey } from '../services/pgp/keys.ts';
import { purgeExpired } from '../services/voicemail/retention.ts';
import { twilioOptionsFromConfig } from '../services/intake/doors/from-config.ts';
import type { TwilioOptions } from '../services/intake/doors/options.ts';
import { purgeExpiredOriginals } from '../services/intake/oversize.ts';
import { purgeExpiredRejected } from '../services/intake/rejected.ts';
import { twilioFetchSettings } from '../services/intake/twilio-fetch.ts';
import { createDeliverProcessor } from './deliver.ts';
import { createFetchProcessor } from './fetch.ts';
import { createIntakeProcessor, SCAN_SCHEDULER_ID } from './intake.ts';
import { createPrepareProcessor } from './prepare.ts';
import { createTranscribeProcessor } from './transcribe.ts';
import { backoffStrategy, QUEUE_NAMES, type QueueName } from './queues.ts';
import { reasonCode } from './attempts.ts';
import { redisCrashGuard } from './crash-guard.ts';

export const ROLES = ['all', 'intake', 'worker', 'dashboard'] as const;
export type Role = (typeof ROLES)[number];

/** Times a job is taken over after its worker died before BullMQ fails it; see the Worker options below. */
export const MAX_STALLED_COUNT = 10;
/** Reason code logged when BullMQ failed a job for stalling too often. */
export const STALL_LIMIT_REASON = 'stalled-too-often';

/** BullMQ fails such a job with this fixed message (moveStalledJobsToWait), not with an error of ours. */
function isStallLimitFailure(err: Error | undefined): boolean {
  return /stalled more than allowable limit/.test(err?.message ?? '');
}

/** Which queues each role consumes. Fetching recordings is intake work: it ends in registering them. */
const QUEUES_BY_ROLE: Record<Role, readonly QueueName[]> = {
  all: QUEUE_NAMES,
  intake: ['intake', 'fetch'],
  worker: ['transcribe', 'prepare', 'deliver'],
  dashboard: [],
};

export interface RunningWorkers {
  workers: Worker[];
  /** 'abandoned' when jobs were still running at the bound: the caller should exit the process. */
  close(timeoutMs: number): Promise<'closed' | 'abandoned'>;
}

/**
 * Starts one BullMQ worker per queue the role consumes. Processors are built here with only what each
 * needs; a queue without a processor stops start-up.
 */
export interface WorkerOptions {
  engineFor: (practiceId: string) => TranscriptionEngine;
  concurrency?: number;
  /** Base of the deliver backoff (DELIVER_BACKOFF_MS); default 10 s. */
  backoffBaseMs?: number;
  /** Job lock (WORKER_LOCK_DURATION_MS); default 60 s. */
  lockDurationMs?: number;
  /** Stalled-job check period (WORKER_STALLED_INTERVAL_MS); default 30 s. */
  stalledIntervalMs?: number;
  /** Twilio accounts the fetch worker downloads with; default: doors.twilio of the config (secrets from the environment). */
  twilio?: TwilioOptions;
}

/** How often the intake pass deletes what has passed its keep period. */
export const PURGE_EVERY_MS = 10 * 60_000;

export async function startWorkers(ctx: AppContext, role: Role, opts: WorkerOptions): Promise<RunningWorkers> {
  const cfg = ctx.config.raw;
  const queues = QUEUES_BY_ROLE[role];
  const processors: Partial<Record<QueueName, Processor>> = {};
  const crashGuard = redisCrashGuard(ctx.redis, ctx.prefix);
  if (queues.includes('intake')) {
    const scan = createIntakeProcessor({ sealed: ctx.sealed, config: ctx.config, transcribeQueue: ctx.queues.transcribe, audit: ctx.audit, activity: ctx.activity, maxBytes: cfg.intake.maxBytes });
    // Keep periods are counted in days: the purges (three S3 listings) run with a scan at most every
    // PURGE_EVERY_MS, not with every scan (every scanIntervalSec, 10 s by default).
    let lastPurge = 0;
    processors.intake = async (job: Job) => {
      const r = await scan(job);
      if (Date.now() - lastPurge >= PURGE_EVERY_MS) {
        await purgeExpired(ctx.store, ctx.audit);
        await purgeExpiredOriginals(ctx.sealed, ctx.audit);
        await purgeExpiredRejected(ctx.store, cfg.retention.rejectedKeepDays);
        lastPurge = Date.now();
      }
      return r;
    };
  }
  if (queues.includes('fetch')) {
    // Without a Twilio door configured there is no account: a fetch job then fails for good, visibly.
    processors.fetch = createFetchProcessor({ ctx, twilio: twilioFetchSettings(opts.twilio ?? twilioOptionsFromConfig(ctx.config), cfg.intake.maxBytes) });
  }
  if (queues.includes('transcribe')) {
    processors.transcribe = createTranscribeProcessor({ sealed: ctx.sealed, engineFor: opts.engineFor, prepareQueue: ctx.queues.prepare, audit: ctx.audit, maxDurationSec: cfg.intake.maxDurationSec, crashGuard });
  }
  if (queues.includes('prepare')) {
    processors.prepare = createPrepareProcessor({
      sealed: ctx.sealed,
      config: ctx.config,
      deliverQueue: ctx.queues.deliver,
      audit: ctx.audit,
      activity: ctx.activity,
      maxMessageBytes: cfg.delivery.maxMessageBytes,
      deliveryAttempts: cfg.delivery.attempts,
      crashGuard,
    });
  }
  if (queues.includes('deliver')) {
    const signingKey = await loadSigningKey(ctx.config.resolvePath(cfg.service.signingKey.file), process.env[cfg.service.signingKey.passphraseEnv]);
    processors.deliver = createDeliverProcessor({
      sealed: ctx.sealed,
      config: ctx.config,
      transport: ctx.transport,
      signingKey,
      from: ctx.env.MAIL_FROM ?? cfg.service.from,
      maxMessageBytes: cfg.delivery.maxMessageBytes,
      keepDays: cfg.retention.keepDays,
      audit: ctx.audit,
      activity: ctx.activity,
      redis: ctx.redis,
      prefix: ctx.prefix,
      crashGuard,
    });
  }
  const missing = queues.filter((q) => !processors[q]);
  if (missing.length) throw new Error(`no processor for queue(s): ${missing.join(', ')}`);

  // BullMQ treats a connection it is handed as shared and never closes it; left open, it keeps the
  // process alive after SIGTERM. These are ours, so close() closes them.
  const connections: Redis[] = [];
  const workers = queues.map((q) => {
    const connection = ctx.workerConnection();
    connections.push(connection);
    const w = new Worker(q, processors[q], {
      connection,
      prefix: ctx.prefix,
      // Sending and downloading wait on the network, not the CPU.
      concurrency: q === 'intake' ? 1 : q === 'deliver' || q === 'fetch' ? Math.max(2, opts.concurrency ?? 1) : (opts.concurrency ?? 1),
      // Speech recognition of a long recording can take minutes; the lock is renewed meanwhile.
      lockDuration: opts.lockDurationMs ?? 60_000,
      stalledInterval: opts.stalledIntervalMs ?? 30_000,
      // A job whose worker died is handed on up to this many times. The crash guard (crash-guard.ts)
      // skips the deadly steps of transcribe and prepare after CRASHED_RUNS_LIMIT deaths, well before
      // this: at the limit BullMQ fails the job without running its processor, so no fallback could run.
      maxStalledCount: MAX_STALLED_COUNT,
      settings: { backoffStrategy: (attemptsMade: number, type?: string) => backoffStrategy(attemptsMade, type, opts.backoffBaseMs) },
    });
    w.on('failed', (job, err) => {
      const voicemailId = (job?.data as { voicemailId?: string } | undefined)?.voicemailId;
      if (isStallLimitFailure(err)) {
        // The safety net: this voicemail's stage never ran to an end and no fallback ran. An operator must look.
        log.error({ queue: q, jobId: job?.id, voicemailId, reason: STALL_LIMIT_REASON, stalledCount: job?.stalledCounter }, 'job failed: its workers died too often');
        return;
      }
      log.warn({ queue: q, jobId: job?.id, voicemailId, reason: reasonCode(err, 'failed'), attemptsMade: job?.attemptsMade }, 'job failed');
    });
    w.on('error', (err) => log.error({ queue: q, reason: reasonCode(err, 'worker-error') }, 'worker error'));
    return w;
  });

  if (queues.includes('intake')) {
    await ctx.queues.intake.upsertJobScheduler(SCAN_SCHEDULER_ID, { every: cfg.intake.scanIntervalSec * 1000 }, { name: 'scan', data: { reason: 'schedule' } });
  }
  log.info({ role, queues }, 'workers started');
  return {
    workers,
    close: async (timeoutMs: number) => {
      const closing = Promise.all(workers.map((w) => w.close()));
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<'timeout'>((r) => (timer = setTimeout(() => r('timeout'), timeoutMs)));
      const r = await Promise.race([closing.then(() => 'closed' as const), timeout]);
      clearTimeout(timer);
      // Jobs left behind here did not die of their recording: their crash-guard counts go before the
      // connections do (the guard's own connection is the context's, still open).
      if (r !== 'closed') await crashGuard.releaseRunning();
      // disconnect, not quit: quit would wait forever for a Redis that is down.
      for (const c of connections) c.disconnect();
      if (r === 'closed') return 'closed';
      // BullMQ's close(true) called now would only return the close already in progress, which waits for
      // the running jobs; nothing can cut a processor short. So they are left behind: with the connections
      // gone their locks lapse and other workers take them over as stalled.
      log.warn({ timeoutMs }, 'shutdown bound reached; abandoning running jobs (they will be picked up again as stalled)');
      return 'abandoned';
    },
  };
}
