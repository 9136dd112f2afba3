/**
 * A part that cannot start stops `quietline start` as a whole: with the dashboard on a public address
 * and no token, the process prints one line and exits non-zero, instead of running its workers on
 * with no dashboard while a supervisor shows it "up". Real Redis, embedded S3 and SMTP.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPair } from '../services/pgp/keygen.ts';
import { oneMailboxConfig } from './helpers/one-mailbox-config.ts';
import { deleteRedisPrefix } from './helpers/redis-keys.ts';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('quietline start: a part that fails stops the process', () => {
  let dir: string;
  const prefix = `qltest-${randomUUID().slice(0, 8)}`;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ql-start-fail-'));
    const service = await generateKeyPair({ name: 'Service', email: 'svc@clinic.test', type: 'ecc' });
    const staff = await generateKeyPair({ name: 'Staff', email: 'staff@clinic.test', type: 'ecc' });
    await writeFile(join(dir, 'service.asc'), service.privateKey);
    await writeFile(join(dir, 'staff.asc'), staff.publicKey);
    await writeFile(
      join(dir, 'quietline.yaml'),
      oneMailboxConfig(),
    );
  });
  after(async () => {
    await deleteRedisPrefix(REDIS_URL, prefix);
    await rm(dir, { recursive: true, force: true });
  });

  it('exits with a one-line reason when the dashboard may not start, workers included', async () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      QUIETLINE_CONFIG: join(dir, 'quietline.yaml'),
      QUIETLINE_DATA_DIR: join(dir, 'var'),
      REDIS_URL,
      QUEUE_PREFIX: prefix,
      DASHBOARD_HOST: '0.0.0.0',
      DASHBOARD_PORT: '0',
      LOG_LEVEL: 'silent',
    };
    delete env.DASHBOARD_TOKEN;
    const child = spawn(process.execPath, ['bin/quietline.mjs', 'start'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
    child.stdout.resume();
    // Before the fix the process ran on for good; the deadline turns that into a failure, not a hang.
    const deadline = setTimeout(() => child.kill('SIGKILL'), 60_000);
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (c, s) => resolve([c, s])));
    clearTimeout(deadline);
    assert.equal(signal, null, 'the process exited by itself (it was not killed at the deadline)');
    assert.equal(code, 1);
    assert.match(err, /^quietline: dashboard-token-required: DASHBOARD_HOST=0\.0\.0\.0 is not loopback/m);
  });
});
