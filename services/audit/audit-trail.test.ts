import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Redis } from 'ioredis';
import type { S3Store } from '../storage/s3-store.ts';
import { startS3AuditFixture, type S3AuditFixture } from '../../test/helpers/s3-audit-fixture.ts';
import type { ObjectStore } from '../storage/object-store.ts';
import { AuditTrail, verifyChain, type AuditRecord, type DeliveredEvent } from './audit-trail.ts';

/** The store with a count of requests, and a PUT that can be made to "crash" right after it is stored. */
function instrumented(inner: ObjectStore) {
  const calls: string[] = [];
  let crashAfterPut: string | null = null;
  const store: ObjectStore = {
    put: async (key, body, opts) => {
      calls.push(`put ${key}`);
      await inner.put(key, body, opts);
      if (key === crashAfterPut) throw new Error('simulated-crash-after-put');
    },
    putFile: (...a) => inner.putFile(...a),
    putStream: (...a) => inner.putStream(...a),
    get: (key) => (calls.push(`get ${key}`), inner.get(key)),
    getStream: (key) => inner.getStream(key),
    head: (key) => (calls.push(`head ${key}`), inner.head(key)),
    list: (prefix, o) => (calls.push(`list ${prefix}`), inner.list(prefix, o)),
    delete: (key) => inner.delete(key),
    ping: () => inner.ping(),
  };
  return {
    store,
    calls,
    crashAfterPutOf(key: string | null) {
      crashAfterPut = key;
    },
  };
}

describe('audit trail', () => {
  let fixture: S3AuditFixture;
  let store: S3Store;
  let redis: Redis;
  let audit: AuditTrail;
  let prefix: string;

  before(async () => {
    fixture = await startS3AuditFixture('audit');
    ({ store, redis, audit, prefix } = fixture);
  });
  after(async () => {
    // The bucket, and the cached chain heads in Redis.
    await fixture?.close();
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

  it('serialises appends from separate connections (separate processes) too', async () => {
    const other = new Redis('redis://127.0.0.1:6379');
    try {
      const audit2 = new AuditTrail(store, other, prefix);
      await Promise.all(Array.from({ length: 6 }, (_, i) => (i % 2 ? audit : audit2).append('vmtwoproc', { event: 'delivery-failed', recipientId: `r${i}`, reason: 'x' })));
      const records = await audit.read('vmtwoproc');
      assert.deepEqual(records.map((r) => r.seq), [1, 2, 3, 4, 5, 6]);
      assert.deepEqual(verifyChain('vmtwoproc', records, false), []);
    } finally {
      other.disconnect();
    }
  });

  it('appendOnce writes a record once, however many writers race to fill it in', async () => {
    const entry: DeliveredEvent = { event: 'delivered', recipientId: 'r1', keyFingerprint: 'F', messageId: '<m1>' };
    const wrote = await Promise.all(Array.from({ length: 5 }, () => audit.appendOnce('vmonce', entry)));
    assert.equal(wrote.filter(Boolean).length, 1);
    assert.equal(await audit.appendOnce('vmonce', { ...entry, recipientId: 'r2' }).then(Boolean), true);
    const records = await audit.read('vmonce');
    assert.deepEqual(records.map((r) => (r.entry.event === 'delivered' ? r.entry.recipientId : '')), ['r1', 'r2']);
    assert.deepEqual(verifyChain('vmonce', records, false), []);
    assert.deepEqual([...(await audit.deliveredRecipients('vmonce'))].sort(), ['r1', 'r2']);
  });

  it('appendOnce finds a delivery recorded before the chain head was cached (cache lost, e.g. Redis replaced)', async () => {
    const entry: DeliveredEvent = { event: 'delivered', recipientId: 'r1', keyFingerprint: 'F', messageId: '<m1>' };
    await audit.append('vmoncelost', { event: 'received', source: 's3', practiceId: 'p', mailboxId: 'm' });
    await audit.appendOnce('vmoncelost', entry);
    await redis.del(`${prefix}:audit-head:vmoncelost`);
    assert.equal(await audit.appendOnce('vmoncelost', entry), null);
    assert.deepEqual((await audit.deliveredRecipients('vmoncelost')).has('r1'), true);
    assert.equal((await audit.read('vmoncelost')).length, 2);
  });

  it('an append costs one HEAD and one PUT; a repeated appendOnce costs no S3 request', async () => {
    const s = instrumented(store);
    const counted = new AuditTrail(s.store, redis, prefix);
    // A new voicemail: no cached head, and no first record in S3 either (a HEAD, not a LIST).
    await counted.append('vmcount', { event: 'received', source: 's3', practiceId: 'p', mailboxId: 'm' });
    assert.deepEqual(s.calls, ['head audit/vmcount/000001.json', 'put audit/vmcount/000001.json']);
    await counted.append('vmcount', { event: 'transcribed', status: 'ok', engine: 'fixed' });
    s.calls.length = 0;
    await counted.append('vmcount', { event: 'masked', policy: 'standard', maskedTypes: [] });
    // HEAD: nothing follows the cached head (seq 2); PUT: the new record.
    assert.deepEqual(s.calls, ['head audit/vmcount/000003.json', 'put audit/vmcount/000003.json']);
    const delivered: DeliveredEvent = { event: 'delivered', recipientId: 'r1', keyFingerprint: 'F', messageId: '<m1>' };
    await counted.appendOnce('vmcount', delivered);
    s.calls.length = 0;
    assert.equal(await counted.appendOnce('vmcount', delivered), null);
    assert.deepEqual(s.calls, []);
    assert.deepEqual(verifyChain('vmcount', await audit.read('vmcount'), false), []);
  });

  it('a crash between the PUT and the chain-head update neither loses nor overwrites a record', async () => {
    const s = instrumented(store);
    const crashy = new AuditTrail(s.store, redis, prefix);
    await crashy.append('vmcrash', { event: 'received', source: 's3', practiceId: 'p', mailboxId: 'm' });
    await crashy.append('vmcrash', { event: 'transcribed', status: 'ok', engine: 'fixed' });
    // The record is stored, then the worker "dies" before it can move the cached head on.
    s.crashAfterPutOf('audit/vmcrash/000003.json');
    await assert.rejects(crashy.append('vmcrash', { event: 'masked', policy: 'standard', maskedTypes: ['NAME'] }), /simulated-crash/);
    s.crashAfterPutOf(null);
    // Its retry (or any other writer) appends after it, not over it.
    const next = await crashy.append('vmcrash', { event: 'masked', policy: 'standard', maskedTypes: ['NAME'] });
    assert.equal(next.seq, 4);
    const records = await audit.read('vmcrash');
    assert.deepEqual(records.map((r) => r.seq), [1, 2, 3, 4]);
    assert.equal(records[3]!.prev, records[2]!.hash);
    assert.deepEqual(verifyChain('vmcrash', records, false), []);
  });

  it('a cached head older than S3 (restored from an old snapshot) is detected, not trusted', async () => {
    await audit.append('vmstale', { event: 'received', source: 's3', practiceId: 'p', mailboxId: 'm' });
    const old = await redis.get(`${prefix}:audit-head:vmstale`);
    assert.ok(old);
    await audit.append('vmstale', { event: 'transcribed', status: 'ok', engine: 'fixed' });
    await audit.appendOnce('vmstale', { event: 'delivered', recipientId: 'r1', keyFingerprint: 'F', messageId: '<m1>' });
    await redis.set(`${prefix}:audit-head:vmstale`, old);
    assert.equal(await audit.appendOnce('vmstale', { event: 'delivered', recipientId: 'r1', keyFingerprint: 'F', messageId: '<m1>' }), null);
    await audit.append('vmstale', { event: 'completed', delivered: 1, failed: 0 });
    const records = await audit.read('vmstale');
    assert.deepEqual(records.map((r) => r.entry.event), ['received', 'transcribed', 'delivered', 'completed']);
    assert.deepEqual(verifyChain('vmstale', records, true), []);
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
