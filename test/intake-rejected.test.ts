/**
 * Rejected objects are kept, can be replayed, and go at the end of their keep period, on real parts
 * (s3rver, Redis, workers with PocketSphinx, SMTP sink, gpg): an object under a mailbox the
 * configuration does not have is moved out of incoming/ (sealed), listed by `quietline rejected list`
 * without content or caller, and `quietline rejected replay` turns it into the voicemail it should have
 * been (caller number included), delivered encrypted to the mailbox named, once; an expired copy is
 * deleted by the purge, a current one is not.
 */
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { listRejected, purgeExpiredRejected, recordRejected } from '../services/intake/rejected.ts';
import { CALLER_METADATA, callerAad } from '../services/intake/s3-scanner.ts';
import { keys } from '../services/voicemail/object-keys.ts';
import { speak } from './helpers/audio.ts';
import { CANARY, canarySentence } from './helpers/canaries.ts';
import { decryptedInnerText } from './helpers/decrypt-mail.ts';
import { runCli } from './helpers/cli.ts';
import { startStack, type Stack } from './helpers/stack.ts';
import { waitFor } from './helpers/wait.ts';

const DAY_MS = 86_400_000;

const phiIn = (text: string): string[] =>
  [CANARY.planted.name, CANARY.caller.last, CANARY.callerIdDigits, CANARY.callerIdDigits.slice(3)].filter((v) => text.replace(/[\s()-]/g, '').includes(v.replace(/\s/g, '')));

describe('rejected objects: kept, listed, replayed, purged', () => {
  let stack: Stack;

  before(async () => {
    stack = await startStack();
  });
  after(async () => {
    await stack?.close();
  });

  it('an object for an unknown mailbox is listed without PHI, then replayed into a mailbox and delivered once, caller included', async () => {
    const audio = speak(canarySentence('about my refill'));
    // Named as some phone systems name files: the caller's name is in the key.
    const key = keys.incoming('frontdesk-old', 'main', `${randomUUID()} ${CANARY.planted.name}.wav`);
    await stack.ctx.store.put(key, audio, { metadata: { [CALLER_METADATA]: stack.ctx.sealed.sealString(CANARY.callerId, callerAad(key)) } });

    const [entry] = await waitFor('the scanner to reject the object', 30_000, async () => {
      const l = await listRejected(stack.ctx.store);
      return l.length > 0 ? l : null;
    });
    assert.ok(entry);
    assert.equal(entry.reason, 'unknown-mailbox');
    assert.equal(entry.practiceId, undefined, 'a practice id the configuration does not know is not written down');
    assert.equal((await stack.ctx.store.list('incoming/')).length, 0, 'the object left incoming/');
    const keptFor = new Date(entry.keepUntil!).getTime() - new Date(entry.at).getTime();
    assert.equal(Math.round(keptFor / DAY_MS), 30, 'default keep period: retention.rejectedKeepDays = 30');
    const rejectedKeys = (await stack.ctx.store.list('rejected/')).map((o) => o.key);
    assert.deepEqual(phiIn(rejectedKeys.join('\n') + JSON.stringify(entry)), [], 'no name or number in rejected/ keys or the entry');

    const listed = await runCli(stack, ['rejected', 'list']);
    assert.equal(listed.code, 0, listed.err);
    assert.match(listed.out, new RegExp(`^${entry.id}  .*unknown-mailbox .*${audio.length} bytes`, 'm'));
    assert.match(listed.out, /^1 rejected object\(s\)$/m);
    assert.deepEqual(phiIn(listed.out + listed.err), []);

    const wrong = await runCli(stack, ['rejected', 'replay', 'no-such-id', '--practice', 'testprac', '--mailbox', 'main']);
    assert.equal(wrong.code, 1);
    assert.match(wrong.err, /cannot replay no-such-id: no rejected object with that id/);

    const replay = await runCli(stack, ['rejected', 'replay', entry.id, '--practice', 'testprac', '--mailbox', 'main']);
    assert.equal(replay.code, 0, replay.err);
    assert.match(replay.out, new RegExp(`^${entry.id}: queued as a voicemail of testprac/main$`, 'm'));

    const mails = await stack.waitForMail(2, 120_000);
    assert.equal(mails.length, 2, 'one email per recipient');
    const { readFile } = await import('node:fs/promises');
    const inner = await decryptedInnerText(stack.gnupg, await readFile(mails[0]!));
    assert.ok(inner, 'the email decrypts with gpg');
    assert.ok(inner.replace(/\D/g, '').includes(CANARY.callerIdDigits), 'the caller number the phone system sent is in the email');
    assert.deepEqual(await listRejected(stack.ctx.store), [], 'the rejected copy is gone once replayed');
    assert.deepEqual((await stack.ctx.store.list('rejected/')).map((o) => o.key), []);

    // Completed with retention.keepDays 0: every sealed object goes, the record (caller number) included;
    // what stays is PHI-free: the ledger and done.json, which keeps the id from becoming a second voicemail.
    await waitFor('the voicemail to complete', 30_000, () => stack.ctx.store.head(keys.done(entry.id)));
    const left = (await stack.ctx.store.list(`voicemails/${entry.id}/`)).map((o) => o.key.slice(`voicemails/${entry.id}/`.length)).sort();
    assert.deepEqual(left, ['deliveries/alice.json', 'deliveries/bob.json', 'done.json']);

    const again = await runCli(stack, ['rejected', 'replay', entry.id, '--practice', 'testprac', '--mailbox', 'main']);
    assert.equal(again.code, 1, 'a second replay is refused');
    assert.equal((await stack.mailFiles()).length, 2);
  });

  it('the purge deletes a copy once its keep period has passed, and not before', async () => {
    const id = `rj${randomUUID().replaceAll('-', '').slice(0, 20)}`;
    const now = new Date();
    await stack.ctx.sealed.putSealed(keys.rejectedSource(id), Buffer.from('not audio'));
    await recordRejected(stack.ctx.sealed, { id, reason: 'bad-key-layout', sizeBytes: 9, keepDays: 3 }, now);
    const mine = async () => (await stack.ctx.store.list('rejected/')).map((o) => o.key).filter((k) => k.includes(id));
    assert.equal((await mine()).length, 3, 'sealed copy, entry and due index');

    assert.equal(await purgeExpiredRejected(stack.ctx.store, 30, new Date(now.getTime() + 3 * DAY_MS - 60_000)), 0, 'not yet due');
    assert.equal((await mine()).length, 3);
    assert.equal(await purgeExpiredRejected(stack.ctx.store, 30, new Date(now.getTime() + 4 * DAY_MS + 60_000)), 1);
    assert.deepEqual(await mine(), []);
  });

  it('an entry from before retention existed (no keep-until) gets its due index and goes after its keep period', async () => {
    // A fresh store object: the back-fill runs once per store and process.
    const store = Object.create(stack.ctx.store) as typeof stack.ctx.store;
    const id = `rj${randomUUID().replaceAll('-', '').slice(0, 20)}`;
    const at = new Date(Date.now() - 40 * DAY_MS);
    await stack.ctx.sealed.putSealed(keys.rejectedSource(id), Buffer.from('old rejected object'));
    await store.put(keys.rejected(id), JSON.stringify({ id, reason: 'unknown-mailbox', sizeBytes: 19, at: at.toISOString(), sourceKept: true }));
    assert.equal(await purgeExpiredRejected(store, 30), 1, 'rejected 40 days ago, kept 30: due');
    assert.deepEqual((await store.list('rejected/')).map((o) => o.key).filter((k) => k.includes(id)), []);
  });
});
