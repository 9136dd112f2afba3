/**
 * A Quietline on real parts for the benches: s3rver and the SMTP sink on loopback (port 0), the
 * shared Redis under a unique queue prefix, throw-away OpenPGP keys, and a config file on disk so
 * worker child processes (`node bin/quietline.mjs start --role worker`) can join the same stack.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { parseEnv, type QuietlineEnv } from '../../services/config/env.ts';
import { parseConfig, type LoadedConfig } from '../../services/config/load-config.ts';
import { createContext, type AppContext } from '../../services/runtime/context.ts';
import { startEmbeddedS3, type EmbeddedS3 } from '../../services/storage/embedded-s3.ts';
import { startSmtpSink, type SmtpSink } from '../../services/mail/smtp-sink.ts';
import type { MailTransport, OutgoingMail, SendResult } from '../../services/mail/transport.ts';
import { generateKeyPair } from '../../services/pgp/keygen.ts';
import { voicemailIdFor } from '../../services/intake/voicemail-id.ts';
import { keys } from '../../services/voicemail/object-keys.ts';
import type { TranscriptionEngine } from '../../services/transcription/engine.ts';
import { startWorkers, type Role, type RunningWorkers } from '../../workers/runner.ts';
import { jobIds } from '../../workers/queues.ts';
import { log } from '../../services/common/log.ts';
import { REPO_DIR } from './machine.ts';
import { waitFor } from '../../test/helpers/wait.ts';
import { deleteRedisPrefix } from '../../test/helpers/redis-keys.ts';
import { saveStackArtifacts, suiteArtifactsDir } from '../../test/helpers/suite-artifacts.ts';

export const PRACTICE = 'benchprac';
export const MAILBOX = 'main';
const PASSPHRASE_ENV = 'QL_BENCH_PASSPHRASE';

export interface BenchStackOptions {
  /** Recipients of the one mailbox; default 2. */
  recipients?: number;
  scanIntervalSec?: number;
  maxDurationSec?: number;
}

export interface Submitted {
  key: string;
  voicemailId: string;
  /** Date.now() when the PUT was accepted. */
  putAt: number;
}

/** Send start/end per Message-ID, taken around the real SMTP transport. */
export interface SendTiming {
  start: number;
  end: number;
}

export interface BenchStack {
  dir: string;
  prefix: string;
  env: QuietlineEnv;
  config: LoadedConfig;
  ctx: AppContext;
  s3: EmbeddedS3;
  smtp: SmtpSink;
  mailDir: string;
  recipientIds: string[];
  configPath: string;
  sends: Map<string, SendTiming>;
  submit(audio: Buffer, ext?: string): Promise<Submitted>;
  /** Intake and/or workers in this process; the transport is wrapped to time SMTP sends. */
  startInProcess(role: Role, engineFor: (practiceId: string) => TranscriptionEngine): Promise<RunningWorkers>;
  /** A worker role child process on this stack. */
  spawnWorker(opts?: { engine?: 'pocketsphinx' | 'fixed' }): Promise<ChildWorker>;
  mailFiles(): Promise<string[]>;
  /**
   * Under the test suite (QUIETLINE_SUITE_ARTIFACTS set) copies the S3 server's files as they are now, for
   * the PHI canary sweep (a mid-run copy holds the intermediates retention later deletes); `first`: object
   * keys to copy before the rest, as they may be deleted while the copy runs. Else nothing.
   */
  saveStorageSnapshot(label: string, first?: string[]): Promise<void>;
  close(): Promise<void>;
}

export interface ChildWorker {
  pid: number;
  child: ChildProcess;
  /** Everything the process wrote to stdout and stderr (kept for the suite's PHI canary sweep). */
  output(): string;
  /**
   * SIGTERM, then wait for the graceful exit; SIGKILL after 15 s. Called when the queues are idle.
   */
  stop(): Promise<void>;
}

export async function startBenchStack(opts: BenchStackOptions = {}): Promise<BenchStack> {
  // Per-job info lines would drown the bench's own output; warnings and errors still show.
  log.level = process.env.LOG_LEVEL ?? 'warn';
  const dir = await mkdtemp(join(tmpdir(), 'ql-bench-stack-'));
  const prefix = `qlbench-${randomUUID().slice(0, 8)}`;
  const s3 = await startEmbeddedS3({ dir: join(dir, 's3'), port: 0, bucket: 'quietline' });
  const mailDir = join(dir, 'mail');
  const smtp = await startSmtpSink({ dir: mailDir, port: 0 });

  const passphrase = randomBytes(12).toString('hex');
  process.env[PASSPHRASE_ENV] = passphrase;
  const service = await generateKeyPair({ name: 'Quietline bench service', email: 'service@quietline.test', type: 'ecc', passphrase });
  await writeFile(join(dir, 'service.sec.asc'), service.privateKey, { mode: 0o600 });
  const recipientIds: string[] = [];
  for (let i = 0; i < (opts.recipients ?? 2); i++) {
    const id = `staff${i + 1}`;
    const k = await generateKeyPair({ name: `Staff ${i + 1}`, email: `${id}@clinic.test`, type: 'ecc' });
    await writeFile(join(dir, `${id}.pub.asc`), k.publicKey);
    recipientIds.push(id);
  }
  const yaml = `
service:
  from: "Quietline <quietline@clinic.test>"
  messageIdDomain: clinic.test
  signingKey: { file: service.sec.asc, passphraseEnv: ${PASSPHRASE_ENV} }
intake:
  scanIntervalSec: ${opts.scanIntervalSec ?? 1}
  maxDurationSec: ${opts.maxDurationSec ?? 900}
practices:
  - id: ${PRACTICE}
    name: Bench Practice
    mailboxes:
      - id: ${MAILBOX}
        name: Front desk
        policy: standard
        recipients:
${recipientIds.map((id) => `          - { id: ${id}, email: ${id}@clinic.test, key: ${id}.pub.asc }`).join('\n')}
`;
  const configPath = join(dir, 'quietline.yaml');
  await writeFile(configPath, yaml);
  const rawEnv: Record<string, string> = {
    QUIETLINE_CONFIG: configPath,
    QUIETLINE_DATA_DIR: join(dir, 'var'),
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: prefix,
    S3_ENDPOINT: s3.endpoint,
    S3_ACCESS_KEY_ID: s3.accessKeyId,
    S3_SECRET_ACCESS_KEY: s3.secretAccessKey,
    S3_BUCKET: 'quietline',
    SMTP_URL: smtp.url,
    QUIETLINE_STORAGE_KEY: randomBytes(32).toString('base64'),
    LOG_LEVEL: 'silent',
  };
  const env = parseEnv(rawEnv);
  const config = parseConfig(yaml, configPath);
  const ctx = await createContext(config, env, { startEmbedded: false });
  const sends = new Map<string, SendTiming>();
  const running: RunningWorkers[] = [];
  const children: ChildWorker[] = [];
  const connections: Redis[] = [];

  const timedTransport: MailTransport = {
    async send(mail: OutgoingMail): Promise<SendResult> {
      const start = Date.now();
      const r = await ctx.transport.send(mail);
      const head = mail.raw.subarray(0, 8192).toString('latin1');
      const mid = /^Message-ID:\s*(<[^>]+>)/im.exec(head)?.[1];
      if (mid) sends.set(mid, { start, end: Date.now() });
      return r;
    },
    verify: () => ctx.transport.verify(),
    close: () => ctx.transport.close(),
  };

  const mailFiles = async () => (await readdir(mailDir).catch(() => [] as string[])).filter((f) => f.endsWith('.eml')).sort().map((f) => join(mailDir, f));

  return {
    dir,
    prefix,
    env,
    config,
    ctx,
    s3,
    smtp,
    mailDir,
    recipientIds,
    configPath,
    sends,
    async submit(audio, ext = 'wav') {
      const key = keys.incoming(PRACTICE, MAILBOX, `${randomUUID()}.${ext}`);
      await ctx.store.put(key, audio);
      // A single-part PUT's ETag is the MD5 of the body, so the id is known without racing the scanner.
      const etag = createHash('md5').update(audio).digest('hex');
      return { key, voicemailId: voicemailIdFor(ctx.sealed, 's3', `${key}\n${etag}`), putAt: Date.now() };
    },
    async startInProcess(role, engineFor) {
      // BullMQ leaves connections it was given open; track them so close() can end them.
      const workerConnection = () => {
        const c = ctx.workerConnection();
        connections.push(c);
        return c;
      };
      const w = await startWorkers({ ...ctx, transport: timedTransport, workerConnection }, role, { engineFor });
      running.push(w);
      return w;
    },
    async spawnWorker(o = {}) {
      const args =
        (o.engine ?? 'pocketsphinx') === 'pocketsphinx'
          ? [join(REPO_DIR, 'bin', 'quietline.mjs'), 'start', '--role', 'worker']
          : ['--import', 'tsx', join(REPO_DIR, 'bench', 'lib', 'worker-entry.ts')];
      const child = spawn(process.execPath, args, {
        cwd: REPO_DIR,
        env: {
          PATH: process.env.PATH ?? '/usr/bin:/bin',
          HOME: process.env.HOME ?? '/tmp',
          // The test suite points TMPDIR at a directory it checks for leftovers afterwards.
          ...(process.env.TMPDIR ? { TMPDIR: process.env.TMPDIR } : {}),
          ...rawEnv,
          LOG_LEVEL: 'info',
          [PASSPHRASE_ENV]: passphrase,
          WORKER_CONCURRENCY: '1',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      const output: string[] = [];
      child.stderr.on('data', (c: Buffer) => output.push(c.toString()));
      await new Promise<void>((resolve, reject) => {
        let buf = '';
        const timer = setTimeout(() => reject(new Error('worker-start-timeout')), 60_000);
        child.stdout.on('data', (c: Buffer) => {
          output.push(c.toString());
          buf += c.toString();
          if (buf.includes('"msg":"quietline started"')) {
            clearTimeout(timer);
            resolve();
          }
          buf = buf.slice(-4096);
        });
        child.once('exit', (code) => {
          clearTimeout(timer);
          reject(new Error(`worker-exited-${code}`));
        });
      });
      const w: ChildWorker = {
        pid: child.pid!,
        child,
        output: () => output.join(''),
        async stop() {
          if (child.exitCode !== null || child.signalCode !== null) return;
          child.kill('SIGTERM');
          // A worker that exits by itself removes its scratch dir; one killed leaves it for the next start on
          // this host (and for the test suite's leftover check), so it gets its shutdown bound first.
          const t = setTimeout(() => child.kill('SIGKILL'), 15_000);
          await exited;
          clearTimeout(t);
        },
      };
      children.push(w);
      return w;
    },
    mailFiles,
    async saveStorageSnapshot(label, first = []) {
      if (suiteArtifactsDir()) await saveStackArtifacts({ kind: `bench-stack-${label}`, s3Dir: join(dir, 's3'), s3First: { bucket: env.S3_BUCKET, keys: first } });
    },
    async close() {
      await Promise.all(children.map((c) => c.stop()));
      for (const w of running) await w.close(10_000);
      for (const c of connections) c.disconnect();
      try {
        if (suiteArtifactsDir()) {
          await saveStackArtifacts({
            kind: 'bench-stack',
            redis: { target: env.REDIS_URL, prefix },
            s3Dir: join(dir, 's3'),
            mail: { dir: mailDir },
            logs: children.map((c) => ({ name: `worker-${c.pid}`, text: c.output() })),
          });
        }
      } finally {
        await deleteRedisPrefix(env.REDIS_URL, prefix);
      }
      await ctx.close();
      await smtp.close();
      await s3.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Job timestamps (ms since epoch) of one voicemail through every queue. */
export interface Timeline {
  voicemailId: string;
  putAt: number;
  /** processedOn of the intake scan that picked the object up. */
  scanStart: number;
  transcribe: JobTimes;
  prepare: JobTimes;
  /** One per recipient. */
  deliver: (JobTimes & { recipientId: string })[];
}

export interface JobTimes {
  created: number;
  processedOn: number;
  finishedOn: number;
}

function times(job: Job | undefined, what: string): JobTimes {
  if (!job?.processedOn || !job.finishedOn) throw new Error(`job-not-finished: ${what}`);
  return { created: job.timestamp, processedOn: job.processedOn, finishedOn: job.finishedOn };
}

/** Reads a finished voicemail's job timestamps back from BullMQ (completed jobs are kept a day). */
export async function readTimeline(stack: BenchStack, sub: Submitted): Promise<Timeline> {
  const q = stack.ctx.queues;
  const id = sub.voicemailId;
  const transcribe = times(await q.transcribe.getJob(jobIds.transcribe(id)), 'transcribe');
  const prepare = times(await q.prepare.getJob(jobIds.prepare(id)), 'prepare');
  const deliver = await Promise.all(stack.recipientIds.map(async (r) => ({ recipientId: r, ...times(await q.deliver.getJob(jobIds.deliver(id, r)), 'deliver') })));
  const scans = await q.intake.getJobs(['completed', 'active', 'failed'], 0, 300);
  const scanStart = Math.max(sub.putAt, ...scans.map((j) => j.processedOn ?? 0).filter((t) => t <= transcribe.created));
  return { voicemailId: id, putAt: sub.putAt, scanStart, transcribe, prepare, deliver };
}

/**
 * Polls until every recipient's deliver job of each voicemail has finished; throws on a failed one.
 * Each poll asks Redis for the queue's counts only; the jobs themselves are read once the counts say
 * the rest may be done, so waiting on a burst of hundreds costs next to nothing (it shares the CPU
 * with the workers it is measuring). `onPoll` sees the counts of every poll.
 */
export async function waitDelivered(
  stack: BenchStack,
  subs: Submitted[],
  deadlineMs: number,
  opts: { onPoll?: (counts: { completed: number; failed: number }) => Promise<void> | void } = {},
): Promise<void> {
  const q = stack.ctx.queues.deliver;
  const pending = new Set(subs.flatMap((s) => stack.recipientIds.map((r) => jobIds.deliver(s.voicemailId, r))));
  const checkFinished = async (ids: string[]) => {
    for (const id of ids) {
      const j = await q.getJob(id);
      if (j?.finishedOn) {
        if (j.failedReason) throw new Error(`delivery-failed: ${id} ${j.failedReason}`);
        pending.delete(id);
      }
    }
  };
  let failedSeen = 0;
  await waitFor(`${pending.size} deliveries`, deadlineMs, async () => {
    const c = await q.getJobCounts('completed', 'failed');
    const counts = { completed: c.completed ?? 0, failed: c.failed ?? 0 };
    await opts.onPoll?.(counts);
    if (counts.failed > failedSeen) {
      failedSeen = counts.failed;
      await checkFinished((await q.getFailed(0, -1)).map((j) => j.id ?? '').filter((id) => pending.has(id)));
    }
    if (counts.completed + counts.failed >= pending.size) await checkFinished([...pending]);
    return pending.size === 0 ? true : null;
  }, pending.size > 20 ? 250 : 100);
}
