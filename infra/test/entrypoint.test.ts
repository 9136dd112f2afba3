import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const entrypoint = join(dirname(fileURLToPath(import.meta.url)), '..', 'docker', 'entrypoint.sh');

let work: string;
let home: string;

interface ChildView {
  argv: string[];
  env: Record<string, string | undefined>;
  config: string | null;
}

/** Runs the real entrypoint with a stand-in quietline.mjs that reports what it was started with. */
function run(env: Record<string, string>, args: string[] = ['start', '--role', 'worker']) {
  const dataDir = mkdtempSync(join(work, 'data-'));
  const res = spawnSync('sh', [entrypoint, ...args], {
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', QUIETLINE_HOME: home, QUIETLINE_DATA_DIR: dataDir, ...env },
    encoding: 'utf8',
    timeout: 20_000,
  });
  const view = res.status === 0 ? (JSON.parse(res.stdout) as ChildView) : null;
  return { status: res.status, stderr: res.stderr, view, dataDir };
}

function bundle(files: Record<string, string>): string {
  const src = mkdtempSync(join(work, 'bundle-'));
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(dirname(join(src, name)), { recursive: true });
    writeFileSync(join(src, name), body);
  }
  const tgz = join(work, `b-${Date.now()}-${Math.random().toString(36).slice(2)}.tgz`);
  const tar = spawnSync('tar', ['-czf', tgz, '-C', src, '.'], { encoding: 'utf8' });
  assert.equal(tar.status, 0, tar.stderr);
  return readFileSync(tgz).toString('base64');
}

before(() => {
  work = mkdtempSync(join(tmpdir(), 'ql-entry-'));
  home = join(work, 'app');
  mkdirSync(join(home, 'bin'), { recursive: true });
  writeFileSync(
    join(home, 'bin', 'quietline.mjs'),
    `import { existsSync, readFileSync } from 'node:fs';
const pick = ['REDIS_URL', 'REDIS_AUTH_TOKEN', 'REDIS_HOST', 'QUIETLINE_CONFIG', 'QUIETLINE_CONFIG_BUNDLE'];
const env = Object.fromEntries(pick.map((k) => [k, process.env[k]]));
const c = process.env.QUIETLINE_CONFIG;
process.stdout.write(JSON.stringify({ argv: process.argv.slice(2), env, config: c && existsSync(c) ? readFileSync(c, 'utf8') : null }));
`,
  );
});

after(() => rmSync(work, { recursive: true, force: true }));

describe('docker entrypoint', () => {
  it('builds a TLS REDIS_URL from host, port and AUTH token and drops the token variable', () => {
    const r = run({ REDIS_HOST: 'master.ql.cache.example', REDIS_PORT: '6380', REDIS_AUTH_TOKEN: 'abc123DEF' });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.view?.env['REDIS_URL'], 'rediss://:abc123DEF@master.ql.cache.example:6380');
    assert.equal(r.view?.env['REDIS_AUTH_TOKEN'], undefined);
    assert.equal(r.view?.env['REDIS_HOST'], undefined);
    assert.deepEqual(r.view?.argv, ['start', '--role', 'worker']);
  });

  it('leaves an explicit REDIS_URL alone', () => {
    const r = run({ REDIS_URL: 'redis://:pw@redis:6379', REDIS_HOST: 'ignored', REDIS_AUTH_TOKEN: 'x' });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.view?.env['REDIS_URL'], 'redis://:pw@redis:6379');
  });

  it('unpacks a config bundle into the data dir and points QUIETLINE_CONFIG at it', () => {
    const yaml = 'practices: []\n';
    const r = run({ QUIETLINE_CONFIG: '/etc/quietline/quietline.yaml', QUIETLINE_CONFIG_BUNDLE: bundle({ 'quietline.yaml': yaml, 'keys/a.asc': 'KEY' }) });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.view?.env['QUIETLINE_CONFIG'], join(r.dataDir, 'config', 'quietline.yaml'));
    assert.equal(r.view?.config, yaml);
    assert.equal(readFileSync(join(r.dataDir, 'config', 'keys', 'a.asc'), 'utf8'), 'KEY');
    assert.equal(r.view?.env['QUIETLINE_CONFIG_BUNDLE'], undefined, 'the bundle is not passed on');
  });

  it('refuses a bundle that is not a base64 tar.gz, naming a reason code and not the content', () => {
    const r = run({ QUIETLINE_CONFIG_BUNDLE: Buffer.from('not a tarball secret-ish').toString('base64') });
    assert.equal(r.status, 78);
    assert.match(r.stderr, /reason=config_bundle_invalid/);
    assert.doesNotMatch(r.stderr, /secret-ish/);
  });

  it('refuses a bundle without quietline.yaml', () => {
    const r = run({ QUIETLINE_CONFIG_BUNDLE: bundle({ 'other.yaml': 'x: 1\n' }) });
    assert.equal(r.status, 78);
    assert.match(r.stderr, /reason=config_bundle_incomplete/);
  });
});
