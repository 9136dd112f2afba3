/**
 * What a test stack leaves for the whole-suite PHI canary sweep (test/canary-sweep.ts). When
 * scripts/run-tests.mjs runs the suite it sets QUIETLINE_SUITE_ARTIFACTS to a directory outside the repo;
 * every stack, before it cleans up, copies there what Quietline produced: each Redis key of its prefix
 * with its value, the S3 server's stored files (objects and their metadata), every raw email the SMTP
 * sink took, the output of every child process, and the dashboard's page, API and /metrics. Run outside
 * the suite (no variable), every function here does nothing.
 *
 * Layout: <artifacts>/stacks/<test-file>--<kind>-<n>/{meta.json, redis.jsonl, s3/, mail/, logs/, http/,
 * positive/}. `positive/` holds decrypted transcripts: they must contain the canaries (the sweep's proof
 * that the canaries were really spoken and recognised) and are the one place the negative scan skips.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { copyFile, mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import type { Redis } from 'ioredis';
import { findCanaryTokens, spokenCanaryTokens } from './canaries.ts';
import { readRedisEntries } from './redis-keys.ts';

export const SUITE_ARTIFACTS_ENV = 'QUIETLINE_SUITE_ARTIFACTS';
/** The test file being run, set per file by scripts/run-tests.mjs (for naming artefacts). */
export const SUITE_FILE_ENV = 'QUIETLINE_SUITE_FILE';

export function suiteArtifactsDir(): string | null {
  return process.env[SUITE_ARTIFACTS_ENV] || null;
}

/** A file-system-safe name of the running test file, e.g. "test_e2e.test.ts". */
export function testFileSlug(): string {
  const f = process.env[SUITE_FILE_ENV] || (process.argv[1] ? relative(process.cwd(), process.argv[1]) : 'unknown');
  return f.replace(/[^A-Za-z0-9._-]+/g, '_');
}

export interface StackArtifacts {
  /** stack | faults-stack | dashboard | bench-stack | ... */
  kind: string;
  redis?: {
    target: Redis | string;
    prefix: string;
    /**
     * The test put canaries into Redis on purpose (the dashboard tests feed PHI-carrying job payloads to
     * prove the dashboard filters them): recorded, but not swept.
     */
    planted?: boolean;
  };
  /** The s3rver directory (objects, metadata and checksums as s3rver stores them). */
  s3Dir?: string;
  /** Objects of a live server to copy before the rest (short-lived ones, which may be gone by the time a full copy reaches them). */
  s3First?: { bucket: string; keys: string[] };
  /** Raw emails as the SMTP sink received them: a directory of .eml files and/or buffers. */
  mail?: { dir?: string; raws?: Buffer[] };
  /** Output of child processes (all of stdout and stderr). */
  logs?: { name: string; text: string }[];
  /** Responses of a running dashboard. */
  http?: { name: string; body: string }[];
  /** Decrypted transcripts of delivered emails (plaintext PHI by design; the positive control). */
  decrypted?: string[];
  /** How many emails the stack tried to decrypt for `decrypted` (so a decryption that quietly failed shows). */
  decryptEligible?: number;
  /** Whole directories to keep (a private redis-server's AOF, say), copied to dirs/<name>/. */
  dirs?: { name: string; dir: string }[];
  /** A TMPDIR the stack's processes used: whatever `ql-*` entry is still in it is copied to tmp-leftovers/. */
  tmpDir?: string;
}

/** A new, empty directory for one stack's artefacts; null outside the suite. */
export async function newArtifactDir(kind: string): Promise<string | null> {
  const root = suiteArtifactsDir();
  if (!root) return null;
  const dir = join(root, 'stacks', `${testFileSlug()}--${kind}-${Date.now().toString(36)}${randomBytes(2).toString('hex')}`);
  await mkdir(dir, { recursive: true });
  return dir;
}

const safeName = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '_');

const gone = (e: unknown) => (e as NodeJS.ErrnoException).code === 'ENOENT';

/**
 * Copies a file or directory tree, file by file: a file removed while the copy runs (a live S3 server's
 * object deleted by retention) is skipped, the rest is still copied.
 */
async function copyIfThere(from: string, to: string): Promise<void> {
  let s;
  try {
    s = await stat(from);
  } catch (e) {
    if (gone(e)) return;
    throw e;
  }
  if (s.isDirectory()) {
    await mkdir(to, { recursive: true });
    for (const n of await readdir(from).catch((e: unknown) => (gone(e) ? [] : Promise.reject(e as Error)))) await copyIfThere(join(from, n), join(to, n));
  } else if (s.isFile()) {
    await copyFile(from, to).catch((e: unknown) => {
      if (!gone(e)) throw e;
    });
  }
}

/** Saves what one stack produced, for the sweep. Call it before the stack removes anything. */
export async function saveStackArtifacts(a: StackArtifacts): Promise<string | null> {
  const dir = await newArtifactDir(a.kind);
  if (!dir) return null;
  const meta: Record<string, unknown> = {
    file: process.env[SUITE_FILE_ENV] ?? null,
    kind: a.kind,
    prefix: a.redis?.prefix ?? null,
    redisPlanted: a.redis?.planted ?? false,
    decryptEligible: a.decryptEligible ?? 0,
  };
  if (a.redis) {
    const entries = await readRedisEntries(a.redis.target, `${a.redis.prefix}:*`);
    meta.redisKeys = entries.length;
    await writeFile(join(dir, 'redis.jsonl'), entries.map((e) => JSON.stringify(e)).join('\n'));
  }
  if (a.s3Dir) {
    for (const key of a.s3First?.keys ?? []) {
      for (const suffix of ['._S3rver_object', '._S3rver_metadata.json']) {
        const rel = join(a.s3First!.bucket, `${key}${suffix}`);
        await mkdir(dirname(join(dir, 's3', rel)), { recursive: true });
        await copyIfThere(join(a.s3Dir, rel), join(dir, 's3', rel));
      }
    }
    await copyIfThere(a.s3Dir, join(dir, 's3'));
  }
  if (a.mail) {
    await mkdir(join(dir, 'mail'));
    let n = 0;
    if (a.mail.dir) {
      for (const f of (await readdir(a.mail.dir).catch(() => [] as string[])).filter((x) => x.endsWith('.eml')).sort()) {
        await copyIfThere(join(a.mail.dir, f), join(dir, 'mail', `${String(++n).padStart(5, '0')}-${safeName(basename(f))}`));
      }
    }
    for (const raw of a.mail.raws ?? []) await writeFile(join(dir, 'mail', `${String(++n).padStart(5, '0')}.eml`), raw);
    meta.emails = n;
  }
  if (a.logs?.length) {
    await mkdir(join(dir, 'logs'));
    for (const [i, l] of a.logs.entries()) await writeFile(join(dir, 'logs', `${i}-${safeName(l.name)}.log`), l.text);
  }
  if (a.http?.length) {
    await mkdir(join(dir, 'http'));
    for (const h of a.http) await writeFile(join(dir, 'http', safeName(h.name)), h.body);
  }
  for (const d of a.dirs ?? []) await copyIfThere(d.dir, join(dir, 'dirs', safeName(d.name)));
  if (a.tmpDir) {
    const left = (await readdir(a.tmpDir).catch(() => [] as string[])).filter((n) => n.startsWith('ql-'));
    for (const n of left) await copyIfThere(join(a.tmpDir, n), join(dir, 'tmp-leftovers', n));
    meta.tmpLeftovers = left.length;
  }
  if (a.decrypted?.length) {
    await mkdir(join(dir, 'positive'));
    for (const [i, t] of a.decrypted.entries()) await writeFile(join(dir, 'positive', `${i}.txt`), t);
  }
  await writeFile(join(dir, 'meta.json'), JSON.stringify(meta, null, 2));
  return dir;
}

/**
 * Notes that this test file synthesised speech carrying canaries (called by speak()). The sweep then
 * expects the file's decrypted transcripts, if it saved any, to contain them.
 */
export function markCanariesSpoken(text: string): void {
  const root = suiteArtifactsDir();
  if (!root || findCanaryTokens(text, spokenCanaryTokens()).length === 0) return;
  mkdirSync(join(root, 'spoken'), { recursive: true });
  writeFileSync(join(root, 'spoken', `${testFileSlug()}.json`), JSON.stringify({ file: process.env[SUITE_FILE_ENV] ?? null }));
}

/**
 * Fetches a running dashboard's page, overview API, metrics and bull-board page and queue API for the sweep;
 * `render` may add the page as a browser rendered it. Outside the suite it does nothing (render is not called).
 */
export async function saveDashboardArtifacts(url: string, opts: { headers?: Record<string, string>; render?: () => Promise<string> } = {}): Promise<string | null> {
  if (!suiteArtifactsDir()) return null;
  const http: { name: string; body: string }[] = [];
  for (const path of ['/', '/api/overview', '/metrics', '/jobs/', '/jobs/api/queues']) {
    const r = await fetch(url + path, { headers: opts.headers ?? {} });
    http.push({ name: `${path === '/' ? 'index' : path.replace(/\//g, '_')}.${r.status}`, body: await r.text() });
  }
  if (opts.render) http.push({ name: 'rendered.html', body: await opts.render() });
  return saveStackArtifacts({ kind: 'dashboard', http });
}
