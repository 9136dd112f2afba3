/**
 * The whole-suite PHI canary sweep's scanner. It reads what scripts/run-tests.mjs and the test stacks left
 * in the suite's artefact directory (see suite-artifacts.ts), plus the suite's TMPDIR and the whole shared
 * Redis, and reports:
 *  - hits: a canary token where PHI must never be (log output, Redis keys and values, unsealed S3 objects
 *    and all S3 metadata, email bytes outside the OpenPGP ciphertext, dashboard responses, temp files);
 *  - problems: an S3 object that should be ciphertext and is not (intermediate transcripts included), an
 *    unsealed object of no allowed kind, an email without ciphertext, a `ql-*` temp dir left behind;
 *  - the positive control: which canaries the decrypted transcripts of each test file contain.
 * A report names places and token labels only, never a value.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { CANARY_TOKENS, findCanaryTokens, spokenCanaryTokens, type CanaryToken } from './canaries.ts';
import { readRedisEntries } from './redis-keys.ts';
import { ARMOR_BLOCKS } from './decrypt-mail.ts';

/** First bytes of every object services/storage/sealed-store.ts writes ("QLS" + format version). */
const SEALED_MAGIC = Buffer.from('QLS');
const S3RVER_OBJECT = '._S3rver_object';
const S3RVER_METADATA = '._S3rver_metadata.json';

/**
 * Objects allowed in S3 without sealing: the phone system's raw drop (input, consumed by intake) and
 * PHI-free records made of ids, reason codes and times. Everything else must be sealed.
 */
export const UNSEALED_ALLOWED: readonly { kind: string; key: RegExp }[] = [
  { kind: 'recording as the phone system dropped it', key: /^incoming\// },
  { kind: 'delivery ledger entry', key: /^voicemails\/[^/]+\/deliveries\/[^/]+\.json$/ },
  { kind: 'delivery failure record', key: /^voicemails\/[^/]+\/failures\/[^/]+\.json$/ },
  { kind: 'completion marker', key: /^voicemails\/[^/]+\/done\.json$/ },
  { kind: 'audit record', key: /^audit\// },
  { kind: 'rejection record', key: /^rejected\/[^/]+\.json$/ },
  { kind: 'rejected-copy index', key: /^rejected\/due\/\d{4}-\d{2}-\d{2}\/[A-Za-z0-9_-]+$/ },
  { kind: 'retention marker', key: /^retention\// },
  { kind: 'kept-original index', key: /^originals\/due\// },
  // Amazon Transcribe cannot read sealed objects; documented in the README (SSE-KMS, deleted after the job).
  { kind: 'Amazon Transcribe input', key: /^voicemails\/[^/]+\/transcribe-input\.wav$/ },
];

export interface SweepOptions {
  /** The suite's artefact directory (QUIETLINE_SUITE_ARTIFACTS). */
  artifactsDir: string;
  /** The TMPDIR every test file ran with: any `ql-*` left there is a leftover, everything else is searched. */
  tmpDir?: string;
  /** Searched whole (every key on it), for keys outside the stacks' prefixes and clean-ups that failed. */
  redisUrl?: string;
  tokens?: readonly CanaryToken[];
}

export interface SweepReport {
  hits: { place: string; token: string }[];
  problems: string[];
  /**
   * Per test file whose stacks delivered emails they could decrypt (`eligible`: mailboxes whose policy keeps
   * names and numbers): how many they decrypted, and which spoken canaries those contain.
   */
  positive: { file: string; texts: number; eligible: number; found: string[] }[];
  /** Test files whose synthesised speech carried canaries. */
  spokenFiles: string[];
  counts: Record<string, number>;
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return out;
  }
  for (const n of names.sort()) {
    const p = join(dir, n);
    const s = await stat(p).catch(() => null);
    if (s?.isDirectory()) out.push(...(await walk(p)));
    else if (s?.isFile()) out.push(p);
  }
  return out;
}

async function subdirs(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const out: string[] = [];
  for (const n of names.sort()) if ((await stat(join(dir, n)).catch(() => null))?.isDirectory()) out.push(n);
  return out;
}

class Sweep {
  readonly report: SweepReport = { hits: [], problems: [], positive: [], spokenFiles: [], counts: {} };
  constructor(
    private readonly tokens: readonly CanaryToken[],
    private readonly root: string,
  ) {}

  count(what: string, n = 1): void {
    this.report.counts[what] = (this.report.counts[what] ?? 0) + n;
  }

  scan(place: string, text: string, tokens: readonly CanaryToken[] = this.tokens): void {
    for (const token of findCanaryTokens(text, tokens)) this.report.hits.push({ place, token });
  }

  rel(p: string): string {
    return relative(this.root, p).split(sep).join('/');
  }

  async scanFile(place: string, path: string): Promise<void> {
    this.count('bytes', (await stat(path)).size);
    this.scan(place, (await readFile(path)).toString('latin1'));
  }

  /** A key name is printed unless it carries a canary itself. */
  keyName(key: string): string {
    return findCanaryTokens(key, this.tokens).length ? '(key name withheld: it carries a canary)' : key;
  }

  async logs(dir: string, counter: string): Promise<void> {
    for (const f of await walk(dir)) {
      this.count(counter);
      await this.scanFile(`log ${this.rel(f)}`, f);
    }
  }

  async redisDump(stackDir: string, planted: boolean): Promise<void> {
    const path = join(stackDir, 'redis.jsonl');
    const text = await readFile(path, 'latin1').catch(() => null);
    if (text === null) return;
    const lines = text.split('\n').filter(Boolean);
    if (planted) {
      this.count('redis keys planted by their test (not swept)', lines.length);
      return;
    }
    for (const line of lines) {
      const e = JSON.parse(line) as { key: string; type: string; value: string };
      this.count('redis keys (test prefixes)');
      this.scan(`redis ${this.rel(stackDir)} ${this.keyName(e.key)}`, `${e.key}\n${e.value}`);
    }
  }

  async s3(dir: string): Promise<void> {
    for (const f of await walk(dir)) {
      // <s3 dir>/<bucket>/<key>._S3rver_object (+ _metadata.json, .md5)
      const inBucket = this.rel(f).split('/s3/')[1]?.split('/').slice(1).join('/') ?? f;
      if (f.endsWith(S3RVER_METADATA)) {
        this.count('s3 metadata files');
        await this.scanFile(`s3 metadata ${this.rel(f)}`, f); // S3 never encrypts metadata: all of it is swept
        continue;
      }
      if (!f.endsWith(S3RVER_OBJECT)) continue;
      const key = inBucket.slice(0, -S3RVER_OBJECT.length);
      const place = `s3 of ${this.rel(f).split('/s3/')[0]}: ${this.keyName(key)}`;
      this.count('s3 objects');
      this.scan(`${place} (key name)`, key);
      const body = await readFile(f);
      if (body.subarray(0, SEALED_MAGIC.length).equals(SEALED_MAGIC)) {
        this.count('s3 objects sealed');
        if (/transcript/.test(key)) this.count('intermediate transcripts (sealed)');
        continue;
      }
      if (/transcript/.test(key) || key.endsWith('.sealed')) {
        this.report.problems.push(`${place}: not ciphertext (no sealed-object header)`);
        continue;
      }
      const allowed = UNSEALED_ALLOWED.find((a) => a.key.test(key));
      if (!allowed) this.report.problems.push(`${place}: unsealed, and not one of the allowed PHI-free kinds`);
      this.count('s3 objects unsealed (allowed kinds)');
      this.count('bytes', body.length);
      this.scan(place, body.toString('latin1'));
    }
  }

  async mail(dir: string): Promise<void> {
    for (const f of await walk(dir)) {
      this.count('emails');
      const raw = (await readFile(f)).toString('latin1');
      const outside = raw.replace(ARMOR_BLOCKS, '');
      if (outside.length === raw.length) this.report.problems.push(`email ${this.rel(f)}: no OpenPGP ciphertext in it`);
      this.count('bytes', raw.length);
      this.scan(`email ${this.rel(f)} (outside the ciphertext)`, outside);
    }
  }

  async positive(stackDir: string, file: string, eligible: number): Promise<void> {
    const texts = await walk(join(stackDir, 'positive'));
    if (!texts.length && !eligible) return;
    let entry = this.report.positive.find((p) => p.file === file);
    if (!entry) this.report.positive.push((entry = { file, texts: 0, eligible: 0, found: [] }));
    entry.eligible += eligible;
    for (const t of texts) {
      entry.texts++;
      for (const label of findCanaryTokens(await readFile(t, 'latin1'), spokenCanaryTokens())) if (!entry.found.includes(label)) entry.found.push(label);
    }
  }

  async stack(stackDir: string): Promise<void> {
    this.count('stacks');
    const meta = JSON.parse(await readFile(join(stackDir, 'meta.json'), 'utf8').catch(() => '{}')) as { file?: string | null; redisPlanted?: boolean; decryptEligible?: number };
    await this.redisDump(stackDir, meta.redisPlanted === true);
    await this.s3(join(stackDir, 's3'));
    await this.mail(join(stackDir, 'mail'));
    await this.logs(join(stackDir, 'logs'), 'child process logs');
    for (const f of await walk(join(stackDir, 'http'))) {
      this.count('dashboard responses');
      await this.scanFile(`dashboard ${this.rel(f)}`, f);
    }
    for (const f of await walk(join(stackDir, 'dirs'))) {
      this.count('files of kept directories (Redis AOF)');
      await this.scanFile(`file ${this.rel(f)}`, f);
    }
    for (const n of await readdir(join(stackDir, 'tmp-leftovers')).catch(() => [] as string[])) {
      this.report.problems.push(`temp dir left behind by a process of ${this.rel(stackDir)}: ${n}`);
      for (const f of await walk(join(stackDir, 'tmp-leftovers', n))) await this.scanFile(`temp file ${this.rel(f)}`, f);
    }
    await this.positive(stackDir, meta.file ?? this.rel(stackDir), meta.decryptEligible ?? 0);
  }

  async tmp(tmpDir: string): Promise<void> {
    for (const n of (await readdir(tmpDir).catch(() => [] as string[])).sort()) {
      // tsx's compile cache holds the test sources, canary registry included: not output of Quietline.
      if (n.startsWith('tsx-')) continue;
      if (n.startsWith('ql-')) this.report.problems.push(`temp dir left behind in the suite's TMPDIR: ${n}`);
      for (const f of await walk(join(tmpDir, n))) {
        this.count('temp files');
        await this.scanFile(`temp file ${n}/${relative(join(tmpDir, n), f)}`, f);
      }
      if ((await stat(join(tmpDir, n)).catch(() => null))?.isFile()) {
        this.count('temp files');
        await this.scanFile(`temp file ${n}`, join(tmpDir, n));
      }
    }
  }

  async wholeRedis(url: string): Promise<void> {
    // Dashboard tests of any run plant the fixed "planted" names on purpose while they run; this run's
    // planted number still catches its own leftovers. Every other token counts everywhere.
    const tokens = this.tokens.filter((t) => !t.label.startsWith('name:planted'));
    for (const e of await readRedisEntries(url, '*')) {
      this.count('redis keys (whole server)');
      this.scan(`redis (whole server) ${this.keyName(e.key)}`, `${e.key}\n${e.value}`, tokens);
    }
  }
}

/** Sweeps the suite's artefacts, TMPDIR and Redis. */
export async function sweepSuite(opts: SweepOptions): Promise<SweepReport> {
  const s = new Sweep(opts.tokens ?? CANARY_TOKENS, opts.artifactsDir);
  await s.logs(join(opts.artifactsDir, 'logs'), 'log files');
  for (const d of await subdirs(join(opts.artifactsDir, 'stacks'))) await s.stack(join(opts.artifactsDir, 'stacks', d));
  for (const f of await readdir(join(opts.artifactsDir, 'spoken')).catch(() => [] as string[])) {
    const m = JSON.parse(await readFile(join(opts.artifactsDir, 'spoken', f), 'utf8')) as { file?: string | null };
    s.report.spokenFiles.push(m.file ?? f);
  }
  if (opts.tmpDir) await s.tmp(opts.tmpDir);
  if (opts.redisUrl) await s.wholeRedis(opts.redisUrl);
  s.report.hits.sort((a, b) => a.place.localeCompare(b.place));
  return s.report;
}

/**
 * Positive-control verdicts: each test file that spoke canaries and saved decrypted transcripts must have
 * at least one canary name and one canary number in them. Returns the failures.
 */
export function positiveControlFailures(report: SweepReport): string[] {
  const out: string[] = [];
  for (const p of report.positive) {
    if (!report.spokenFiles.includes(p.file)) continue;
    if (p.texts === 0) {
      out.push(`${p.file}: ${p.eligible} delivered email(s) to decrypt, none decrypted`);
      continue;
    }
    const name = p.found.some((l) => l.startsWith('name:'));
    const number = p.found.some((l) => !l.startsWith('name:'));
    if (!name || !number) out.push(`${p.file}: ${p.texts} decrypted transcript(s) lack a canary ${name ? 'number' : number ? 'name' : 'name and number'} (found: ${p.found.join(', ') || 'none'})`);
  }
  return out;
}
