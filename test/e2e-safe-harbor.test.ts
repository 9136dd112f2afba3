import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { armoredPart, readMail, startStack, type Stack } from './helpers/stack.ts';
import { speak } from './helpers/audio.ts';
import { statusHas } from './fixtures/keys-gen.ts';
import { transcribeFile } from '../services/transcription/transcribe-file.ts';
import { PocketsphinxEngine } from '../services/transcription/pocketsphinx.ts';
import { CANARY, findCanaryTokens } from './helpers/canaries.ts';

// A fictional caller; the sentence gives the recogniser a name cue and a spoken phone number.
const SENTENCE = `Hello this is ${CANARY.caller.full}. Please call me back at ${CANARY.callbackSpoken}. Thank you.`;
const CALLER = CANARY.callerId;
const NUMBER_WORDS = /\b(five|two|three|four|nine|eight|seven|six)( (five|two|three|four|nine|eight|seven|six|oh|zero|one)){3,}/;

describe('safe-harbor mailbox: no caller name or number in the delivered transcript, subject or audio', () => {
  let stack: Stack;
  let inner: Awaited<ReturnType<typeof simpleParser>>;

  before(async () => {
    stack = await startStack({ mailboxes: [{ id: 'nurse', policy: 'safe-harbor', recipients: [{ id: 'carol', email: 'carol@clinic.test' }] }] });
    await stack.submit(speak(SENTENCE), 'nurse', { caller: CALLER });
    await stack.scanNow();
    const [mail] = await stack.waitForMail(1, 180_000);
    const res = await stack.gnupg.decrypt(armoredPart(await readMail(mail!)));
    assert.ok(statusHas(res.status, 'DECRYPTION_OKAY'));
    inner = await simpleParser(res.plaintext);
  });
  after(async () => {
    await stack?.close();
  });

  it('masks the spoken phone number and name in the text, and says which types were masked', () => {
    const text = (inner.text ?? '').toLowerCase();
    assert.match(text, /\[phone\]/, 'the number is replaced by [PHONE]');
    assert.ok(!NUMBER_WORDS.test(text), 'no run of spoken digits remains');
    assert.ok(!text.includes(CANARY.caller.first.toLowerCase()) && !text.includes(CANARY.caller.last.toLowerCase()), 'no caller name');
    assert.ok(!text.replace(/\D/g, '').includes(CANARY.callerIdDigits), 'no caller number from the phone system');
    assert.deepEqual(findCanaryTokens(text), [], 'no canary of any kind');
    assert.match(text, /masked[^\n]*phone/i, 'the email names the masked types');
  });

  it('keeps the caller number out of the protected subject', () => {
    assert.ok(inner.subject, 'protected subject present');
    assert.ok(!inner.subject.replace(/\D/g, '').includes(CANARY.callerIdDigits), 'no caller digits in the subject');
  });

  it('masks the number in the attached audio too', async () => {
    const audio = inner.attachments.find((a) => a.contentType.startsWith('audio/'));
    assert.ok(audio, 'audio attached');
    const dir = await mkdtemp(join(tmpdir(), 'ql-sh-'));
    try {
      const file = join(dir, 'delivered.ogg');
      await writeFile(file, audio.content);
      const heard = (await transcribeFile(file, new PocketsphinxEngine())).text;
      assert.ok(heard.split(' ').length >= 3, 'the unmasked part is still speech');
      assert.ok(!NUMBER_WORDS.test(heard), 'no run of spoken digits in the delivered audio');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
