import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { startEmbeddedS3, type EmbeddedS3 } from '../storage/embedded-s3.ts';
import { S3Store } from '../storage/s3-store.ts';
import { AuditTrail, verifyChain, type AuditRecord } from './audit-trail.ts';

describe('audit trail', () => {
  let dir: string;
  let s3: EmbeddedS3;
  let store: S3Store;
  let redis: Redis;
  let audit: AuditTrail;
  const prefix = `qltest-audit-${randomUUID().slice(0, 8)}`;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ql-audit-'));
    s3 = await startEmbeddedS3({ dir, port: 0, bucket: 'quietline' });
    store = new S3Store({ bucket: 'quietline', region: 'us-east-1', endpoint: s3.endpoint, credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey } });
    redis = new Redis('redis://127.0.0.1:6379');
    audit = new AuditTrail(store, redis, prefix);
  });
  after(async () => {
    redis.disconnect();
    store.destroy();
    await s3.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function chain(id: string): Promise<AuditRecord[]> {
    await audit.append(id, { event: 'received', source: 's3', practiceId: 'p', mailboxId: 'm' });
    await audit.append(id, { event: 'transcribed', status: 'ok', engine: 'pocketsphinx' });
    await audit.append(id, { event: 'delivered', recipientId: 'r1', keyFingerprint: 'AB'.repeat(20), messageId: '<vm-x.r1@t>' });
    await audit.append(id, { event: 'completed', delivered: 1, failed: 0 });
    return audit.read(id);
  }

  it('an untouched chain verifies', async () => {
    const records = await chain('vmintact');
    assert.equal(records.length, 4);
    assert.deepEqual(verifyChain('vmintact', records, true), []);
  });

  it('serialises concurrent appends: no sequence number is used twice', async () => {
    await Promise.all(Array.from({ length: 8 }, (_, i) => audit.append('vmconc', { event: 'delivered', recipientId: `r${i}`, keyFingerprint: 'F', messageId: `<m${i}>` })));
    const records = await audit.read('vmconc');
    assert.deepEqual(records.map((r) => r.seq), [1, 2, 3, 4, 5, 6, 7, 8]);
    assert.deepEqual(verifyChain('vmconc', records, false), []);
  });

  it('appendOnce writes a record once, however many writers race to fill it in', async () => {
    const entry = { event: 'delivered', recipientId: 'r1', keyFingerprint: 'F', messageId: '<m1>' } as const;
    const same = (e: AuditRecord['entry']) => e.event === 'delivered' && e.recipientId === 'r1';
    const wrote = await Promise.all(Array.from({ length: 5 }, () => audit.appendOnce('vmonce', entry, same)));
    assert.equal(wrote.filter(Boolean).length, 1);
    assert.equal(await audit.appendOnce('vmonce', { ...entry, recipientId: 'r2' }, (e) => e.event === 'delivered' && e.recipientId === 'r2').then(Boolean), true);
    const records = await audit.read('vmonce');
    assert.deepEqual(records.map((r) => (r.entry.event === 'delivered' ? r.entry.recipientId : '')), ['r1', 'r2']);
    assert.deepEqual(verifyChain('vmonce', records, false), []);
  });

  it('detects a changed record', async () => {
    const records = await chain('vmchanged');
    const tampered = records.map((r) => (r.seq === 3 ? { ...r, entry: { ...r.entry, recipientId: 'r2' } as AuditRecord['entry'] } : r));
    assert.deepEqual(verifyChain('vmchanged', tampered, true).map((p) => [p.seq, p.problem]), [[3, 'changed']]);
  });

  it('detects a removed record', async () => {
    const records = await chain('vmremoved');
    await store.delete('audit/vmremoved/000002.json');
    const problems = verifyChain('vmremoved', await audit.read('vmremoved'), true);
    assert.ok(problems.some((p) => p.problem === 'missing'), JSON.stringify(problems));
    assert.equal(records.length, 4);
  });

  it('detects reordered records', async () => {
    const records = await chain('vmreordered');
    const [a, b, c, d] = records as [AuditRecord, AuditRecord, AuditRecord, AuditRecord];
    const problems = verifyChain('vmreordered', [a, c, b, d], true);
    assert.ok(problems.some((p) => p.problem === 'reordered'), JSON.stringify(problems));
  });

  it('detects a removed tail of a completed voicemail', async () => {
    const records = await chain('vmtail');
    assert.deepEqual(verifyChain('vmtail', records.slice(0, 3), true).map((p) => p.problem), ['unterminated']);
  });
});
