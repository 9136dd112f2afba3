import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as openpgp from 'openpgp';
import { GnupgHome } from '../../test/fixtures/keys-gen.ts';
import { generateKeyPair } from './keygen.ts';
import {
  checkRecipientKey,
  checkRecipientKeyFile,
  loadPublicKeyFile,
  loadSigningKey,
  RecipientKeyError,
  SigningKeyMissingError,
  SigningKeyPassphraseError,
  type KeyCheck,
} from './keys.ts';

let gpg: GnupgHome;
let dir: string;

before(async () => {
  gpg = await GnupgHome.create();
  dir = await mkdtemp(join(tmpdir(), 'ql-keys-'));
});

after(async () => {
  await gpg.dispose();
  await rm(dir, { recursive: true, force: true });
});

async function checkArmored(name: string, armored: string, now = new Date()): Promise<KeyCheck> {
  const path = join(dir, `${name}.asc`);
  await writeFile(path, armored);
  return checkRecipientKeyFile(path, now);
}

function assertRefused(check: KeyCheck, reason: string): void {
  assert.equal(check.ok, false, `expected refusal ${reason}, got ${JSON.stringify(check)}`);
  if (!check.ok) assert.equal(check.reason, reason);
}

describe('checkRecipientKey: accepted keys', () => {
  test('gpg ed25519/cv25519 key without expiry', async () => {
    const k = await gpg.genEcc('ecc@example.test');
    const check = await checkArmored('ecc', k.publicKey);
    assert.ok(check.ok);
    if (!check.ok) return;
    assert.equal(check.fingerprint, k.fingerprint);
    assert.equal(check.algorithm, 'eddsaLegacy');
    assert.equal(check.curve, 'ed25519Legacy');
    assert.equal(check.expires, null);
    assert.equal(check.daysLeft, null);
    assert.deepEqual(check.warnings, []);
  });

  test('gpg RSA 2048 key', async () => {
    const k = await gpg.genRsa('rsa2048@example.test', 2048);
    const check = await checkArmored('rsa2048', k.publicKey);
    assert.ok(check.ok);
    if (check.ok) {
      assert.equal(check.bits, 2048);
      assert.match(check.algorithm, /^rsa/);
    }
  });

  test('gpg NIST P-256 key', async () => {
    const k = await gpg.genKey({ email: 'p256@example.test', algo: 'nistp256', usage: 'sign,cert', subkeyAlgo: 'nistp256' });
    const check = await checkArmored('p256', k.publicKey);
    assert.ok(check.ok, check.ok ? '' : check.reason);
    if (check.ok) assert.equal(check.curve, 'nistP256');
  });

  test('openpgp.js key expiring in 10 days is accepted with a warning', async () => {
    const now = new Date();
    const k = await generateKeyPair({ name: 'Soon', email: 'soon@example.test', type: 'ecc', expiresInDays: 10, date: now });
    const check = await checkArmored('soon', k.publicKey, now);
    assert.ok(check.ok);
    if (!check.ok) return;
    assert.equal(check.fingerprint, k.fingerprint);
    assert.ok(check.expires instanceof Date);
    assert.ok(check.daysLeft === 9 || check.daysLeft === 10, `daysLeft ${check.daysLeft}`);
    assert.deepEqual(check.warnings, ['key-expires-soon']);
  });

  test('openpgp.js key expiring in 90 days carries no warning', async () => {
    const k = await generateKeyPair({ name: 'Later', email: 'later@example.test', type: 'ecc', expiresInDays: 90 });
    const check = await checkArmored('later', k.publicKey);
    assert.ok(check.ok);
    if (check.ok) assert.deepEqual(check.warnings, []);
  });
});

describe('checkRecipientKey: refused keys', () => {
  test('missing file -> key-missing', async () => {
    assertRefused(await checkRecipientKeyFile(join(dir, 'nobody.asc')), 'key-missing');
    assertRefused(await checkRecipientKey(undefined), 'key-missing');
  });

  test('garbage file -> key-unreadable', async () => {
    assertRefused(await checkArmored('garbage', '-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nnot a key\n-----END PGP PUBLIC KEY BLOCK-----\n'), 'key-unreadable');
    await assert.rejects(loadPublicKeyFile(join(dir, 'garbage.asc'), 'recipient-7'), (e: unknown) => {
      assert.ok(e instanceof RecipientKeyError);
      assert.equal(e.reason, 'key-unreadable');
      assert.equal(e.message, 'key-unreadable (recipient-7)');
      return true;
    });
  });

  test('gpg RSA 1024 -> key-weak-rsa', async () => {
    const k = await gpg.genRsa('rsa1024@example.test', 1024);
    const check = await checkArmored('rsa1024', k.publicKey);
    assertRefused(check, 'key-weak-rsa');
    if (!check.ok) assert.equal(check.fingerprint, k.fingerprint);
  });

  test('gpg DSA + ElGamal -> key-algorithm-refused', async () => {
    const k = await gpg.genDsaElgamal('dsa@example.test');
    assertRefused(await checkArmored('dsa', k.publicKey), 'key-algorithm-refused');
  });

  test('gpg key that expired in 2020 -> key-expired', async () => {
    const k = await gpg.genExpired('old@example.test');
    const check = await checkArmored('old', k.publicKey);
    assertRefused(check, 'key-expired');
    if (!check.ok) assert.match(check.detail ?? '', /2020-12-3[01]/);
  });

  test('gpg key revoked with its revocation certificate -> key-revoked', async () => {
    const k = await gpg.genRevoked('revoked@example.test');
    assertRefused(await checkArmored('revoked', k.publicKey), 'key-revoked');
  });

  test('gpg signing-only key -> key-no-encryption-subkey', async () => {
    const k = await gpg.genKey({ email: 'signonly@example.test', algo: 'ed25519', usage: 'sign,cert' });
    assertRefused(await checkArmored('signonly', k.publicKey), 'key-no-encryption-subkey');
  });

  test('openpgp.js v6 key -> key-v6-unsupported', async () => {
    const { publicKey } = await openpgp.generateKey({
      userIDs: [{ name: 'Six', email: 'six@example.test' }],
      type: 'curve25519',
      format: 'armored',
      config: { v6Keys: true },
    });
    assertRefused(await checkArmored('v6', publicKey), 'key-v6-unsupported');
  });

  test('refusals carry reason codes only, never user IDs', async () => {
    const k = await gpg.genRsa('weak-name@example.test', 1024);
    const check = await checkArmored('weak-name', k.publicKey);
    assert.doesNotMatch(JSON.stringify(check), /weak-name|example\.test/);
  });
});

describe('loadSigningKey', () => {
  test('decrypts with the right passphrase, names the wrong one', async () => {
    const k = await generateKeyPair({ name: 'Quietline', email: 'service@example.test', type: 'ecc', passphrase: 'correct horse' });
    const path = join(dir, 'service.key.asc');
    await writeFile(path, k.privateKey);

    const key = await loadSigningKey(path, 'correct horse');
    assert.ok(key.isDecrypted());
    assert.equal(key.getFingerprint().toUpperCase(), k.fingerprint);

    await assert.rejects(loadSigningKey(path, 'wrong staple'), (e: unknown) => {
      assert.ok(e instanceof SigningKeyPassphraseError);
      assert.equal(e.fingerprint, k.fingerprint);
      assert.doesNotMatch(e.message, /staple|horse/);
      return true;
    });
    await assert.rejects(loadSigningKey(path, undefined), SigningKeyPassphraseError);
    await assert.rejects(loadSigningKey(join(dir, 'absent.asc'), 'x'), SigningKeyMissingError);
  });
});
