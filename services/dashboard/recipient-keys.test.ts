/**
 * The dashboard's key report covers the service signing key as well as the recipients' keys: every
 * email is signed with it, so one near its end or unusable must show before deliveries start failing.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../config/load-config.ts';
import { generateKeyPair } from '../pgp/keygen.ts';
import { oneMailboxConfig } from '../../test/helpers/one-mailbox-config.ts';
import { checkConfiguredKeys, SIGNING_KEY_ROW } from './recipient-keys.ts';

describe('key report: the signing key', () => {
  let dir: string;
  const config = (signingFile: string) =>
    parseConfig(oneMailboxConfig({ signingKey: signingFile, passphraseEnv: 'QL_TEST_SIGNING_PASS' }), join(dir, 'quietline.yaml'));

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ql-keyreport-'));
    await writeFile(join(dir, 'staff.asc'), (await generateKeyPair({ name: 'Staff', email: 'staff@clinic.test', type: 'ecc' })).publicKey);
    await writeFile(join(dir, 'forever.asc'), (await generateKeyPair({ name: 'Svc', email: 'svc@clinic.test', type: 'ecc' })).privateKey);
    await writeFile(join(dir, 'soon.asc'), (await generateKeyPair({ name: 'Svc', email: 'svc@clinic.test', type: 'ecc', expiresInDays: 12 })).privateKey);
    await writeFile(join(dir, 'locked.asc'), (await generateKeyPair({ name: 'Svc', email: 'svc@clinic.test', type: 'ecc', passphrase: 'correct horse battery' })).privateKey);
    process.env.QL_TEST_SIGNING_PASS = 'wrong passphrase';
  });
  after(async () => {
    delete process.env.QL_TEST_SIGNING_PASS;
    await rm(dir, { recursive: true, force: true });
  });

  it('a usable key that never expires needs nobody', async () => {
    const r = await checkConfiguredKeys(config('forever.asc'));
    assert.deepEqual({ ...r.signing, fingerprint: null }, { usable: true, fingerprint: null, daysLeft: null, problem: null });
    assert.match(r.signing.fingerprint ?? '', /^[0-9A-F]{40}$/);
    assert.deepEqual(r.attention, []);
    assert.equal(r.unusable, 0);
  });

  it('one that expires within 30 days is listed with its days left', async () => {
    const r = await checkConfiguredKeys(config('soon.asc'));
    assert.equal(r.signing.usable, true);
    assert.ok(r.signing.daysLeft === 11 || r.signing.daysLeft === 12, String(r.signing.daysLeft));
    assert.deepEqual(
      r.attention.map((a) => [a.practiceId, a.recipientId, a.problem, a.usable]),
      [[SIGNING_KEY_ROW.practiceId, SIGNING_KEY_ROW.recipientId, 'key-expires-soon', true]],
    );
  });

  it('a wrong passphrase or a missing file makes it unusable, by reason code', async () => {
    const locked = await checkConfiguredKeys(config('locked.asc'));
    assert.deepEqual([locked.signing.usable, locked.signing.problem, locked.unusable], [false, 'signing-key-passphrase-wrong', 1]);
    assert.equal(locked.attention[0]?.recipientId, 'signing-key');
    const missing = await checkConfiguredKeys(config('nowhere.asc'));
    assert.deepEqual([missing.signing.usable, missing.signing.problem], [false, 'signing-key-missing']);
  });
});
