import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPair } from '../services/pgp/keygen.ts';
import { oneMailboxConfig } from './helpers/one-mailbox-config.ts';

/** Key files every config here names (made once): service.asc (signing), a.asc (recipient). */
const KEY_FILES: Record<string, string> = {};

function quietline(args: string[], config: string, env: NodeJS.ProcessEnv = {}, files: Record<string, string> = KEY_FILES) {
  const dir = mkdtempSync(join(tmpdir(), 'ql-cfg-'));
  try {
    const path = join(dir, 'quietline.yaml');
    writeFileSync(path, config);
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const base = { ...process.env };
    for (const k of ['DASHBOARD_HOST', 'DASHBOARD_TOKEN', 'DASHBOARD_OPERATOR_TOKEN', 'S3_ENDPOINT', 'QUIETLINE_STORAGE_KEY']) delete base[k];
    return spawnSync(process.execPath, ['bin/quietline.mjs', ...args], { env: { ...base, ...env, QUIETLINE_CONFIG: path }, encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const GOOD = oneMailboxConfig({ recipients: [{ email: 'a@b.test', key: 'a.asc' }] });

describe('quietline config check', () => {
  before(async () => {
    KEY_FILES['service.asc'] = (await generateKeyPair({ name: 'Service', email: 'svc@b.test', type: 'ecc' })).privateKey;
    KEY_FILES['a.asc'] = (await generateKeyPair({ name: 'A', email: 'a@b.test', type: 'ecc' })).publicKey;
  });

  it('accepts a valid file', () => {
    const r = quietline(['config', 'check'], GOOD);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /ok \(1 practice\(s\), 1 mailbox\(es\), 1 recipient\(s\)\)/);
  });

  it('names the bad field and how to fix it, and exits non-zero', () => {
    const r = quietline(['config', 'check'], GOOD.replace('id: m1', 'id: "Front Desk!"'));
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /practices\.0\.mailboxes\.0\.id: use 1-63 lower-case letters/);
    assert.equal(r.stderr.trim().split('\n').length, 1, 'one message, no stack trace');
  });

  it('reports an unknown policy with the allowed values', () => {
    const r = quietline(['config', 'check'], GOOD.replace('name: M1', 'name: M1\n        policy: strict'));
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /policy: must be one of none, standard, safe-harbor/);
  });

  it('reports broken YAML with its line', () => {
    const r = quietline(['config', 'check'], 'practices:\n  - id: [unclosed\n');
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /not valid YAML at line \d+/);
  });

  it('finds what start would refuse, one line each, without starting anything', () => {
    const withDoor = GOOD.replace('    name: P1\n', '    name: P1\n    hmacSecretsEnv: [QL_TEST_UNSET_SECRET]\n');
    const r = quietline(['config', 'check'], withDoor, { DASHBOARD_HOST: '0.0.0.0', S3_ENDPOINT: 'http://127.0.0.1:9' }, { 'service.asc': KEY_FILES['service.asc']! });
    assert.equal(r.status, 1, r.stderr);
    const lines = r.stderr.trim().split('\n');
    assert.match(lines.find((l) => l.includes('QL_TEST_UNSET_SECRET')) ?? '', /^problem: /, 'a door secret missing from the environment');
    assert.ok(lines.some((l) => /^problem: dashboard-token-required/.test(l)), 'a public dashboard without a token');
    assert.ok(lines.some((l) => /^problem: QUIETLINE_STORAGE_KEY: required when S3_ENDPOINT is set/.test(l)));
    assert.ok(lines.some((l) => /^problem: p1\/m1\/[a-z0-9-]+: key unusable \(key-missing\): this recipient would receive nothing/.test(l)), r.stderr);
    assert.match(lines.at(-1) ?? '', /: 4 problem\(s\)/);
  });

  it("refuses the example file's placeholder dashboard token", () => {
    const r = quietline(['config', 'check'], GOOD, { DASHBOARD_TOKEN: 'CHANGE-me-dashboard-token' });
    assert.equal(r.status, 78);
    assert.match(r.stderr, /DASHBOARD_TOKEN: still the placeholder from \.env\.example/);
  });

  it('reports a signing key it cannot use', () => {
    const r = quietline(['config', 'check'], GOOD, {}, { 'a.asc': KEY_FILES['a.asc']!, 'service.asc': KEY_FILES['a.asc']! });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /^problem: service\.signingKey: /m);
  });

  it('reports a missing file with the fix', () => {
    const r = spawnSync(process.execPath, ['bin/quietline.mjs', 'config', 'check'], { env: { ...process.env, QUIETLINE_CONFIG: '/nonexistent/q.yaml' }, encoding: 'utf8' });
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /cannot read the config file; create it from quietline.example.yaml/);
  });
});
