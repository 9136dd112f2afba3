/**
 * A Quietline stack for fault tests, every part restartable: a private redis-server (AOF), an s3rver
 * that can be closed and reopened on the same port and directory, the controllable SMTP relay, and
 * workers as real child processes (`quietline start --role worker`). The test process itself only
 * submits recordings, runs the intake scan and inspects.
 *
 * Everything lives under one root dir; child processes get `<root>/tmp` as TMPDIR so a leftover
 * `ql-*` work dir can be attributed to this test, and are started with short lock / stalled / backoff
 * settings (WORKER_LOCK_DURATION_MS, WORKER_STALLED_INTERVAL_MS, DELIVER_BACKOFF_MS) so recovery
 * happens in seconds, not minutes.
 */
import './faults-quiet.ts';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
// @ts-expect-error -- untyped CommonJS module
import S3rverModule from 's3rver';
import { parseEnv, type QuietlineEnv } from '../../services/config/env.ts';
import { parseConfig, type LoadedConfig } from '../../services/config/load-config.ts';
import { createContext, type AppContext } from '../../services/runtime/context.ts';
import { generateKeyPair } from '../../services/pgp/keygen.ts';
import { CALLER_METADATA, callerAad, scanIncoming } from '../../services/intake/s3-scanner.ts';
import { keys } from '../../services/voicemail/object-keys.ts';
import { jobIds } from '../../workers/queues.ts';
import { GnupgHome } from '../fixtures/keys-gen.ts';
import { startControllableSmtp, type ControllableSmtp } from './faults-smtp.ts';
import { startRedisServer, type RedisServerProcess } from './faults-redis.ts';
import { spawnQuietline, type QuietlineProcess } from './faults-worker.ts';
import { waitFor } from './wait.ts';
import { dumpRedisPrefix } from './redis-keys.ts';
import { saveStackArtifacts, suiteArtifactsDir } from './suite-artifacts.ts';
import { decryptedInnerTexts } from './decrypt-mail.ts';

interface S3rverInstance {
  run(): Promise<{ port: number }>;
  close(): Promise<void>;
  httpServer?: Server;
}
const S3rver = S3rverModule as new (opts: Record<string, unknown>) => S3rverInstance;

export const PRACTICE = 'testprac';
export const MAILBOX = 'main';

export interface FaultRecipient {
  id: string;
  email: string;
  /** Armored public key; undefined = a fresh good key (secret imported into the test's GnuPG); null = no key file. */
  publicKey?: string | null;
}

export interface RestartableS3 {
  readonly port: number;
  readonly endpoint: string;
  readonly running: boolean;
  /** Closes the port and cuts open connections. */
  stop(): Promise<void>;
  /** Serves the same directory on the same port again. */
  start(): Promise<void>;
}

async function startRestartableS3(dir: string, bucket: string): Promise<RestartableS3> {
  let server: S3rverInstance | null = null;
  let port = 0;
  const start = async () => {
    if (server) return;
    const s = new S3rver({ address: '127.0.0.1', port, directory: dir, silent: true, configureBuckets: [{ name: bucket }] });
    port = (await s.run()).port;
    server = s;
  };
  await mkdir(dir, { recursive: true });
  await start();
  return {
    get port() {
      return port;
    },
    get endpoint() {
      return `http://127.0.0.1:${port}`;
    },
    get running() {
      return server !== null;
    },
    async stop() {
      const s = server;
      if (!s) return;
      server = null;
      const closing = s.close();
      s.httpServer?.closeAllConnections();
      await closing;
    },
    start,
  };
}

export interface FaultStackOptions {
  recipients?: FaultRecipient[];
  policy?: 'none' | 'standard' | 'safe-harbor';
  /** Extra env for every child process. */
  childEnv?: Record<string, string>;
}

export interface FaultStack {
  root: string;
  /** TMPDIR of the child processes. */
  tmp: string;
  prefix: string;
  recipients: FaultRecipient[];
  redis: RedisServerProcess;
  s3: RestartableS3;
  smtp: ControllableSmtp;
  gnupg: GnupgHome;
  config: LoadedConfig;
  /** In-process context (producer side, inspection). */
  ctx: AppContext;
  serviceFingerprint: string;
  /** Every child process started, for PHI sweeps of their output. */
  processes: QuietlineProcess[];
  childEnv(extra?: Record<string, string>): Record<string, string>;
  spawnWorker(extra?: Record<string, string>, name?: string): Promise<QuietlineProcess>;
  /** SIGTERMs every live child and waits; returns their exits (clean shutdown removes their scratch dirs). */
  stopWorkers(): Promise<{ name: string; code: number | null; signal: NodeJS.Signals | null; abandonedJobs: boolean }[]>;
  /** Puts a recording under incoming/ as a phone system would (caller number sealed in metadata). */
  submit(audio: Buffer, opts?: { caller?: string }): Promise<string>;
  /** One intake scan in this process; returns the ids of voicemails that now exist. */
  ingest(): Promise<string[]>;
  voicemailIds(): Promise<string[]>;
  deliverJobId(voicemailId: string, recipientId: string): string;
  transcribeJobId(voicemailId: string): string;
  /** Resolves once every recipient of every voicemail has a ledger entry (delivered or failed) and done.json exists. */
  waitForDone(voicemailIds: string[], deadlineMs?: number): Promise<void>;
  redisDump(): Promise<string>;
  /** Holds the audit lock of a voicemail, so a worker blocks right after writing its delivery ledger entry. */
  holdAuditLock(voicemailId: string): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export async function startFaultStack(opts: FaultStackOptions = {}): Promise<FaultStack> {
  const root = await mkdtemp(join(tmpdir(), 'qlf-'));
  const dir = join(root, 'stack');
  const tmp = join(root, 'tmp');
  await mkdir(dir, { recursive: true });
  await mkdir(tmp, { recursive: true });
  const prefix = `qlfault-${randomUUID().slice(0, 8)}`;
  const redis = await startRedisServer(join(root, 'redis'));
  const s3 = await startRestartableS3(join(root, 's3'), 'quietline');
  const smtp = await startControllableSmtp();
  const gnupg = await GnupgHome.create();

  const passphrase = randomBytes(12).toString('hex');
  const service = await generateKeyPair({ name: 'Quietline test service', email: 'service@quietline.test', type: 'ecc', passphrase });
  await writeFile(join(dir, 'service.sec.asc'), service.privateKey);
  await gnupg.importKey(service.publicKey);

  const recipients = opts.recipients ?? [
    { id: 'alice', email: 'alice@clinic.test' },
    { id: 'bob', email: 'bob@clinic.test' },
  ];
  for (const r of recipients) {
    if (r.publicKey === null) continue;
    let pub = r.publicKey;
    if (pub === undefined) {
      const k = await generateKeyPair({ name: `Staff ${r.id}`, email: r.email, type: 'ecc' });
      await gnupg.importKey(k.privateKey);
      pub = k.publicKey;
    }
    await writeFile(join(dir, `${r.id}.pub.asc`), pub);
  }
  const yaml = `
service:
  from: "Quietline <quietline@clinic.test>"
  messageIdDomain: clinic.test
  signingKey: { file: service.sec.asc, passphraseEnv: QL_TEST_PASSPHRASE }
intake:
  scanIntervalSec: 1
practices:
  - id: ${PRACTICE}
    name: Test Practice
    mailboxes:
      - id: ${MAILBOX}
        name: Front desk
        policy: ${opts.policy ?? 'standard'}
        recipients:
${recipients.map((r) => `          - { id: ${r.id}, email: ${r.email}, key: ${r.id}.pub.asc }`).join('\n')}
`;
  const configPath = join(dir, 'quietline.yaml');
  await writeFile(configPath, yaml);
  const storageKey = randomBytes(32).toString('base64');

  const baseEnv: Record<string, string> = {
    QUIETLINE_CONFIG: configPath,
    QUIETLINE_DATA_DIR: join(dir, 'var'),
    REDIS_URL: redis.url,
    QUEUE_PREFIX: prefix,
    S3_ENDPOINT: s3.endpoint,
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
    S3_BUCKET: 'quietline',
    SMTP_URL: smtp.url,
    QUIETLINE_STORAGE_KEY: storageKey,
  };
  const env: QuietlineEnv = parseEnv({ ...baseEnv, LOG_LEVEL: 'silent' });
  const config = parseConfig(yaml, configPath);
  const ctx = await createContext(config, env, { startEmbedded: false });
  // The tests stop Redis on purpose; the producer connection's reconnect errors are expected, not news.
  ctx.redis.on('error', () => undefined);
  const processes: QuietlineProcess[] = [];

  const childEnv = (extra: Record<string, string> = {}): Record<string, string> => ({
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? root,
    ...baseEnv,
    QL_TEST_PASSPHRASE: passphrase,
    TMPDIR: tmp,
    LOG_LEVEL: 'info',
    DELIVER_BACKOFF_MS: '200',
    WORKER_LOCK_DURATION_MS: '4000',
    WORKER_STALLED_INTERVAL_MS: '1000',
    SHUTDOWN_TIMEOUT_SEC: '10',
    ...(opts.childEnv ?? {}),
    ...extra,
  });

  const voicemailIds = async () =>
    (await ctx.store.list('voicemails/'))
      .flatMap((o) => {
        const m = /^voicemails\/([^/]+)\/record\.sealed$/.exec(o.key);
        return m?.[1] ? [m[1]] : [];
      })
      .sort();

  const redisDump = () => dumpRedisPrefix(redis.url, prefix);

  /** Everything this stack produced, for the whole-suite canary sweep (before close removes it). */
  const saveArtifacts = async () => {
    // Emails to recipients whose secret key this stack holds, from a mailbox whose policy keeps names and numbers.
    const readable = new Set(recipients.filter((r) => r.publicKey === undefined).map((r) => r.email.toLowerCase()));
    const accepted =
      opts.policy === 'safe-harbor' ? [] : smtp.transfers.filter((t) => t.state === 'accepted' && t.recipients.some((r) => readable.has(r.toLowerCase()))).map((t) => t.raw);
    await saveStackArtifacts({
      kind: 'faults-stack',
      ...(redis.running ? { redis: { target: redis.url, prefix } } : {}),
      s3Dir: join(root, 's3'),
      mail: { raws: smtp.transfers.map((t) => t.raw) },
      logs: processes.map((p) => ({ name: p.name, text: p.output() })),
      dirs: [{ name: 'redis-data', dir: redis.dir }],
      tmpDir: tmp,
      decrypted: await decryptedInnerTexts(gnupg, accepted),
      decryptEligible: Math.min(accepted.length, 12),
    });
  };

  const stack: FaultStack = {
    root,
    tmp,
    prefix,
    recipients,
    redis,
    s3,
    smtp,
    gnupg,
    config,
    ctx,
    serviceFingerprint: service.fingerprint.toUpperCase(),
    processes,
    childEnv,
    async spawnWorker(extra, name) {
      const p = await spawnQuietline('worker', childEnv(extra), name ? { name } : {});
      processes.push(p);
      return p;
    },
    async stopWorkers() {
      const live = processes.filter((p) => p.alive);
      return Promise.all(
        live.map(async (p) => {
          const { code, signal } = await p.stop(20_000);
          const abandonedJobs = p.logLines().some((l) => String(l.msg).startsWith('shutdown bound reached'));
          return { name: p.name, code, signal, abandonedJobs };
        }),
      );
    },
    async submit(audio, o = {}) {
      const key = keys.incoming(PRACTICE, MAILBOX, `${randomUUID()}.wav`);
      const metadata = o.caller ? { [CALLER_METADATA]: ctx.sealed.sealString(o.caller, callerAad(key)) } : undefined;
      await ctx.store.put(key, audio, metadata ? { metadata } : {});
      return key;
    },
    async ingest() {
      await scanIncoming({ sealed: ctx.sealed, config, transcribeQueue: ctx.queues.transcribe, audit: ctx.audit, activity: ctx.activity, maxBytes: config.raw.intake.maxBytes });
      return voicemailIds();
    },
    voicemailIds,
    deliverJobId: (v, r) => jobIds.deliver(v, r),
    transcribeJobId: (v) => jobIds.transcribe(v),
    async waitForDone(ids, deadlineMs = 60_000) {
      await waitFor(`${ids.length} voicemail(s) complete`, deadlineMs, async () => {
        for (const id of ids) if (!(await ctx.store.head(keys.done(id)))) return null;
        // done.json is written inside the last deliver job, a moment before that job completes: wait for
        // every deliver job to settle too, so callers can assert on job states and return values.
        for (const id of ids) {
          for (const r of recipients) {
            const state = await (await ctx.queues.deliver.getJob(jobIds.deliver(id, r.id)))?.getState();
            if (state !== 'completed' && state !== 'failed') return null;
          }
        }
        return true;
      }, 200);
    },
    redisDump,
    async holdAuditLock(voicemailId) {
      const r = new Redis(redis.url);
      const key = `${prefix}:lock:audit:${voicemailId}`;
      await waitFor('the audit lock', 15_000, async () => ((await r.set(key, 'held-by-test', 'PX', 60_000, 'NX')) === 'OK' ? true : null), 10);
      return async () => {
        await r.del(key);
        r.disconnect();
      };
    },
    async close() {
      await Promise.all(processes.map((p) => p.stop(15_000).catch(() => undefined)));
      for (const p of processes) p.reap();
      try {
        if (suiteArtifactsDir()) await saveArtifacts();
      } finally {
        await ctx.close().catch(() => undefined);
        await smtp.close();
        await s3.stop();
        await redis.close();
        await gnupg.dispose();
        await rm(root, { recursive: true, force: true });
      }
    },
  };
  return stack;
}

/** `ql-*` entries in the children's TMPDIR: work dirs that were not cleaned up. */
export async function leftoverWorkDirs(stack: Pick<FaultStack, 'tmp'>): Promise<string[]> {
  return (await readdir(stack.tmp)).filter((n) => n.startsWith('ql-'));
}
