import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { simpleParser } from 'mailparser';
import { cleanCallerNumber } from './caller.ts';
import { compileCallerPatterns, extractPbxVoicemail } from './pbx-mail.ts';

function mail(headers: string[], body: string, attachment?: { type: string; name: string }): Buffer {
  const b = 'b0undary';
  const lines = ['From: pbx@pbx.example', 'To: vm@intake.example', ...headers, 'MIME-Version: 1.0', `Content-Type: multipart/mixed; boundary="${b}"`, '', `--${b}`, 'Content-Type: text/plain', '', body];
  if (attachment) lines.push(`--${b}`, `Content-Type: ${attachment.type}; name="${attachment.name}"`, 'Content-Transfer-Encoding: base64', `Content-Disposition: attachment; filename="${attachment.name}"`, '', Buffer.from('RIFF....WAVEfmt ').toString('base64'));
  lines.push(`--${b}--`, '');
  return Buffer.from(lines.join('\r\n'));
}

describe('PBX voicemail email parsing', () => {
  const patterns = compileCallerPatterns(undefined);

  it('reads Asterisk headers: caller, Orig-time, duration, Message-ID', async () => {
    const raw = mail(['Subject: [PBX]: New message', 'Message-ID: <a1@pbx>', 'X-Asterisk-VM-Caller-ID-Num: 5551234567', 'X-Asterisk-VM-Duration: 12', 'X-Asterisk-VM-Orig-time: 1795000000'], 'hi', { type: 'audio/x-wav', name: 'msg0001.wav' });
    const vm = extractPbxVoicemail(await simpleParser(raw), raw, patterns);
    assert.equal(vm?.callerNumber, '5551234567');
    assert.equal(vm?.durationSec, 12);
    assert.equal(vm?.receivedAt.getTime(), 1_795_000_000_000);
    assert.equal(vm?.sourceId, '<a1@pbx>');
    assert.equal(vm?.formatHint, 'wav');
  });

  it('finds the caller in a FreeSWITCH body line, falls back to a hash without Message-ID, and to the Date header', async () => {
    const raw = mail(['Subject: New voicemail', 'Date: Thu, 26 Nov 2026 10:00:00 +0000', 'X-Voicemail-Length: 00:01:05'], 'Created: today\nFrom: "Sam" 5559876543\nDuration: 65', { type: 'application/octet-stream', name: 'msg.wav' });
    const parsed = await simpleParser(raw);
    parsed.messageId = undefined;
    const vm = extractPbxVoicemail(parsed, raw, patterns);
    assert.equal(vm?.callerNumber, '5559876543');
    assert.equal(vm?.durationSec, 65);
    assert.match(vm?.sourceId ?? '', /^sha256:[0-9a-f]{64}$/);
    assert.equal(vm?.receivedAt.toISOString(), '2026-11-26T10:00:00.000Z');
  });

  it('uses configured patterns, refuses patterns without a caller group, and returns null without audio', async () => {
    const custom = compileCallerPatterns({ subject: ['^VM (?<caller>\\d+)$'], body: [] });
    const raw = mail(['Subject: VM 5550001111'], 'x', { type: 'audio/mpeg', name: 'a.mp3' });
    assert.equal(extractPbxVoicemail(await simpleParser(raw), raw, custom)?.callerNumber, '5550001111');
    assert.throws(() => compileCallerPatterns({ subject: ['(\\d+)'] }), RangeError);
    const none = mail(['Subject: hi'], 'no attachment');
    assert.equal(extractPbxVoicemail(await simpleParser(none), none, patterns), null);
  });

  it('keeps only plausible caller numbers', () => {
    assert.equal(cleanCallerNumber(' +1 (555) 123-4567 '), '+1 (555) 123-4567');
    assert.equal(cleanCallerNumber('Unknown'), undefined);
    assert.equal(cleanCallerNumber('anonymous'), undefined);
    assert.equal(cleanCallerNumber('<5551234567>'), undefined);
  });
});
