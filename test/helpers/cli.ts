import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Stack } from './stack.ts';

export interface CliResult {
  code: number | null;
  out: string;
  err: string;
}

/** Runs `quietline ARGS` against a test stack's S3, Redis and configuration; killed at the deadline. */
export function runCli(stack: Stack, args: string[], deadlineMs = 60_000): Promise<CliResult> {
  const e = stack.env;
  const env = {
    ...process.env,
    QUIETLINE_CONFIG: join(stack.dir, 'quietline.yaml'),
    QUIETLINE_DATA_DIR: e.QUIETLINE_DATA_DIR,
    REDIS_URL: e.REDIS_URL,
    QUEUE_PREFIX: e.QUEUE_PREFIX,
    S3_ENDPOINT: e.S3_ENDPOINT ?? '',
    S3_ACCESS_KEY_ID: e.S3_ACCESS_KEY_ID ?? '',
    S3_SECRET_ACCESS_KEY: e.S3_SECRET_ACCESS_KEY ?? '',
    S3_BUCKET: e.S3_BUCKET,
    SMTP_URL: e.SMTP_URL ?? '',
    QUIETLINE_STORAGE_KEY: e.QUIETLINE_STORAGE_KEY ?? '',
    LOG_LEVEL: 'silent',
  };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/quietline.mjs', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), deadlineMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out, err });
    });
  });
}
