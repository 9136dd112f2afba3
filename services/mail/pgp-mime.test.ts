import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser, type HeaderValue, type ParsedMail } from 'mailparser';
import nodemailer from 'nodemailer';
import type { PrivateKey, PublicKey } from 'openpgp';
import { GnupgHome, statusHas, type GpgDecryptResult } from '../../test/fixtures/keys-gen.ts';
import { generateKeyPair, type GeneratedKeyPair } from '../pgp/keygen.ts';
import { readPublicKeyArmored, readSigningKey } from '../pgp/keys.ts';
import { buildEncryptedMessage, DEFAULT_OUTER_SUBJECT, voicemailMessageId, type EncryptedMessageInput } from './pgp-mime.ts';
import { buildVoicemailBody, type VoicemailBodyInput } from './voicemail-body.ts';

// Test PHI: none of these may appear anywhere in the cleartext outer message.
const CALLER = '(555) 234-9876';
const PATIENT = 'Margaret Hobbs';
const TRANSCRIPT_WORDS = ['Margaret', 'Hobbs', 'metformin', 'refill', 'dizzy'];
const MAILBOX = 'Front Desk';
const PRACTICE = 'Maple Street Family Medicine';

let work: string;
let alice: GnupgHome; // recipient with a gpg-made key
let bob: GnupgHome; // recipient with an openpgp.js-made key
let service: GeneratedKeyPair;
let signer: PrivateKey;
let aliceKey: PublicKey;
let bobKey: PublicKey;
let audio: Buffer;

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const c = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    c.stderr.on('data', (d: Buffer) => (err += d.toString()));
    c.on('error', reject);
    c.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} exited ${code}: ${err}`))));
  });
}

before(async () => {
  work = await mkdtemp(join(tmpdir(), 'ql-pgpmime-'));
  const ogg = join(work, 'voicemail.ogg');
  await run('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-f', 'lavfi', '-i', 'sine=frequency=440:duration=1', '-c:a', 'libopus', '-b:a', '16k', ogg]);
  audio = await readFile(ogg);

  service = await generateKeyPair({ name: 'Quietline Test Service', email: 'service@quietline.test', type: 'ecc', passphrase: 'pw' });
  signer = await readSigningKey(service.privateKey, 'pw');

  alice = await GnupgHome.create();
  bob = await GnupgHome.create();
  await alice.importKey(service.publicKey);
  await bob.importKey(service.publicKey);

  aliceKey = await readPublicKeyArmored((await alice.genEcc('alice@clinic.test')).publicKey);
  const bobPair = await generateKeyPair({ name: 'Bob Nurse', email: 'bob@clinic.test', type: 'ecc' });
  await bob.importKey(bobPair.privateKey);
  bobKey = await readPublicKeyArmored(bobPair.publicKey);
});

after(async () => {
  await alice?.dispose();
  await bob?.dispose();
  await rm(work, { recursive: true, force: true });
});

function bodyInput(over: Partial<VoicemailBodyInput> = {}): VoicemailBodyInput {
  return {
    mailboxName: MAILBOX,
    practiceName: PRACTICE,
    receivedAt: new Date('2026-11-26T15:04:00Z'),
    durationSec: 42,
    caller: CALLER,
    transcript: {
      status: 'ok',
      lowConfidence: false,
      words: [
        { word: 'this', confidence: 0.9 },
        { word: 'is', confidence: 0.9 },
        { word: 'Margaret', confidence: 0.8 },
        { word: 'Hobbs', confidence: 0.7 },
        { word: 'I', confidence: 0.9 },
        { word: 'need', confidence: 0.9 },
        { word: 'a', confidence: 0.9 },
        { word: 'metformin', confidence: 0.35 },
        { word: 'refill', confidence: 0.8 },
        { word: 'and', confidence: 0.9 },
        { word: 'feel', confidence: 0.9 },
        { word: 'dizzy', confidence: 0.6 },
        { word: '[SSN]', confidence: 0.2, masked: true },
      ],
    },
    maskedTypes: ['SSN'],
    notes: [],
    audio: { filename: 'voicemail.ogg', contentType: 'audio/ogg', data: audio, durationSec: 1 },
    ...over,
  };
}

async function build(recipientKey: PublicKey, to: string, over: Partial<VoicemailBodyInput> = {}, outerSubject?: string) {
  const b = buildVoicemailBody(bodyInput(over));
  const vmAudio = bodyInput(over).audio;
  const input: EncryptedMessageInput = {
    from: { name: 'Quietline', address: 'noreply@quietline.test' },
    to,
    date: new Date('2026-11-26T15:05:00Z'),
    messageId: voicemailMessageId('vm01JDXVM7', to.startsWith('alice') ? 'r1' : 'r2', 'quietline.test'),
    protectedSubject: b.subject,
    text: b.text,
    html: b.html,
    attachments: vmAudio ? [{ filename: vmAudio.filename, contentType: vmAudio.contentType, data: vmAudio.data }] : [],
    recipientKey,
    signingKey: signer,
    ...(outerSubject ? { outerSubject } : {}),
  };
  return { raw: await buildEncryptedMessage(input), body: b };
}

async function encryptedPart(raw: Buffer): Promise<{ outer: ParsedMail; armored: Buffer }> {
  const outer = await simpleParser(raw);
  const part = outer.attachments.find((a) => a.contentType === 'application/octet-stream');
  assert.ok(part, 'part 2 present');
  return { outer, armored: part.content };
}

function assertVerified(r: GpgDecryptResult): void {
  assert.equal(r.code, 0, r.stderr);
  assert.ok(statusHas(r.status, 'DECRYPTION_OKAY'), r.status.join('\n'));
  assert.ok(statusHas(r.status, 'GOODSIG'), r.status.join('\n'));
  const validsig = statusHas(r.status, 'VALIDSIG');
  assert.ok(validsig);
  assert.equal(validsig.split(' ')[2], service.fingerprint);
}

function param(h: HeaderValue | undefined, name: string): string | undefined {
  return (h as { params?: Record<string, string> } | undefined)?.params?.[name];
}

describe('buildEncryptedMessage', () => {
  test('outer message is RFC 3156 PGP/MIME with only routing headers and no PHI', async () => {
    const { raw, body } = await build(aliceKey, 'alice@clinic.test');
    const text = raw.toString('latin1');
    assert.doesNotMatch(text, /(?<!\r)\n/, 'CRLF line endings only');
    assert.match(text, /^[\x00-\x7f]*$/, '7-bit');

    const { outer, armored } = await encryptedPart(raw);
    assert.equal(outer.subject, DEFAULT_OUTER_SUBJECT);
    assert.equal(outer.messageId, '<vm01JDXVM7.r1@quietline.test>');
    assert.equal(outer.date?.toISOString(), '2026-11-26T15:05:00.000Z');
    const ct = outer.headers.get('content-type');
    assert.equal((ct as { value: string }).value, 'multipart/encrypted');
    assert.equal(param(ct, 'protocol'), 'application/pgp-encrypted');

    const names = [...outer.headers.keys()].sort();
    assert.deepEqual(names, ['content-type', 'date', 'from', 'message-id', 'mime-version', 'subject', 'to']);

    assert.equal(outer.attachments.length, 2);
    const [version, enc] = outer.attachments;
    assert.equal(version?.contentType, 'application/pgp-encrypted');
    assert.equal(version?.content.toString().trim(), 'Version: 1');
    assert.equal(enc?.contentType, 'application/octet-stream');
    assert.equal(enc?.filename, 'encrypted.asc');
    assert.equal(enc?.contentDisposition, 'inline');
    assert.match(armored.toString(), /^-----BEGIN PGP MESSAGE-----/);

    // Everything outside the armor is checked case-insensitively; the armor itself is random-looking
    // base64, so only strings long enough not to occur there by chance are checked inside it.
    const clear = text.replace(/-----BEGIN PGP MESSAGE-----[\s\S]*?-----END PGP MESSAGE-----/, '').toLowerCase();
    const phiStrings = [CALLER, '234-9876', '2349876', PATIENT, ...TRANSCRIPT_WORDS, MAILBOX, PRACTICE, body.subject, 'voicemail.ogg', 'SSN', 'audio/ogg'];
    for (const phi of phiStrings) {
      assert.ok(!clear.includes(phi.toLowerCase()), `outer leaks ${phi}`);
      if (phi.length >= 6) assert.ok(!text.includes(phi), `outer leaks ${phi}`);
    }
  });

  test('gpg-made key: gpg decrypts, verifies the service signature, payload has protected headers, both bodies and the audio', async () => {
    const { raw, body } = await build(aliceKey, 'alice@clinic.test');
    const { armored } = await encryptedPart(raw);
    const r = await alice.decrypt(armored);
    assertVerified(r);
    assert.doesNotMatch(r.plaintext.toString('latin1'), /(?<!\r)\n/, 'signed payload is CRLF-canonical');

    const inner = await simpleParser(r.plaintext);
    assert.equal(inner.subject, body.subject);
    assert.equal(inner.subject, `Voicemail \u00b7 ${MAILBOX} \u00b7 ${CALLER} \u00b7 0:42`);
    assert.equal(inner.messageId, '<vm01JDXVM7.r1@quietline.test>');
    const ct = inner.headers.get('content-type');
    assert.equal((ct as { value: string }).value, 'multipart/mixed');
    assert.equal(param(ct, 'protected-headers'), 'v1');
    assert.equal(param(ct, 'hp'), 'cipher');

    const hpOuter = inner.headerLines.filter((l) => l.key === 'hp-outer').map((l) => l.line);
    assert.ok(hpOuter.includes('HP-Outer: Subject: [...]'), hpOuter.join('\n'));
    assert.ok(hpOuter.includes('HP-Outer: Message-ID: <vm01JDXVM7.r1@quietline.test>'));
    assert.ok(hpOuter.includes('HP-Outer: To: alice@clinic.test'));
    assert.equal(hpOuter.length, 5);

    assert.ok(inner.text?.includes('metformin(?)'));
    assert.ok(inner.text?.includes(CALLER));
    assert.ok(typeof inner.html === 'string' && /<span class="uncertain"[^>]*>metformin<\/span>/.test(inner.html));
    assert.equal(inner.attachments.length, 1);
    const att = inner.attachments[0]!;
    assert.equal(att.filename, 'voicemail.ogg');
    assert.equal(att.contentType, 'audio/ogg');
    assert.equal(att.contentDisposition, 'attachment');
    assert.deepEqual(att.content, audio);
  });

  test('openpgp.js-made key: gpg decrypts and verifies', async () => {
    const { raw, body } = await build(bobKey, 'bob@clinic.test');
    const r = await bob.decrypt((await encryptedPart(raw)).armored);
    assertVerified(r);
    const inner = await simpleParser(r.plaintext);
    assert.equal(inner.subject, body.subject);
    assert.deepEqual(inner.attachments[0]?.content, audio);
  });

  test('an attachment of many encoding blocks reaches gpg byte for byte', async () => {
    // Larger than the blocks its base64 is encoded in (57 KiB into one buffer, 912 KiB when streamed
    // into openpgp.js) and than those of the armor (48 KiB): the message comes out of openpgp in pieces.
    const big = Buffer.concat(Array.from({ length: 40 }, (_, i) => Buffer.alloc(77_777, i * 37)));
    const { raw } = await build(aliceKey, 'alice@clinic.test', { audio: { filename: 'voicemail.ogg', contentType: 'audio/ogg', data: big, durationSec: 60 } });
    assert.doesNotMatch(raw.toString('latin1'), /(?<!\r)\n/, 'CRLF line endings only');
    const r = await alice.decrypt((await encryptedPart(raw)).armored);
    assertVerified(r);
    const inner = await simpleParser(r.plaintext);
    assert.deepEqual(inner.attachments[0]?.content, big);
  });

  test('two recipients: each message opens only with its own key', async () => {
    const forAlice = (await encryptedPart((await build(aliceKey, 'alice@clinic.test')).raw)).armored;
    const forBob = (await encryptedPart((await build(bobKey, 'bob@clinic.test')).raw)).armored;

    assertVerified(await alice.decrypt(forAlice));
    assertVerified(await bob.decrypt(forBob));
    for (const [home, msg] of [
      [bob, forAlice],
      [alice, forBob],
    ] as const) {
      const r = await home.decrypt(msg);
      assert.notEqual(r.code, 0);
      assert.ok(!statusHas(r.status, 'DECRYPTION_OKAY'));
      assert.ok(statusHas(r.status, 'NO_SECKEY'), r.status.join('\n'));
      assert.equal(r.plaintext.length, 0);
    }
  });

  test('no audio and a custom PHI-free outer subject', async () => {
    const note = 'Audio over the size limit; ask your Quietline operator for it, reference vm-01JDXVM7.';
    const { raw } = await build(aliceKey, 'alice@clinic.test', { audio: undefined, notes: [note] }, 'New secure message');
    const { outer, armored } = await encryptedPart(raw);
    assert.equal(outer.subject, 'New secure message');
    const r = await alice.decrypt(armored);
    assertVerified(r);
    const inner = await simpleParser(r.plaintext);
    assert.equal(inner.attachments.length, 0);
    assert.ok(inner.text?.replace(/\s+/g, ' ').includes(note));
    assert.ok(inner.headerLines.some((l) => l.line === 'HP-Outer: Subject: New secure message'));
  });

  test('nodemailer sendMail({ envelope, raw }) passes the message through byte for byte', async () => {
    const { raw } = await build(aliceKey, 'alice@clinic.test');
    const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
    const info = await transport.sendMail({ envelope: { from: 'noreply@quietline.test', to: ['alice@clinic.test'] }, raw });
    assert.ok(Buffer.isBuffer(info.message));
    assert.deepEqual(info.message, raw);
  });

  test('message ids are deterministic and refuse unsafe parts', () => {
    assert.equal(voicemailMessageId('vm1', 'r9', 'mail.example.org'), '<vm1.r9@mail.example.org>');
    assert.throws(() => voicemailMessageId('a b', 'r', 'x.org'), /mime-header-invalid \(Message-ID\)/);
    assert.throws(() => voicemailMessageId('a', 'r>', 'x.org'), /mime-header-invalid/);
  });

  test('header injection through addresses or subject is refused', async () => {
    const b = buildVoicemailBody(bodyInput());
    const base: EncryptedMessageInput = {
      from: 'voicemail@quietline.test',
      to: 'alice@clinic.test',
      date: new Date(),
      messageId: '<vm1.r1@quietline.test>',
      protectedSubject: b.subject,
      text: b.text,
      html: b.html,
      attachments: [],
      recipientKey: aliceKey,
      signingKey: signer,
    };
    await assert.rejects(buildEncryptedMessage({ ...base, to: 'alice@clinic.test\r\nBcc: evil@x.test' }), /mime-header-invalid \(To\)/);
    await assert.rejects(buildEncryptedMessage({ ...base, outerSubject: 'x\r\nX-Evil: 1' }), /mime-header-invalid \(Subject\)/);
    await assert.rejects(buildEncryptedMessage({ ...base, protectedSubject: 'x\nX-Evil: 1' }), /mime-header-invalid \(Subject\)/);
  });
});
