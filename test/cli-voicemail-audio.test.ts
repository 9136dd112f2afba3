/**
 * `quietline voicemail audio`: the recording an email could not carry reaches staff through IT, never
 * in the clear. Real s3rver, Redis and gpg: the file written opens only with the chosen recipient's
 * key, is signed by the service, and is byte for byte the recording kept (a delivered voicemail's
 * source, or the kept original of one too large to process); nothing is written when there is no
 * recording, and an existing file is never overwritten.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { intakeKeys } from '../services/intake/intake-keys.ts';
import { keys } from '../services/voicemail/object-keys.ts';
import { runCli } from './helpers/cli.ts';
import { startStack, type Stack } from './helpers/stack.ts';

describe('quietline voicemail audio', () => {
  let stack: Stack;

  before(async () => {
    stack = await startStack({ startWorkers: false });
  });
  after(async () => {
    await stack?.close();
  });

  it("writes a delivered voicemail's recording, encrypted to one recipient and signed", async () => {
    const audio = randomBytes(300_000);
    await stack.ctx.sealed.putSealed(keys.source('vmexport1'), audio);
    const out = join(stack.dir, 'vmexport1.audio.pgp');
    const r = await runCli(stack, ['voicemail', 'audio', 'vmexport1', '--recipient', 'alice', '--out', out]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /encrypted to alice \(key [0-9A-F]{40}\) and signed/);
    const file = await readFile(out);
    assert.equal(file.indexOf(audio.subarray(0, 64)), -1, 'the recording is nowhere in the file in the clear');
    const d = await stack.gnupg.decrypt(file);
    assert.equal(d.code, 0, d.stderr.toString());
    assert.ok(d.plaintext.equals(audio), 'decrypts to the recording, byte for byte');
    assert.ok(d.status.some((l) => l.startsWith(`[GNUPG:] VALIDSIG ${stack.serviceFingerprint}`)), 'signed by the service key');

    const again = await runCli(stack, ['voicemail', 'audio', 'vmexport1', '--recipient', 'alice', '--out', out]);
    assert.notEqual(again.code, 0, 'an existing file is not overwritten');
    assert.ok((await readFile(out)).equals(file));
  });

  it('finds the kept original of a recording too large to process', async () => {
    const audio = randomBytes(50_000);
    await stack.ctx.sealed.putSealed(intakeKeys.originalSealed('vmexport2'), audio);
    const out = join(stack.dir, 'vmexport2.pgp');
    const r = await runCli(stack, ['voicemail', 'audio', 'vmexport2', '--recipient', 'alice', '--out', out]);
    assert.equal(r.code, 0, r.err);
    assert.ok((await stack.gnupg.decrypt(await readFile(out))).plaintext.equals(audio));
  });

  it('says plainly when there is nothing to export or no such recipient, and writes nothing', async () => {
    const out = join(stack.dir, 'none.pgp');
    const none = await runCli(stack, ['voicemail', 'audio', 'vmnothingkept', '--recipient', 'alice', '--out', out]);
    assert.equal(none.code, 1);
    assert.match(none.err, /no recording kept for vmnothingkept/);
    assert.equal(existsSync(out), false);

    await stack.ctx.sealed.putSealed(keys.source('vmexport3'), Buffer.from('audio'));
    const who = await runCli(stack, ['voicemail', 'audio', 'vmexport3', '--recipient', 'mallory', '--out', out]);
    assert.equal(who.code, 78);
    assert.match(who.err, /--recipient: mallory is not a recipient/);
    assert.equal(existsSync(out), false);
  });
});
