import { z } from 'zod';
import { ConfigError } from './load-config.ts';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/**
 * A dashboard token: long enough, and not the example file's placeholder (infra/compose/.env.example
 * marks every value to change with "CHANGE"), which anyone who has read the repository knows.
 */
const dashboardToken = z
  .string()
  .min(16, 'use at least 16 characters')
  .refine((v) => !/^change/i.test(v), 'still the placeholder from .env.example: set a long random value (openssl rand -base64 24)');

/**
 * Endpoints and secrets: from the environment, parsed once at start-up. Unset S3_ENDPOINT / SMTP_URL
 * select the embedded loopback servers.
 */
export const envSchema = z.object({
  QUIETLINE_CONFIG: z.string().default('./quietline.yaml'),
  /** Working data of the embedded stack (S3 objects, .eml files, generated keys). */
  QUIETLINE_DATA_DIR: z.string().default('./var'),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must start with redis:// or rediss://')
    .default('redis://127.0.0.1:6379'),
  /** Prefix of every BullMQ key; use a hash tag such as {ql} on Redis Cluster. */
  QUEUE_PREFIX: z.string().regex(/^[A-Za-z0-9{}_-]+$/).default('ql'),
  S3_ENDPOINT: z.string().url().optional(),
  S3_BUCKET: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a valid S3 bucket name').default('quietline'),
  S3_REGION: z.string().default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  /** Path-style addressing; needed by MinIO and most S3-protocol servers. Default true when S3_ENDPOINT is set. */
  S3_FORCE_PATH_STYLE: bool.optional(),
  /** Port of the embedded S3-protocol server. 0 = any free port. */
  EMBEDDED_S3_PORT: z.coerce.number().int().min(0).max(65535).default(4568),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://').optional(),
  /** Allow plaintext SMTP to a non-loopback relay. Default false: TLS is required. */
  SMTP_ALLOW_INSECURE: bool.default('false'),
  /** Port of the embedded SMTP sink. 0 = any free port. */
  EMBEDDED_SMTP_PORT: z.coerce.number().int().min(0).max(65535).default(2525),
  MAIL_FROM: z.string().optional(),
  /** DKIM-sign outgoing mail: all three or none. */
  DKIM_DOMAIN: z.string().optional(),
  DKIM_SELECTOR: z.string().optional(),
  DKIM_PRIVATE_KEY_FILE: z.string().optional(),
  /** base64 of 32 random bytes: the key that seals PHI objects at rest. Required unless the embedded stack is used. */
  QUIETLINE_STORAGE_KEY: z.string().optional(),
  DASHBOARD_HOST: z.string().default('127.0.0.1'),
  DASHBOARD_PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  DASHBOARD_TOKEN: dashboardToken.optional(),
  /** Jobs one worker process runs at once per queue. Default 1 (speech recognition is CPU-bound). */
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
  /** Seconds a SIGTERM waits for running jobs before exiting. Default 30. */
  SHUTDOWN_TIMEOUT_SEC: z.coerce.number().int().min(1).max(600).default(30),
  /** Base delay (ms) of the deliver queue's jittered exponential backoff. Default 10000; lowered by tests. */
  DELIVER_BACKOFF_MS: z.coerce.number().int().min(10).max(600_000).default(10_000),
  /** Job lock (ms), renewed at half of it: a crashed worker's job is taken over once it lapses. Default 60000. */
  WORKER_LOCK_DURATION_MS: z.coerce.number().int().min(500).max(3_600_000).default(60_000),
  /** How often (ms) workers look for jobs whose worker died. Default 30000. */
  WORKER_STALLED_INTERVAL_MS: z.coerce.number().int().min(200).max(3_600_000).default(30_000),
  /** Region of Amazon Transcribe; default S3_REGION. */
  TRANSCRIBE_REGION: z.string().optional(),
  /** Override of the Transcribe endpoint (tests, VPC endpoints). */
  TRANSCRIBE_ENDPOINT: z.string().url().optional(),
  /** Optional KMS key for Transcribe's output objects. */
  TRANSCRIBE_OUTPUT_KMS_KEY_ID: z.string().optional(),
  /** Operator token for dashboard actions (retry, discard); DASHBOARD_TOKEN alone then only views. */
  DASHBOARD_OPERATOR_TOKEN: dashboardToken.optional(),
  /** Warn when a practice has sent nothing for this many hours. Default 24. */
  DASHBOARD_SILENCE_HOURS: z.coerce.number().min(1).max(24 * 30).default(24),
  /** Allow retry/clean actions in the bull-board job view. Default false (read-only). */
  DASHBOARD_BULLBOARD_ACTIONS: bool.default('false'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type QuietlineEnv = Readonly<z.output<typeof envSchema>>;

export function parseEnv(env: NodeJS.ProcessEnv = process.env): QuietlineEnv {
  const clean = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const r = envSchema.safeParse(clean);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new ConfigError(`environment variable ${i?.path.join('.') ?? '?'}: ${i?.message ?? 'invalid'}`);
  }
  const dkim = [r.data.DKIM_DOMAIN, r.data.DKIM_SELECTOR, r.data.DKIM_PRIVATE_KEY_FILE].filter(Boolean).length;
  if (dkim !== 0 && dkim !== 3) throw new ConfigError('DKIM_DOMAIN, DKIM_SELECTOR and DKIM_PRIVATE_KEY_FILE: set all three to sign with DKIM, or none');
  return Object.freeze(r.data);
}
