/**
 * What a voicemail's completion and its purge leave in S3 (real s3rver, real Redis for the audit
 * chain): every object that holds PHI goes, the sealed record with the caller's number and the
 * objects of an unfinished Amazon Transcribe job included; the PHI-free ledger, done.json and audit
 * trail stay.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { S3Store } from '../storage/s3-store.ts';
import type { AuditTrail } from '../audit/audit-trail.ts';
import { startS3AuditFixture, type S3AuditFixture } from '../../test/helpers/s3-audit-fixture.ts';
import { awsTranscribeKeys } from '../transcription/aws-transcribe-keys.ts';
import { keys } from './object-keys.ts';
import { completeVoicemail, purgeExpired } from './retention.ts';

describe('voicemail retention', () => {
  let fixture: S3AuditFixture;
  let store: S3Store;
  let audit: AuditTrail;

  before(async () => {
    fixture = await startS3AuditFixture('retention');
    ({ store, audit } = fixture);
  });
  after(async () => {
    await fixture?.close();
  });

  /** A voicemail's objects as the pipeline leaves them before completion (contents do not matter here). */
  async function voicemail(id: string, withAudio = true): Promise<string[]> {
    const aws = awsTranscribeKeys(id);
    const all = [keys.record(id), keys.source(id), keys.transcript(id), keys.package(id), keys.packageAudio(id), keys.delivery(id, 'r1'), keys.deliveryFailure(id, 'r2'), aws.inputKey, aws.outputKey];
    for (const k of all) await store.put(k, k.includes('/deliveries/') ? JSON.stringify({ voicemailId: id, recipientId: 'r1', withAudio }) : 'x');
    return all;
  }
  const keysOf = async (id: string) => [...(await store.list(`voicemails/${id}/`)), ...(await store.list(`transcribe-output/ql-${id}`))].map((o) => o.key).sort();

  it('keepDays 0: completion deletes every PHI object at once, record and Transcribe leftovers included', async () => {
    const id = 'vmretzero';
    await voicemail(id);
    const marker = await completeVoicemail(store, audit, id, { delivered: 1, failed: 0 }, 0);
    assert.ok(marker.purgedAt);
    assert.deepEqual(await keysOf(id), [keys.delivery(id, 'r1'), keys.done(id), keys.deliveryFailure(id, 'r2')].sort());
    const events = (await audit.read(id)).map((r) => r.entry);
    assert.deepEqual(events.at(-1), { event: 'deleted', what: ['source', 'transcript', 'package', 'package-audio', 'record'] });
  });

  it('keepDays 0, but an email went without its recording: kept 7 days so IT can hand it over', async () => {
    const id = 'vmretnoaudio';
    const all = await voicemail(id, false);
    const now = new Date('2026-04-01T10:00:00Z');
    const marker = await completeVoicemail(store, audit, id, { delivered: 1, failed: 0 }, 0, now);
    assert.equal(marker.purgeAfter, '2026-04-08T10:00:00.000Z');
    assert.deepEqual(await keysOf(id), [...all, keys.done(id)].sort(), 'nothing deleted yet');
  });

  it('keepDays N: content stays until the purge runs after its day, then goes the same way', async () => {
    const id = 'vmretkeep';
    const all = await voicemail(id);
    const now = new Date('2026-03-01T10:00:00Z');
    const marker = await completeVoicemail(store, audit, id, { delivered: 1, failed: 1 }, 2, now);
    assert.equal(marker.purgeAfter, '2026-03-08T10:00:00.000Z', 'a failed recipient keeps content at least 7 days');
    assert.deepEqual(await keysOf(id), [...all, keys.done(id)].sort(), 'nothing deleted before its day');
    assert.equal(await purgeExpired(store, audit, new Date('2026-03-05T00:00:00Z')), 0);
    assert.equal(await purgeExpired(store, audit, new Date('2026-03-08T11:00:00Z')), 1);
    assert.deepEqual(await keysOf(id), [keys.delivery(id, 'r1'), keys.done(id), keys.deliveryFailure(id, 'r2')].sort());
  });
});
