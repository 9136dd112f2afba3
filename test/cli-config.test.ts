import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function quietline(args: string[], config: string) {
  const dir = mkdtempSync(join(tmpdir(), 'ql-cfg-'));
  try {
    const path = join(dir, 'quietline.yaml');
    writeFileSync(path, config);
    return spawnSync(process.execPath, ['bin/quietline.mjs', ...args], { env: { ...process.env, QUIETLINE_CONFIG: path }, encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const GOOD = `
service:
  signingKey: { file: service.asc }
practices:
  - id: p1
    name: P1
    mailboxes:
      - id: m1
        name: M1
        recipients: [{ email: a@b.test, key: a.asc }]
`;

describe('quietline config check', () => {
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

  it('reports a missing file with the fix', () => {
    const r = spawnSync(process.execPath, ['bin/quietline.mjs', 'config', 'check'], { env: { ...process.env, QUIETLINE_CONFIG: '/nonexistent/q.yaml' }, encoding: 'utf8' });
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /cannot read the config file; create it from quietline.example.yaml/);
  });
});
