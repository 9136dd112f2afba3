import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { simpleParser } from 'mailparser';
import type { PrivateKey, PublicKey } from 'openpgp';
import { GnupgHome, statusHas } from '../../test/fixtures/keys-gen.ts';
import { generateKeyPair } from '../pgp/keygen.ts';
import { readPublicKeyArmored, readSigningKey } from '../pgp/keys.ts';
import type { DeliveryPackage } from '../voicemail/delivery-package.ts';
import { audioLeftOutNote, composeVoicemailEmail, MessageTooLargeError, type ComposeVoicemailInput } from './compose-voicemail.ts';

let gpg: GnupgHome;
let signer: PrivateKey;
let recipientKey: PublicKey;
let serviceFpr: string;

before(async () => {
  gpg = await GnupgHome.create();
  const service = await generateKeyPair({ name: 'Svc', email: 'svc@quietline.test', type: 'ecc' });
  serviceFpr = service.fingerprint;
  signer = await readSigningKey(service.privateKey, undefined);
  await gpg.importKey(service.publicKey);
  const r = await generateKeyPair({ name: 'Nurse', email: 'nurse@clinic.test', type: 'ecc' });
  await gpg.importKey(r.privateKey);
  recipientKey = await readPublicKeyArmored(r.publicKey);
});

after(async () => {
  await gpg.dispose();
});

function pkg(over: Partial<DeliveryPackage> = {}): DeliveryPackage {
  return {
    voicemailId: 'vm0123456789abcdef',
    practiceId: 'maple',
    mailboxId: 'front',
    practiceName: 'Maple Street Family Medicine',
    mailboxName: 'Front Desk',
    receivedAt: '2026-11-26T15:04:00.000Z',
    durationSec: 42,
    caller: '(555) 234-9876',
    transcript: {
      status: 'ok',
      lowConfidence: false,
      text: 'please call me back about my prescription [SSN]',
      words: [
        { word: 'please', confidence: 0.9 },
        { word: 'call', confidence: 0.9 },
        { word: 'me', confidence: 0.9 },
        { word: 'back', confidence: 0.9 },
        { word: 'about', confidence: 0.9 },
        { word: 'my', confidence: 0.9 },
        { word: 'prescription', confidence: 0.4 },
        { word: '[SSN]', confidence: 0.9, masked: 'SSN' },
      ],
    },
    maskedTypes: ['SSN'],
    notes: [],
    audio: { filename: 'voicemail.ogg', contentType: 'audio/ogg', durationSec: 42, bytes: 40_000 },
    ...over,
  };
}

function input(over: Partial<ComposeVoicemailInput> = {}): ComposeVoicemailInput {
  return {
    pkg: pkg(),
    audio: randomBytes(40_000),
    recipient: { id: 'nurse-1', email: 'nurse@clinic.test', publicKey: recipientKey },
    signingKey: signer,
    from: 'Quietline <quietline@clinic.test>',
    messageIdDomain: 'clinic.test',
    maxMessageBytes: 20_000_000,
    ...over,
  };
}

async function open(raw: Buffer) {
  const outer = await simpleParser(raw);
  const enc = outer.attachments.find((a) => a.contentType === 'application/octet-stream');
  assert.ok(enc);
  const r = await gpg.decrypt(enc.content);
  assert.ok(statusHas(r.status, 'DECRYPTION_OKAY'), r.stderr);
  assert.equal(statusHas(r.status, 'VALIDSIG')?.split(' ')[2], serviceFpr);
  return { outer, inner: await simpleParser(r.plaintext) };
}

describe('composeVoicemailEmail', () => {
  test('attaches audio when it fits; envelope sender and Message-ID are derived', async () => {
    const i = input();
    const email = await composeVoicemailEmail(i);
    assert.equal(email.envelopeFrom, 'quietline@clinic.test');
    assert.equal(email.messageId, '<vm0123456789abcdef.nurse-1@clinic.test>');
    assert.equal(email.withAudio, true);
    const { outer, inner } = await open(email.raw);
    assert.equal(outer.subject, '[...]');
    assert.equal(inner.subject, 'Voicemail \u00b7 Front Desk \u00b7 (555) 234-9876 \u00b7 0:42');
    assert.deepEqual(inner.attachments[0]?.content, i.audio);
    assert.match(inner.text ?? '', /prescription\(\?\) \[SSN\]/);
    assert.match(inner.text ?? '', /Masked: SSN/);
  });

  test('audio that would push the message over the limit is left out with a note', async () => {
    const email = await composeVoicemailEmail(input({ audio: randomBytes(200_000), maxMessageBytes: 150_000 }));
    assert.equal(email.withAudio, false);
    assert.ok(email.raw.length <= 150_000);
    const { inner } = await open(email.raw);
    assert.equal(inner.attachments.length, 0);
    assert.ok((inner.text ?? '').replace(/\s+/g, ' ').includes(audioLeftOutNote('vm0123456789abcdef')));
  });

  test('audio listed but missing from storage: delivered without it, with a note', async () => {
    const email = await composeVoicemailEmail(input({ audio: null }));
    assert.equal(email.withAudio, false);
    const { inner } = await open(email.raw);
    assert.match((inner.text ?? '').replace(/\s+/g, ' '), /could not be attached to this email\. .*quote reference vm0123456789abcdef/);
  });

  test('outer subject template uses only mailbox and practice; hidden caller stays hidden', async () => {
    const email = await composeVoicemailEmail(
      input({ pkg: pkg({ caller: undefined, audio: null }), audio: null, outerSubjectTemplate: 'Secure message for {mailbox}' }),
    );
    const { outer, inner } = await open(email.raw);
    assert.equal(outer.subject, 'Secure message for Front Desk');
    assert.equal(inner.subject, 'Voicemail \u00b7 Front Desk \u00b7 0:42');
    assert.doesNotMatch(email.raw.toString(), /234-9876/);
  });

  test('a message too large even without audio is a named permanent error', async () => {
    await assert.rejects(composeVoicemailEmail(input({ maxMessageBytes: 2_000 })), (e: unknown) => {
      assert.ok(e instanceof MessageTooLargeError);
      assert.match(e.message, /^message-too-large \(vm0123456789abcdef\/nurse-1, \d+ bytes\)$/);
      return true;
    });
  });
});
