import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as openpgp from 'openpgp';
import type { PrivateKey, PublicKey } from 'openpgp';
import { GnupgHome, statusHas } from '../../test/fixtures/keys-gen.ts';
import { generateKeyPair, type GeneratedKeyPair } from './keygen.ts';
import { readPublicKeyArmored, readSigningKey } from './keys.ts';
import { EncryptionFailedError, signAndEncrypt, signAndEncryptToBinary } from './encrypt.ts';

let gpg: GnupgHome;
let service: GeneratedKeyPair;
let signer: PrivateKey;

before(async () => {
  gpg = await GnupgHome.create();
  service = await generateKeyPair({ name: 'Quietline Test', email: 'service@example.test', type: 'ecc', passphrase: 'pw' });
  signer = await readSigningKey(service.privateKey, 'pw');
  await gpg.importKey(service.publicKey);
});

after(async () => {
  await gpg.dispose();
});

async function assertGpgDecryptsAndVerifies(armored: string, expected: Uint8Array | string): Promise<void> {
  const r = await gpg.decrypt(armored);
  assert.equal(r.code, 0, r.stderr);
  assert.ok(statusHas(r.status, 'DECRYPTION_OKAY'), r.status.join('\n'));
  assert.ok(statusHas(r.status, 'GOODSIG'), r.status.join('\n'));
  const validsig = statusHas(r.status, 'VALIDSIG');
  assert.ok(validsig, r.status.join('\n'));
  // VALIDSIG <signing-key-fpr> ... <primary-key-fpr>: both are the service key for ECC keys from keygen.ts.
  const fields = validsig.split(' ');
  assert.equal(fields[2], service.fingerprint);
  assert.equal(fields.at(-1), service.fingerprint);
  assert.ok(!statusHas(r.status, 'DECRYPTION_FAILED'));
  assert.deepEqual(r.plaintext, Buffer.from(expected));
}

describe('signAndEncrypt -> gpg 2.2', () => {
  const payload = 'Content-Type: text/plain; charset=utf-8\r\n\r\nHello \u00e9 \u00b7 world\r\n';

  test('recipient key made by gpg (ed25519/cv25519)', async () => {
    const k = await gpg.genEcc('gpg-ecc@example.test');
    const armored = await signAndEncrypt(payload, await readPublicKeyArmored(k.publicKey), signer);
    assert.match(armored, /^-----BEGIN PGP MESSAGE-----/);
    await assertGpgDecryptsAndVerifies(armored, payload);
  });

  test('recipient key made by gpg (RSA 2048), binary payload', async () => {
    const k = await gpg.genRsa('gpg-rsa@example.test', 2048);
    const bytes = new Uint8Array(4096).map((_, i) => (i * 31) & 0xff);
    const armored = await signAndEncrypt(bytes, await readPublicKeyArmored(k.publicKey), signer);
    await assertGpgDecryptsAndVerifies(armored, bytes);
  });

  for (const type of ['ecc', 'rsa'] as const) {
    test(`recipient key made by openpgp.js (${type})`, async () => {
      const k = await generateKeyPair({ name: `Js ${type}`, email: `js-${type}@example.test`, type, rsaBits: 2048 });
      await gpg.importKey(k.privateKey);
      const recipient: PublicKey = await readPublicKeyArmored(k.publicKey);
      const armored = await signAndEncrypt(payload, recipient, signer);
      await assertGpgDecryptsAndVerifies(armored, payload);

      // The message is a single OpenPGP message: one PKESK to this recipient, signature inside.
      const msg = await openpgp.readMessage({ armoredMessage: armored });
      assert.deepEqual(
        msg.getEncryptionKeyIDs().map((id) => id.toHex()),
        [(await recipient.getEncryptionKey()).getKeyID().toHex()],
      );
    });
  }
});

describe('signAndEncryptToBinary -> gpg 2.2', () => {
  test('a payload in pieces is streamed through openpgp.js, one given whole is not: gpg decrypts and verifies both', async () => {
    const k = await gpg.genEcc('gpg-pieces@example.test');
    const pieces = Array.from({ length: 5 }, (_, i) => new Uint8Array(700_001 + i).map((_, j) => (j * 7 + i) & 0xff));
    const recipient = await readPublicKeyArmored(k.publicKey);
    const binary = await signAndEncryptToBinary(pieces.values(), recipient, signer);
    assert.ok(binary.length > 1, 'the message comes back in pieces');
    const armored = openpgp.armor(openpgp.enums.armor.message, Buffer.concat(binary), undefined, undefined, undefined, true);
    await assertGpgDecryptsAndVerifies(armored, Buffer.concat(pieces));
    // Given whole, in one go: one piece.
    const whole = await signAndEncryptToBinary(Buffer.concat(pieces), recipient, signer);
    assert.equal(whole.length, 1);
    await assertGpgDecryptsAndVerifies(openpgp.armor(openpgp.enums.armor.message, whole[0]!, undefined, undefined, undefined, true), Buffer.concat(pieces));
  });

  test('an error making the payload comes out as itself; a key that cannot encrypt as EncryptionFailedError', async () => {
    const k = await gpg.genEcc('gpg-pieces-err@example.test');
    const recipient = await readPublicKeyArmored(k.publicKey);
    function* failing(): Generator<Uint8Array> {
      yield new Uint8Array(10);
      throw new Error('payload-broke');
    }
    await assert.rejects(signAndEncryptToBinary(failing(), recipient, signer), /payload-broke/);
    // At a date before the keys existed there is no valid key to encrypt to (or sign with).
    await assert.rejects(signAndEncryptToBinary([new Uint8Array(10)].values(), recipient, signer, { date: new Date(0) }), EncryptionFailedError);
    await assert.rejects(signAndEncryptToBinary(new Uint8Array(10), recipient, signer, { date: new Date(0) }), EncryptionFailedError);
  });
});

