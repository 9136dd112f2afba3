import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { simpleParser } from 'mailparser';
import { armoredPart, readMail, startStack, type Stack } from './helpers/stack.ts';
import { decodedDuration, decodesCleanly, speak } from './helpers/audio.ts';
import { statusHas } from './fixtures/keys-gen.ts';
import { waitFor } from './helpers/wait.ts';
import { CANARY, canarySentence, findCanaryTokens } from './helpers/canaries.ts';

// Speaks the suite's PHI canaries (a name and a call-back number): the whole-suite sweep looks for them.
const SENTENCE = canarySentence('about my appointment on Tuesday at the office');
const KNOWN_WORDS = ['hello', 'appointment', 'tuesday', 'please', 'call', 'back', 'office'];
const CALLER = CANARY.callerId;
const CALLER_DIGITS = CANARY.callerIdDigits;

describe('one voicemail end to end: S3 intake → BullMQ → PocketSphinx → PGP/MIME → SMTP', () => {
  let stack: Stack;
  let mails: string[];

  before(async () => {
    stack = await startStack();
    await stack.submit(speak(SENTENCE), 'main', { caller: CALLER });
    await stack.scanNow();
    mails = await stack.waitForMail(2, 180_000);
  });
  after(async () => {
    await stack?.close();
  });

  it('sends each recipient a message that GnuPG decrypts and verifies with the service key', async () => {
    assert.equal(mails.length, 2);
    const recipients = new Set<string>();
    for (const path of mails) {
      const raw = await readMail(path);
      const outer = await simpleParser(raw);
      recipients.add(outer.to && !Array.isArray(outer.to) ? outer.to.text : '');
      assert.match(raw, /Content-Type: multipart\/encrypted;[\s\S]*protocol="application\/pgp-encrypted"/i);
      const res = await stack.gnupg.decrypt(armoredPart(raw));
      assert.ok(statusHas(res.status, 'DECRYPTION_OKAY'), 'DECRYPTION_OKAY');
      const validsig = statusHas(res.status, 'VALIDSIG');
      assert.ok(validsig, 'VALIDSIG');
      assert.ok(validsig.includes(stack.serviceFingerprint), 'signed by the service key');

      const inner = await simpleParser(res.plaintext);
      const text = (inner.text ?? '').toLowerCase();
      const found = KNOWN_WORDS.filter((w) => text.includes(w));
      assert.ok(found.length >= Math.ceil(KNOWN_WORDS.length * 0.6), `transcript has most known words (found ${found.join(',')})`);
      assert.ok(findCanaryTokens(text).some((l) => l.startsWith('name:')), 'the transcript carries the spoken canary name (so the sweeps have something to miss)');
      assert.ok(inner.html && inner.html.length > 0, 'has an HTML alternative');
      const audio = inner.attachments.find((a) => a.contentType.startsWith('audio/'));
      assert.ok(audio, 'audio attached');
      assert.ok(decodesCleanly(audio.content), 'attached audio decodes');
      assert.ok(decodedDuration(audio.content) > 2, 'attached audio has the recording length');
    }
    assert.deepEqual([...recipients].sort(), ['alice@clinic.test', 'bob@clinic.test']);
  });

  it('keeps transcript words and the caller number out of everything outside the ciphertext', async () => {
    for (const path of mails) {
      const raw = await readMail(path);
      const outside = raw.replace(/-----BEGIN PGP MESSAGE-----[\s\S]+?-----END PGP MESSAGE-----/, '').toLowerCase();
      for (const w of KNOWN_WORDS) assert.ok(!new RegExp(`\\b${w}\\b`).test(outside), `outer message has no "${w}"`);
      assert.ok(!outside.replace(/\D/g, '').includes(CALLER_DIGITS), 'outer message has no caller number');
      assert.deepEqual(findCanaryTokens(outside), [], 'outer message has no spoken name or number');
      assert.match(raw, /^Subject: \[\.\.\.\]/m);
    }
  });

  it('leaves no transcript word or caller number in any Redis key', async () => {
    const dump = (await stack.redisDump()).toLowerCase();
    assert.ok(dump.length > 0, 'the sweep read something');
    for (const w of KNOWN_WORDS.filter((w) => w.length > 4)) assert.ok(!dump.includes(w), `Redis holds no "${w}"`);
    assert.ok(!dump.replace(/\D/g, '').includes(CALLER_DIGITS) && !dump.includes(CALLER.slice(-8)), 'Redis holds no caller number');
    assert.deepEqual(findCanaryTokens(dump), [], 'Redis holds no spoken name or number');
  });

  it('does not make a second voicemail or email when the same object is put and scanned again', async () => {
    const audio = speak('Second copy test');
    const key = await stack.submit(audio, 'main');
    await stack.scanNow();
    await waitFor('the first copy to be processed', 120_000, async () => ((await stack.mailFiles()).length >= 4 ? true : null));
    const count = (await stack.mailFiles()).length;
    // The phone system sends the identical object again under the same key.
    await stack.ctx.store.put(key, audio);
    await stack.scanNow();
    await waitFor('the re-put object to be consumed', 60_000, async () => ((await stack.ctx.store.head(key)) ? null : true));
    const intake = stack.ctx.queues.intake;
    await waitFor('the scan to finish', 30_000, async () => ((await intake.getJobCounts('active', 'waiting')).waiting === 0 && (await intake.getJobCounts('active')).active === 0 ? true : null));
    const tr = await stack.ctx.queues.transcribe.getJobCounts('waiting', 'active', 'delayed');
    assert.equal((tr.waiting ?? 0) + (tr.active ?? 0) + (tr.delayed ?? 0), 0, 'no new transcription queued');
    assert.equal((await stack.mailFiles()).length, count, 'no second email');
  });
});
