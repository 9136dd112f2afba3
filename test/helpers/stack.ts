/**
 * A whole Quietline on real parts for integration tests: a real S3-protocol server and SMTP sink on
 * loopback (port 0), the shared Redis at 127.0.0.1:6379 under a unique queue prefix, throw-away keys,
 * and a GnuPG home holding the recipients' secret keys to read what was sent.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseEnv, type QuietlineEnv } from '../../services/config/env.ts';
import { parseConfig, type LoadedConfig } from '../../services/config/load-config.ts';
import { createContext, type AppContext } from '../../services/runtime/context.ts';
import { engineResolver } from '../../services/runtime/engines.ts';
import { startEmbeddedS3, type EmbeddedS3 } from '../../services/storage/embedded-s3.ts';
import { startSmtpSink, type SmtpSink } from '../../services/mail/smtp-sink.ts';
import { generateKeyPair } from '../../services/pgp/keygen.ts';
import { CALLER_METADATA, callerAad } from '../../services/intake/s3-scanner.ts';
import { keys } from '../../services/voicemail/object-keys.ts';
import { startWorkers, type RunningWorkers } from '../../workers/runner.ts';
import { GnupgHome } from '../fixtures/keys-gen.ts';
import { waitFor } from './wait.ts';
import { deleteRedisPrefix, dumpRedisPrefix } from './redis-keys.ts';
import { saveStackArtifacts, suiteArtifactsDir } from './suite-artifacts.ts';
import { armoredBlock, decryptedInnerTexts } from './decrypt-mail.ts';

export interface StackRecipient {
  id: string;
  email: string;
  /** Armored public key text written to the key file; null = leave the file missing. */
  publicKey?: string | null;
}

export interface StackOptions {
  /** Mailboxes of practice "testprac"; default one mailbox "main" (policy standard) with two recipients. */
  mailboxes?: { id: string; policy?: 'none' | 'standard' | 'safe-harbor'; recipients: StackRecipient[] }[];
  scanIntervalSec?: number;
  startWorkers?: boolean;
  /**
   * retention.keepDays (default 0: a voicemail's sealed objects, its record included, go as soon as it
   * completes). Tests that read records after delivery keep them a day.
   */
  keepDays?: number;
}

export interface Stack {
  dir: string;
  prefix: string;
  env: QuietlineEnv;
  config: LoadedConfig;
  ctx: AppContext;
  s3: EmbeddedS3;
  smtp: SmtpSink;
  mailDir: string;
  gnupg: GnupgHome;
  serviceFingerprint: string;
  workers: RunningWorkers | null;
  /** Puts a recording under incoming/ as a phone system would; returns the object key. */
  submit(audio: Buffer, mailboxId: string, opts?: { caller?: string; ext?: string }): Promise<string>;
  scanNow(): Promise<void>;
  mailFiles(): Promise<string[]>;
  waitForMail(count: number, deadlineMs?: number): Promise<string[]>;
  /** Every Redis key of this stack's prefix with its contents, for PHI sweeps. */
  redisDump(): Promise<string>;
  close(): Promise<void>;
}

export async function startStack(opts: StackOptions = {}): Promise<Stack> {
  const dir = await mkdtemp(join(tmpdir(), 'ql-stack-'));
  const prefix = `qltest-${randomUUID().slice(0, 8)}`;
  const s3 = await startEmbeddedS3({ dir: join(dir, 's3'), port: 0, bucket: 'quietline' });
  const mailDir = join(dir, 'mail');
  const smtp = await startSmtpSink({ dir: mailDir, port: 0 });
  const gnupg = await GnupgHome.create();

  const passphrase = randomBytes(12).toString('hex');
  const service = await generateKeyPair({ name: 'Quietline test service', email: 'service@quietline.test', type: 'ecc', passphrase });
  await writeFile(join(dir, 'service.sec.asc'), service.privateKey);
  await gnupg.importKey(service.publicKey);

  const mailboxes = opts.mailboxes ?? [
    {
      id: 'main',
      policy: 'standard' as const,
      recipients: [
        { id: 'alice', email: 'alice@clinic.test' },
        { id: 'bob', email: 'bob@clinic.test' },
      ],
    },
  ];
  const made = new Map<string, string>();
  for (const m of mailboxes) {
    for (const r of m.recipients) {
      if (r.publicKey === null || made.has(r.id)) continue;
      let pub = r.publicKey;
      if (pub === undefined) {
        const k = await generateKeyPair({ name: `Staff ${r.id}`, email: r.email, type: 'ecc' });
        await gnupg.importKey(k.privateKey);
        pub = k.publicKey;
      }
      made.set(r.id, pub);
      await writeFile(join(dir, `${r.id}.pub.asc`), pub);
    }
  }
  const yaml = `
service:
  from: "Quietline <quietline@clinic.test>"
  messageIdDomain: clinic.test
  signingKey: { file: service.sec.asc, passphraseEnv: QL_TEST_PASSPHRASE }
intake:
  scanIntervalSec: ${opts.scanIntervalSec ?? 1}
retention:
  keepDays: ${opts.keepDays ?? 0}
practices:
  - id: testprac
    name: Test Practice
    mailboxes:
${mailboxes
  .map(
    (m) => `      - id: ${m.id}
        name: Mailbox ${m.id}
        policy: ${m.policy ?? 'standard'}
        recipients:
${m.recipients.map((r) => `          - { id: ${r.id}, email: ${r.email}, key: ${r.id}.pub.asc }`).join('\n')}`,
  )
  .join('\n')}
`;
  const configPath = join(dir, 'quietline.yaml');
  await writeFile(configPath, yaml);
  process.env.QL_TEST_PASSPHRASE = passphrase;
  const env = parseEnv({
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
  });
  const config = parseConfig(yaml, configPath);
  const ctx = await createContext(config, env, { startEmbedded: false });
  const workers = opts.startWorkers === false ? null : await startWorkers(ctx, 'all', { engineFor: engineResolver(ctx) });
  const serviceFingerprint = service.fingerprint.toUpperCase();

  const mailFiles = async () => (await readdir(mailDir).catch(() => [] as string[])).filter((f) => f.endsWith('.eml')).sort().map((f) => join(mailDir, f));
  // Delivered transcripts of mailboxes that keep names and numbers, to recipients whose secret key the test
  // holds: the sweep's proof that spoken canaries come through.
  const keepsCanaries = new Set(
    mailboxes.filter((m) => m.policy !== 'safe-harbor').flatMap((m) => m.recipients.filter((r) => r.publicKey === undefined).map((r) => r.email.toLowerCase())),
  );
  const saveArtifacts = async () => {
    const raws = await Promise.all((await mailFiles()).map((f) => readFile(f)));
    const readable = raws.filter((raw) => {
      const to = /^To:\s*(.+)$/im.exec(raw.subarray(0, 16_384).toString('latin1'))?.[1]?.toLowerCase() ?? '';
      return armoredBlock(raw) !== null && [...keepsCanaries].some((e) => to.includes(e));
    });
    await saveStackArtifacts({
      kind: 'stack',
      redis: { target: env.REDIS_URL, prefix },
      s3Dir: join(dir, 's3'),
      mail: { raws },
      decrypted: await decryptedInnerTexts(gnupg, readable),
      decryptEligible: Math.min(readable.length, 12),
    });
  };

  const stack: Stack = {
    dir,
    prefix,
    env,
    config,
    ctx,
    s3,
    smtp,
    mailDir,
    gnupg,
    serviceFingerprint,
    workers,
    async submit(audio, mailboxId, o = {}) {
      const key = keys.incoming('testprac', mailboxId, `${randomUUID()}.${o.ext ?? 'wav'}`);
      const metadata = o.caller ? { [CALLER_METADATA]: ctx.sealed.sealString(o.caller, callerAad(key)) } : undefined;
      await ctx.store.put(key, audio, metadata ? { metadata } : {});
      return key;
    },
    async scanNow() {
      await ctx.queues.intake.add('scan', { reason: 'manual' });
    },
    mailFiles,
    waitForMail: (count, deadlineMs = 120_000) =>
      waitFor(`${count} email(s) in the SMTP sink`, deadlineMs, async () => {
        const f = await mailFiles();
        return f.length >= count ? f : null;
      }),
    redisDump: () => dumpRedisPrefix(env.REDIS_URL, prefix),
    async close() {
      await workers?.close(10_000);
      try {
        if (suiteArtifactsDir()) await saveArtifacts();
      } finally {
        await deleteRedisPrefix(env.REDIS_URL, prefix);
        await ctx.close();
        await smtp.close();
        await s3.close();
        await gnupg.dispose();
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
  return stack;
}

export async function readMail(path: string): Promise<string> {
  return (await readFile(path)).toString('latin1');
}

/** The armored OpenPGP message inside a PGP/MIME email. */
export function armoredPart(raw: string): string {
  const block = armoredBlock(raw);
  if (!block) throw new Error('no armored OpenPGP message in the email');
  return block;
}
