import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import type { LoadedConfig } from '../config/load-config.ts';
import type { QuietlineEnv } from '../config/env.ts';
import type { EmbeddedS3 } from '../storage/embedded-s3.ts';
import type { ObjectStore } from '../storage/object-store.ts';
import { S3Store } from '../storage/s3-store.ts';
import { SealedStore } from '../storage/sealed-store.ts';
import type { SmtpSink } from '../mail/smtp-sink.ts';
import { SmtpTransport } from '../mail/smtp-transport.ts';
import type { MailTransport } from '../mail/transport.ts';
import { jobOptions, QUEUE_NAMES, type QueueName } from '../../workers/queues.ts';
import { reasonCode } from '../../workers/attempts.ts';
import { log } from '../common/log.ts';
import { connectRedis, redisOptions } from './redis.ts';
import { resolveStorageKey } from './storage-key.ts';
import { AuditTrail } from '../audit/audit-trail.ts';
import { activityRecorder, type ActivityRecorder } from '../dashboard/activity.ts';

export interface AppContext {
  readonly config: LoadedConfig;
  readonly env: QuietlineEnv;
  readonly store: ObjectStore;
  readonly sealed: SealedStore;
  readonly transport: MailTransport;
  /** Producer connection (fails fast when Redis is down). */
  readonly redis: Redis;
  readonly queues: Readonly<Record<QueueName, Queue>>;
  readonly audit: AuditTrail;
  /** PHI-free counters and timings for the dashboard. */
  readonly activity: ActivityRecorder;
  readonly prefix: string;
  /** Options for a worker's own blocking connection. */
  /** A new connection for one worker (BullMQ duplicates it for its blocking commands). */
  workerConnection(): Redis;
  readonly embedded: { s3?: EmbeddedS3; smtp?: SmtpSink; mailDir?: string };
  close(): Promise<void>;
}

/** Builds the shared parts every role needs; embedded servers start when their endpoint is unset. */
export async function createContext(config: LoadedConfig, env: QuietlineEnv, opts: { startEmbedded?: boolean } = {}): Promise<AppContext> {
  const dataDir = resolve(env.QUIETLINE_DATA_DIR);
  const startEmbedded = opts.startEmbedded ?? true;
  const embedded: { s3?: EmbeddedS3; smtp?: SmtpSink; mailDir?: string } = {};
  const closers: (() => Promise<void> | void)[] = [];
  // Embedded servers close after every client: a server's close() waits for its open connections (the
  // pooled SMTP transport's idle ones would hold smtp-server's close for its 30 s timeout).
  const serverClosers: (() => Promise<void> | void)[] = [];

  let s3Endpoint = env.S3_ENDPOINT;
  let credentials = env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY } : undefined;
  if (!s3Endpoint) {
    if (startEmbedded) {
      // Imported only when started: s3rver and its web framework are weight no other process needs.
      const { startEmbeddedS3 } = await import('../storage/embedded-s3.ts');
      embedded.s3 = await startEmbeddedS3({ dir: join(dataDir, 's3'), port: env.EMBEDDED_S3_PORT, bucket: env.S3_BUCKET });
      serverClosers.push(() => embedded.s3?.close());
    }
    s3Endpoint = embedded.s3?.endpoint ?? `http://127.0.0.1:${env.EMBEDDED_S3_PORT}`;
    credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
  }
  const store = new S3Store({ bucket: env.S3_BUCKET, region: env.S3_REGION, endpoint: s3Endpoint, forcePathStyle: env.S3_FORCE_PATH_STYLE ?? true, credentials });
  closers.push(() => store.destroy());

  let smtpUrl = env.SMTP_URL;
  if (!smtpUrl) {
    embedded.mailDir = join(dataDir, 'mail');
    if (startEmbedded) {
      const { startSmtpSink } = await import('../mail/smtp-sink.ts');
      embedded.smtp = await startSmtpSink({ dir: embedded.mailDir, port: env.EMBEDDED_SMTP_PORT });
      serverClosers.push(() => embedded.smtp?.close());
    }
    smtpUrl = embedded.smtp?.url ?? `smtp://127.0.0.1:${env.EMBEDDED_SMTP_PORT}`;
  }
  const dkim =
    env.DKIM_DOMAIN && env.DKIM_SELECTOR && env.DKIM_PRIVATE_KEY_FILE
      ? { domainName: env.DKIM_DOMAIN, keySelector: env.DKIM_SELECTOR, privateKey: readFileSync(env.DKIM_PRIVATE_KEY_FILE, 'utf8') }
      : undefined;
  const transport = new SmtpTransport({ url: smtpUrl, allowInsecure: env.SMTP_ALLOW_INSECURE, ...(dkim ? { dkim } : {}) });
  closers.push(() => transport.close());

  const key = resolveStorageKey(env.QUIETLINE_STORAGE_KEY, !env.S3_ENDPOINT, join(dataDir, 'storage.key'));
  const sealed = new SealedStore(store, key);

  const redis = await connectRedis(env.REDIS_URL, 'producer');
  closers.push(async () => {
    await redis.quit().catch(() => undefined);
  });
  const queues = Object.fromEntries(
    QUEUE_NAMES.map((q) => [q, new Queue(q, { connection: redis, prefix: env.QUEUE_PREFIX, defaultJobOptions: jobOptions[q] })]),
  ) as Record<QueueName, Queue>;
  // Without a listener BullMQ console.errors every reconnect failure as a raw stack dump on stderr.
  for (const [name, q] of Object.entries(queues)) q.on('error', (err) => log.warn({ queue: name, reason: reasonCode(err, 'queue-error') }, 'queue connection error'));
  closers.unshift(async () => {
    await Promise.all(Object.values(queues).map((q) => q.close()));
  });

  return {
    config,
    env,
    store,
    sealed,
    transport,
    redis,
    queues,
    audit: new AuditTrail(store, redis, env.QUEUE_PREFIX),
    activity: activityRecorder(redis, env.QUEUE_PREFIX),
    prefix: env.QUEUE_PREFIX,
    workerConnection: () => new Redis(redisOptions(env.REDIS_URL, 'worker')),
    embedded,
    close: async () => {
      for (const c of closers) await c();
      for (const c of serverClosers) await c();
    },
  };
}
