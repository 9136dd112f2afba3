/**
 * `quietline voicemail audio`: the recording an email could not carry reaches staff through IT, never
 * in the clear and never past the mailbox's policy unnoticed. Real s3rver, Redis and gpg: the file opens
 * only with the chosen recipient's key, is signed by the service, and holds the masked attachment when
 * prepare made one; the unmasked original goes out only with --unmasked; only recipients of the
 * voicemail's own mailbox can be chosen; every export is in the audit trail; nothing is written when
 * there is no recording, and an existing file is never overwritten.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { intakeKeys } from '../services/intake/intake-keys.ts';
import { keys } from '../services/voicemail/object-keys.ts';
import type { VoicemailRecord } from '../services/voicemail/record.ts';
import { runCli } from './helpers/cli.ts';
import { startStack, type Stack } from './helpers/stack.ts';

describe('quietline voicemail audio', () => {
  let stack: Stack;

  before(async () => {
    stack = await startStack({
      startWorkers: false,
      mailboxes: [
        { id: 'main', policy: 'standard', recipients: [{ id: 'alice', email: 'alice@clinic.test' }] },
        { id: 'open', policy: 'none', recipients: [{ id: 'bob', email: 'bob@clinic.test' }] },
      ],
    });
  });
  after(async () => {
    await stack?.close();
  });

  async function voicemail(id: string, mailboxId: string, parts: { source?: Buffer; packageAudio?: Buffer }): Promise<void> {
    const record: VoicemailRecord = { id, source: 's3', sourceId: `test:${id}`, practiceId: 'testprac', mailboxId, receivedAt: new Date().toISOString(), sizeBytes: 1 };
    await stack.ctx.sealed.putJson(keys.record(id), record);
    if (parts.source) await stack.ctx.sealed.putSealed(keys.source(id), parts.source);
    if (parts.packageAudio) await stack.ctx.sealed.putSealed(keys.packageAudio(id), parts.packageAudio);
  }
  const exportsOf = async (id: string) => (await stack.ctx.audit.read(id)).map((r) => r.entry).filter((e) => e.event === 'exported');

  it('writes the masked attachment, encrypted to one recipient of its mailbox and signed, and audits it', async () => {
    const original = randomBytes(200_000);
    const maskedAudio = randomBytes(150_000);
    await voicemail('vmexport1', 'main', { source: original, packageAudio: maskedAudio });
    const out = join(stack.dir, 'vmexport1.audio.pgp');
    const r = await runCli(stack, ['voicemail', 'audio', 'vmexport1', '--recipient', 'alice', '--out', out]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /the recording of vmexport1, encrypted to alice \(key [0-9A-F]{40}\) and signed/);
    const file = await readFile(out);
    assert.equal(file.indexOf(maskedAudio.subarray(0, 64)), -1, 'the recording is nowhere in the file in the clear');
    const d = await stack.gnupg.decrypt(file);
    assert.equal(d.code, 0, d.stderr.toString());
    assert.ok(d.plaintext.equals(maskedAudio), 'the masked attachment, byte for byte, not the original');
    assert.ok(d.status.some((l) => l.startsWith(`[GNUPG:] VALIDSIG ${stack.serviceFingerprint}`)), 'signed by the service key');
    const [audited] = await exportsOf('vmexport1');
    assert.deepEqual({ ...audited, keyFingerprint: '' }, { event: 'exported', recipientId: 'alice', keyFingerprint: '', masked: true });

    const again = await runCli(stack, ['voicemail', 'audio', 'vmexport1', '--recipient', 'alice', '--out', out]);
    assert.notEqual(again.code, 0, 'an existing file is not overwritten');
    assert.ok((await readFile(out)).equals(file));
  });

  it("refuses a recipient of another mailbox: the voicemail's own staff only", async () => {
    const out = join(stack.dir, 'wrong.pgp');
    const r = await runCli(stack, ['voicemail', 'audio', 'vmexport1', '--recipient', 'bob', '--out', out]);
    assert.equal(r.code, 1);
    assert.match(r.err, /bob is not a recipient of testprac\/main, the mailbox of vmexport1/);
    assert.equal(existsSync(out), false);
  });

  it('releases an unmasked original only with --unmasked when the policy masks audio, and audits that', async () => {
    const original = randomBytes(80_000);
    await voicemail('vmexport2', 'main', { source: original });
    const out = join(stack.dir, 'vmexport2.pgp');
    const refused = await runCli(stack, ['voicemail', 'audio', 'vmexport2', '--recipient', 'alice', '--out', out]);
    assert.equal(refused.code, 1);
    assert.match(refused.err, /only the unmasked original of vmexport2 is kept.*add --unmasked/);
    assert.equal(existsSync(out), false);
    assert.deepEqual(await exportsOf('vmexport2'), []);

    const r = await runCli(stack, ['voicemail', 'audio', 'vmexport2', '--recipient', 'alice', '--out', out, '--unmasked']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /the UNMASKED original recording of vmexport2/);
    assert.ok((await stack.gnupg.decrypt(await readFile(out))).plaintext.equals(original));
    assert.equal((await exportsOf('vmexport2'))[0]?.masked, false);
  });

  it('a mailbox that masks nothing gets the original without the flag; a kept oversized original is found by its index entry', async () => {
    const original = randomBytes(60_000);
    await voicemail('vmexport3', 'open', { source: original });
    const out3 = join(stack.dir, 'vmexport3.pgp');
    const r3 = await runCli(stack, ['voicemail', 'audio', 'vmexport3', '--recipient', 'bob', '--out', out3]);
    assert.equal(r3.code, 0, r3.err);
    assert.ok((await stack.gnupg.decrypt(await readFile(out3))).plaintext.equals(original));

    // The record is gone (purged at completion); the original's index entry still names the mailbox.
    const big = randomBytes(50_000);
    await stack.ctx.sealed.putSealed(intakeKeys.originalSealed('vmexport4'), big);
    await stack.ctx.store.put(
      intakeKeys.originalDue('2099-01-01', 'vmexport4'),
      JSON.stringify({ voicemailId: 'vmexport4', practiceId: 'testprac', mailboxId: 'open', kept: 'sealed', keepUntil: '2099-01-01T00:00:00.000Z' }),
    );
    const out4 = join(stack.dir, 'vmexport4.pgp');
    const r4 = await runCli(stack, ['voicemail', 'audio', 'vmexport4', '--recipient', 'bob', '--out', out4]);
    assert.equal(r4.code, 0, r4.err);
    assert.ok((await stack.gnupg.decrypt(await readFile(out4))).plaintext.equals(big));
  });

  it('says plainly when there is nothing to export, and writes nothing', async () => {
    const out = join(stack.dir, 'none.pgp');
    const none = await runCli(stack, ['voicemail', 'audio', 'vmnothingkept', '--recipient', 'alice', '--out', out]);
    assert.equal(none.code, 1);
    assert.match(none.err, /no recording kept for vmnothingkept/);
    assert.equal(existsSync(out), false);
  });
});
