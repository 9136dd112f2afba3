import assert from 'node:assert/strict';
import { test } from 'node:test';
import { identifiersOnly, reasonCode, safeJobId, safeJobName } from './phi-filter.ts';

test('reasonCode passes codes and the code of "code: detail" messages, nothing else', () => {
  assert.equal(reasonCode('key-expired'), 'key-expired');
  assert.equal(reasonCode('smtp-unavailable: relay answered 421'), 'smtp-unavailable');
  assert.equal(reasonCode('key-expired (rec-1)'), 'key-expired');
  assert.equal(reasonCode('Caller +1 555 867 5309 hung up'), 'other');
  assert.equal(reasonCode('maria: called about results'), 'other');
  assert.equal(reasonCode('Key-Expired'), 'other');
  assert.equal(reasonCode(''), 'other');
  assert.equal(reasonCode(undefined), 'other');
  assert.equal(reasonCode('a'.repeat(81)), 'other');
});

test('identifiersOnly keeps identifier-like keys with identifier-like values', () => {
  const out = identifiersOnly({
    voicemailId: 'vm0123456789abcdef0123456789',
    practiceId: 'northside',
    recipientId: 'r1a2b3c4d5e6f',
    recipients: ['rec-a', 'rec-b'],
    status: 'ok',
    count: 3,
    reason: 'key-expired: since 2020',
    callerNumber: '+1 555 867 5309',
    callerId: '5558675309',
    patientName: 'Zebulon',
    transcript: 'hello',
    note: 'free text',
    otherId: 'has spaces in it',
    phoneLikeId: '5558675309',
    fromId: '5558675309',
    patient_id: 'p1',
    contextId: 'ctx-1',
    nested: { voicemailId: 'vm1' },
  });
  assert.deepEqual(out, {
    voicemailId: 'vm0123456789abcdef0123456789',
    practiceId: 'northside',
    recipientId: 'r1a2b3c4d5e6f',
    recipients: ['rec-a', 'rec-b'],
    status: 'ok',
    count: 3,
    reason: 'key-expired',
    otherId: '[hidden]',
    fromId: '[hidden]',
    contextId: 'ctx-1',
  });
});

test('identifiersOnly drops non-object payloads', () => {
  assert.deepEqual(identifiersOnly('Zebulon called'), {});
  assert.deepEqual(identifiersOnly(['a']), {});
  assert.deepEqual(identifiersOnly(null), {});
});

test('job ids and names pass only when identifier-shaped', () => {
  assert.equal(safeJobId('dl-vm01-rec-ok'), 'dl-vm01-rec-ok');
  assert.equal(safeJobId('42'), '42');
  assert.equal(safeJobId('Zebulon Quackenbush'), '[hidden]');
  assert.equal(safeJobName('deliver'), 'deliver');
  assert.equal(safeJobName('call from +15558675309'), 'job');
});
