import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import { startIntakeDoors, type RunningDoors } from '../services/intake/doors/index.ts';
import { speak } from './helpers/audio.ts';
import { makeSelfSignedCert, type TestCert } from './helpers/doors-certs.ts';
import { memoryLogger } from './helpers/doors-log.ts';
import { sealedAudioOf, transcribeJobOf, voicemailRecords } from './helpers/doors-records.ts';
import { startStack, type Stack } from './helpers/stack.ts';

const INTAKE = 'front-desk@intake.riverside.example';
const CALLER = '5558675309';
const CALLER_NAME = 'Jane Roe';
const ORIG_TIME = 1_795_000_000;

describe('SMTP door: PBX voicemail-to-email', () => {
  let stack: Stack;
  let authDoor: RunningDoors;
  let ipDoor: RunningDoors;
  let cert: TestCert;
  const logs = memoryLogger();
  const audio = speak('Please call the clinic back about the prescription');

  function client(port: number, o: { auth?: boolean; password?: string; tls?: boolean } = {}) {
    const opts: SMTPTransport.Options = {
      host: '127.0.0.1',
      port,
      secure: false,
      ...(o.tls === false ? { ignoreTLS: true } : { requireTLS: true }),
      tls: { ca: [cert.certPem], servername: 'localhost' },
      ...(o.auth === false ? {} : { auth: { user: 'asterisk', pass: o.password ?? 'pbx-secret-1' } }),
    };
    return nodemailer.createTransport(opts);
  }

  function asteriskMail(messageId: string, to = INTAKE) {
    return {
      from: '"Asterisk PBX" <asterisk@pbx.riverside.example>',
      to,
      subject: '[PBX]: New message 1 in mailbox 100',
      messageId,
      text: `Dear front desk:\n\n\tjust wanted to let you know you were just left a 0:05 long message (number 1)\nin mailbox 100 from "${CALLER_NAME}" <${CALLER}>\n`,
      headers: {
        'X-Asterisk-VM-Message-Num': '1',
        'X-Asterisk-VM-Context': 'default',
        'X-Asterisk-VM-Extension': '100',
        'X-Asterisk-VM-Caller-ID-Num': CALLER,
        'X-Asterisk-VM-Caller-ID-Name': CALLER_NAME,
        'X-Asterisk-VM-Duration': '5',
        'X-Asterisk-VM-Orig-date': 'Friday, November 27, 2026 at 10:15:00 AM',
        'X-Asterisk-VM-Orig-time': String(ORIG_TIME),
      },
      attachments: [{ filename: 'msg0000.wav', content: audio, contentType: 'audio/x-wav' }],
    };
  }

  before(async () => {
    stack = await startStack({ startWorkers: false });
    cert = await makeSelfSignedCert();
    const addresses = new Map([[INTAKE, { practiceId: 'testprac', mailboxId: 'main' }]]);
    authDoor = await startIntakeDoors(stack.ctx, {
      http: false,
      smtp: { port: 0, tls: { cert: cert.certPem, key: cert.keyPem }, users: [{ user: 'asterisk', password: 'pbx-secret-1' }], addresses },
      logger: logs.logger,
    });
    ipDoor = await startIntakeDoors(stack.ctx, {
      http: false,
      smtp: { port: 0, tls: { cert: cert.certPem, key: cert.keyPem }, allowIps: ['127.0.0.0/8'], addresses },
      logger: logs.logger,
    });
  });
  after(async () => {
    await ipDoor?.close();
    await authDoor?.close();
    await stack?.close();
  });

  it('takes an Asterisk voicemail over STARTTLS with AUTH, once per Message-ID', async () => {
    const t = client(authDoor.smtpPort!);
    const info = await t.sendMail(asteriskMail('<asterisk-1-1795000000@pbx.riverside.example>'));
    assert.match(info.response, /^250/);
    const again = await t.sendMail(asteriskMail('<asterisk-1-1795000000@pbx.riverside.example>'));
    assert.match(again.response, /^250/, 'a re-sent message is accepted (and deduplicated)');
    t.close();
    const recs = (await voicemailRecords(stack)).filter((r) => r.source === 'smtp');
    assert.equal(recs.length, 1);
    const rec = recs[0]!;
    assert.equal(rec.sourceId, '<asterisk-1-1795000000@pbx.riverside.example>');
    assert.equal(rec.practiceId, 'testprac');
    assert.equal(rec.mailboxId, 'main');
    assert.equal(rec.callerNumber, CALLER);
    assert.equal(rec.receivedAt, new Date(ORIG_TIME * 1000).toISOString());
    assert.equal(rec.formatHint, 'wav');
    assert.ok((await sealedAudioOf(stack, rec.id))?.equals(audio), 'the attachment is the sealed source');
    assert.ok(await transcribeJobOf(stack, rec.id), 'transcription was queued');
  });

  it('finds a FreeSWITCH caller in the subject, from an allow-listed client without AUTH', async () => {
    const t = client(ipDoor.smtpPort!, { auth: false });
    await t.sendMail({
      from: 'voicemail@fs.riverside.example',
      to: INTAKE.toUpperCase(),
      subject: 'Voicemail from "Sam Poe" <5551112222> 00:00:07',
      messageId: '<fs-42@fs.riverside.example>',
      text: 'Created: now',
      headers: { 'X-Voicemail-Length': '7' },
      attachments: [{ filename: 'msg_abc.wav', content: audio, contentType: 'audio/wav' }],
    });
    t.close();
    const rec = (await voicemailRecords(stack)).find((r) => r.sourceId === '<fs-42@fs.riverside.example>');
    assert.equal(rec?.callerNumber, '5551112222');
    assert.equal(rec?.source, 'smtp');
  });

  it('refuses unknown addresses at RCPT and mail without audio with 550', async () => {
    const t = client(authDoor.smtpPort!);
    await assert.rejects(t.sendMail(asteriskMail('<x-1@pbx>', 'nobody@intake.riverside.example')), (e: { responseCode?: number; rejected?: string[] }) => e.responseCode === 550);
    const noAudio = { ...asteriskMail('<x-2@pbx>'), attachments: [] };
    await assert.rejects(t.sendMail(noAudio), (e: { responseCode?: number; response?: string }) => {
      assert.equal(e.responseCode, 550);
      assert.match(e.response ?? '', /No audio attachment found/);
      return true;
    });
    t.close();
  });

  it('refuses mail before STARTTLS, a wrong password, and an unauthenticated client not on the allow-list', async () => {
    const plain = client(authDoor.smtpPort!, { tls: false, auth: false });
    await assert.rejects(plain.sendMail(asteriskMail('<x-3@pbx>')), (e: { responseCode?: number }) => e.responseCode === 530);
    plain.close();
    const wrong = client(authDoor.smtpPort!, { password: 'wrong' });
    await assert.rejects(wrong.sendMail(asteriskMail('<x-4@pbx>')), (e: { responseCode?: number }) => e.responseCode === 535);
    wrong.close();
    const anon = client(authDoor.smtpPort!, { auth: false });
    await assert.rejects(anon.sendMail(asteriskMail('<x-5@pbx>')), (e: { responseCode?: number }) => e.responseCode === 530);
    anon.close();
    const recs = (await voicemailRecords(stack)).filter((r) => /^<x-/.test(r.sourceId));
    assert.equal(recs.length, 0, 'nothing refused was registered');
  });

  it('logs no headers, bodies, names or numbers', () => {
    const text = logs.text();
    assert.ok(text.includes('smtp voicemail registered'));
    for (const phi of [CALLER, '5551112222', CALLER_NAME, 'Sam Poe', 'riverside.example', 'prescription']) assert.ok(!text.includes(phi), `log has no ${phi}`);
  });
});
