/**
 * A real AppContext for dashboard tests: Redis at 127.0.0.1:6379 under a unique queue prefix,
 * the embedded S3-protocol server and the SMTP sink on free ports, a config whose names and
 * addresses carry PHI canaries, and recipient keys made at test time (one fine, one expiring in
 * 10 days, one missing). close() removes every Redis key under the prefix and the temp dir.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseEnv } from '../../services/config/env.ts';
import { parseConfig } from '../../services/config/load-config.ts';
import { startSmtpSink } from '../../services/mail/smtp-sink.ts';
import { generateKeyPair } from '../../services/pgp/keygen.ts';
import { createContext, type AppContext } from '../../services/runtime/context.ts';
import { startEmbeddedS3 } from '../../services/storage/embedded-s3.ts';
import { CANARY as SUITE_CANARY } from './canaries.ts';
import { deleteRedisPrefix } from './redis-keys.ts';
import { saveDashboardArtifacts, saveStackArtifacts, suiteArtifactsDir } from './suite-artifacts.ts';

/** Strings that must never appear on the dashboard: a fake caller number and name (from the suite's canary registry). */
export const CANARY = {
  callerNumber: SUITE_CANARY.planted.number,
  callerDigits: SUITE_CANARY.planted.digits,
  callerName: SUITE_CANARY.planted.name,
  /** Used in the practice/mailbox display names and a staff address in the config. */
  configName: SUITE_CANARY.planted.configName,
  email: SUITE_CANARY.planted.email,
} as const;

export const TEST_IDS = {
  practices: ['northside', 'eastgate', 'westend'],
  okRecipient: 'rec-ok',
  expiringRecipient: 'rec-expiring',
  missingRecipient: 'rec-missing',
} as const;

/** Polls until `check` returns a value other than undefined/false, or fails after `timeoutMs` (default 20 s). */
export { waitUntil as waitFor } from './wait.ts';

export interface DashboardTestContext {
  ctx: AppContext;
  prefix: string;
  dir: string;
  expiringFingerprint: string;
  /** Keeps a running dashboard's page, API and /metrics for the whole-suite canary sweep (no-op outside the suite). */
  saveDashboard(url: string, opts?: { headers?: Record<string, string>; render?: () => Promise<string> }): Promise<unknown>;
  close(): Promise<void>;
}

/** `smtpDown`: point SMTP_URL at a port where the sink was and no longer is, for readiness tests. */
export async function createDashboardTestContext(opts: { smtpDown?: boolean } = {}): Promise<DashboardTestContext> {
  const dir = await mkdtemp(join(tmpdir(), 'ql-dash-'));
  const prefix = `qltest-dash-${randomBytes(5).toString('hex')}`;
  const s3 = await startEmbeddedS3({ dir: join(dir, 's3'), port: 0, bucket: 'quietline-dash' });
  const smtp = await startSmtpSink({ dir: join(dir, 'mail'), port: 0 });
  if (opts.smtpDown) await smtp.close();

  await mkdir(join(dir, 'keys'));
  const ok = await generateKeyPair({ name: 'Staff One', email: 'staff.one@clinic.example', type: 'ecc' });
  const expiring = await generateKeyPair({ name: CANARY.callerName, email: CANARY.email, type: 'ecc', expiresInDays: 10 });
  await writeFile(join(dir, 'keys', 'ok.asc'), ok.publicKey);
  await writeFile(join(dir, 'keys', 'expiring.asc'), expiring.publicKey);
  await writeFile(join(dir, 'keys', 'signing.asc'), ok.privateKey);

  const yaml = `
service:
  signingKey: { file: keys/signing.asc }
practices:
  - id: northside
    name: "${CANARY.configName}"
    mailboxes:
      - id: front-desk
        name: "${CANARY.callerName} line"
        recipients:
          - { id: ${TEST_IDS.okRecipient}, email: staff.one@clinic.example, key: keys/ok.asc }
          - { id: ${TEST_IDS.expiringRecipient}, email: "${CANARY.email}", key: keys/expiring.asc }
  - id: eastgate
    name: East Gate Practice
    mailboxes:
      - id: nurses
        name: Nurses
        recipients:
          - { id: ${TEST_IDS.missingRecipient}, email: nurse@eastgate.example, key: keys/missing.asc }
  - id: westend
    name: West End Practice
    mailboxes:
      - id: main
        name: Main
        recipients:
          - { email: desk@westend.example, key: keys/ok.asc }
`;
  const configPath = join(dir, 'quietline.yaml');
  await writeFile(configPath, yaml);
  const config = parseConfig(yaml, configPath);
  const env = parseEnv({
    S3_ENDPOINT: s3.endpoint,
    S3_BUCKET: 'quietline-dash',
    S3_ACCESS_KEY_ID: s3.accessKeyId,
    S3_SECRET_ACCESS_KEY: s3.secretAccessKey,
    SMTP_URL: smtp.url,
    QUIETLINE_STORAGE_KEY: randomBytes(32).toString('base64'),
    QUEUE_PREFIX: prefix,
    QUIETLINE_DATA_DIR: dir,
    REDIS_URL: 'redis://127.0.0.1:6379',
    LOG_LEVEL: 'silent',
  });
  const ctx = await createContext(config, env, { startEmbedded: false });

  return {
    ctx,
    prefix,
    dir,
    expiringFingerprint: expiring.fingerprint,
    saveDashboard: (url, o) => saveDashboardArtifacts(url, o),
    close: async () => {
      try {
        // The tests plant canaries in job payloads on purpose (the dashboard must filter them): kept, not swept.
        if (suiteArtifactsDir()) await saveStackArtifacts({ kind: 'dashboard-context', redis: { target: ctx.redis, prefix, planted: true }, s3Dir: join(dir, 's3') });
      } finally {
        await deleteRedisPrefix(ctx.redis, prefix);
      }
      await ctx.close();
      await s3.close();
      if (!opts.smtpDown) await smtp.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
