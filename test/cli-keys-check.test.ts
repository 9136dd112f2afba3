import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPair } from '../services/pgp/keygen.ts';
import { GnupgHome } from './fixtures/keys-gen.ts';
import { oneMailboxConfig } from './helpers/one-mailbox-config.ts';

describe('quietline keys check', () => {
  let dir: string;
  let gpg: GnupgHome;
  const fpr: Record<string, string> = {};

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ql-keys-'));
    gpg = await GnupgHome.create();
    const service = await generateKeyPair({ name: 'Service', email: 'svc@clinic.test', type: 'ecc' });
    await writeFile(join(dir, 'service.asc'), service.privateKey);
    const good = await generateKeyPair({ name: 'Good', email: 'good@clinic.test', type: 'rsa', rsaBits: 3072 });
    const soon = await generateKeyPair({ name: 'Soon', email: 'soon@clinic.test', type: 'ecc', expiresInDays: 10 });
    const expired = await gpg.genExpired('old@clinic.test');
    fpr.good = good.fingerprint.toUpperCase();
    fpr.soon = soon.fingerprint.toUpperCase();
    await writeFile(join(dir, 'good.asc'), good.publicKey);
    await writeFile(join(dir, 'soon.asc'), soon.publicKey);
    await writeFile(join(dir, 'old.asc'), expired.publicKey);
    await writeFile(
      join(dir, 'quietline.yaml'),
      oneMailboxConfig({
        recipients: ['good', 'soon', 'old', 'gone'].map((id) => ({ id, email: `${id}@clinic.test`, key: `${id}.asc` })),
      }),
    );
  });
  after(async () => {
    await gpg.dispose();
    await rm(dir, { recursive: true, force: true });
  });

  it('prints fingerprint, algorithm, expiry and days left per recipient, warns, and exits 1 on unusable keys', () => {
    const r = spawnSync(process.execPath, ['bin/quietline.mjs', 'keys', 'check'], { env: { ...process.env, QUIETLINE_CONFIG: join(dir, 'quietline.yaml') }, encoding: 'utf8' });
    assert.equal(r.status, 1, r.stderr);
    const line = (id: string) => r.stdout.split('\n').find((l) => l.startsWith(`p1/m1/${id} `)) ?? '';
    assert.match(r.stdout, /^signing key {2}OK/m);
    assert.match(line('good'), new RegExp(`OK {2}${fpr.good}.*rsa.*3072.*no expiry`, 'i'));
    assert.match(line('soon'), new RegExp(`OK {2}${fpr.soon}.*expires \\d{4}-\\d{2}-\\d{2} \\((9|10) days left\\).*WARNING: expires within 30 days`));
    assert.match(line('old'), /UNUSABLE {2}key-expired/);
    assert.match(line('gone'), /UNUSABLE {2}key-missing/);
  });
});
