/**
 * The S3 scanner's listing budget, on real parts (s3rver, Redis): with a small per-scan limit, a
 * listing several pages long drains over successive scans; rejected and oversized objects leave
 * incoming/ (sealed copies under ids, streamed); an object S3 keeps refusing neither stops a scan nor
 * hides the objects after it, and is held back and shown after three refusals; an outage holds
 * nothing back; an original an earlier version left in incoming/ is moved, and still goes on its day.
 */
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readIntakeIssues } from '../services/dashboard/activity.ts';
import { intakeKeys } from '../services/intake/intake-keys.ts';
import { purgeExpiredOriginals } from '../services/intake/oversize.ts';
import { HOLD_BACK_MS, MAX_REFUSALS, incomingVoicemailId, scanIncoming, type ScanDeps, type ScanResult } from '../services/intake/s3-scanner.ts';
import type { ObjectStore, StoredObjectInfo } from '../services/storage/object-store.ts';
import { SealedStore } from '../services/storage/sealed-store.ts';
import { keys } from '../services/voicemail/object-keys.ts';
import { recordOf } from './helpers/doors-records.ts';
import { startStack, type Stack } from './helpers/stack.ts';

const MAX_BYTES = 4096;
const LIMIT = 3;
/** A caller's name in a file name, as some phone systems write them: must end up in no key. */
const NAME = 'Zebulon Quackenbush';

describe('S3 scanner: listing budget and paging', () => {
  let stack: Stack;

  before(async () => {
    stack = await startStack({ startWorkers: false });
  });
  after(async () => {
    await stack?.close();
  });

  /**
   * Scanner deps over a store of its own (same bucket, same storage key): the scan position is kept per
   * store, so each test starts at the top, and a test can make S3 refuse some objects.
   */
  function scanner(): { deps: ScanDeps; store: ObjectStore & Record<string, unknown> } {
    const store = Object.create(stack.ctx.store) as ObjectStore & Record<string, unknown>;
    const sealed = new SealedStore(store, Buffer.from(stack.env.QUIETLINE_STORAGE_KEY!, 'base64'));
    return { store, deps: { sealed, config: stack.config, transcribeQueue: stack.ctx.queues.transcribe, audit: stack.ctx.audit, activity: stack.ctx.activity, maxBytes: MAX_BYTES } };
  }

  /** Makes S3 answer reads of the keys `refuse` matches as Amazon S3 does with an error of `status`. */
  function refuseReads(store: ObjectStore, refuse: (key: string) => boolean, status: number): { reads: string[]; stop(): void } {
    const reads: string[] = [];
    const proto = Object.getPrototypeOf(store) as ObjectStore;
    (store as { getStream: ObjectStore['getStream'] }).getStream = (key: string) => {
      reads.push(key);
      if (!refuse(key)) return proto.getStream.call(store, key);
      return Promise.reject(Object.assign(new Error(status === 403 ? 'Access Denied' : 'Service Unavailable'), { name: status === 403 ? 'AccessDenied' : 'ServiceUnavailable', $metadata: { httpStatusCode: status } }));
    };
    return { reads, stop: () => delete (store as Partial<ObjectStore>).getStream };
  }

  async function incoming(): Promise<string[]> {
    return (await stack.ctx.store.list('incoming/')).map((o) => o.key);
  }

  async function infoOf(key: string): Promise<StoredObjectInfo> {
    const h = await stack.ctx.store.head(key);
    assert.ok(h, key);
    return h;
  }

  it('drains a listing of several pages over successive scans; rejected and oversized objects leave incoming/, sealed', async () => {
    const { deps } = scanner();
    const small = Array.from({ length: 7 }, (_, i) => keys.incoming('testprac', 'main', `a-${i} ${NAME}.wav`));
    const large = Array.from({ length: 2 }, (_, i) => keys.incoming('testprac', 'main', `b-${i} ${NAME}.wav`));
    const unknownSmall = keys.incoming('nosuch', 'main', `c-0 ${NAME}.wav`);
    const unknownLarge = keys.incoming('nosuch', 'main', `c-1 ${NAME}.wav`);
    const badLayout = `incoming/d-0 ${NAME}.wav`;
    const folder = 'incoming/testprac/main/';
    const bodies = new Map<string, Buffer>();
    for (const k of [...small, unknownSmall, badLayout]) bodies.set(k, randomBytes(1000));
    for (const k of [...large, unknownLarge]) bodies.set(k, randomBytes(MAX_BYTES + 2000));
    for (const [k, b] of bodies) await stack.ctx.store.put(k, b);
    await stack.ctx.store.put(folder, Buffer.alloc(0));
    const infos = new Map<string, StoredObjectInfo>();
    for (const k of bodies.keys()) infos.set(k, await infoOf(k));
    const idOf = (k: string) => incomingVoicemailId(deps, infos.get(k)!);

    const scans: ScanResult[] = [];
    for (let i = 0; i < 8 && (scans.length === 0 || scans.at(-1)!.seen > 0); i++) scans.push(await scanIncoming(deps, { limit: LIMIT }));
    assert.ok(scans.every((s) => s.seen <= LIMIT), JSON.stringify(scans));
    // 12 objects, 3 a scan: four scans work, the fifth finds nothing left.
    assert.deepEqual(scans.map((s) => s.seen), [3, 3, 3, 3, 0], JSON.stringify(scans));
    const total = scans.reduce((t, s) => ({ created: t.created + s.created, rejected: t.rejected + s.rejected, failed: t.failed + s.failed }), { created: 0, rejected: 0, failed: 0 });
    assert.deepEqual(total, { created: 9, rejected: 3, failed: 0 });
    assert.deepEqual(await incoming(), [folder], 'only the folder marker stays');

    for (const k of small) assert.equal((await recordOf(stack, idOf(k)))?.sizeBytes, 1000);
    for (const k of large) {
      assert.equal((await recordOf(stack, idOf(k)))?.sizeBytes, MAX_BYTES + 2000);
      assert.deepEqual(await stack.ctx.sealed.getSealed(intakeKeys.originalSealed(idOf(k))), bodies.get(k), 'oversized original kept sealed');
    }
    for (const [k, reason] of [[unknownSmall, 'unknown-mailbox'], [unknownLarge, 'unknown-mailbox'], [badLayout, 'bad-key-layout']] as const) {
      const marker = JSON.parse((await stack.ctx.store.get(keys.rejected(idOf(k))))!.toString('utf8')) as { reason: string; sourceKept: boolean };
      assert.deepEqual([marker.reason, marker.sourceKept], [reason, true]);
      assert.deepEqual(await stack.ctx.sealed.getSealed(keys.rejectedSource(idOf(k))), bodies.get(k), 'rejected object kept sealed, whatever its size');
    }
    for (const o of await stack.ctx.store.list('')) assert.ok(!o.key.includes('Quackenbush'), `no key carries the name: ${o.key.slice(0, 12)}…`);

    // A new object sorting before the last position is found once the scan comes round again.
    const late = keys.incoming('testprac', 'main', 'a-00 late.wav');
    await stack.ctx.store.put(late, randomBytes(500));
    const lateInfo = await infoOf(late);
    assert.equal((await scanIncoming(deps, { limit: LIMIT })).created, 1);
    assert.ok(await recordOf(stack, incomingVoicemailId(deps, lateInfo)));
    await stack.ctx.store.delete(folder);
  });

  it('an object S3 keeps refusing neither stops a scan nor hides the ones after it; held back and shown after three refusals', async () => {
    const { deps, store } = scanner();
    const refused = Array.from({ length: LIMIT }, (_, i) => keys.incoming('testprac', 'main', `0-refused-${i}.wav`));
    const good = Array.from({ length: 2 }, (_, i) => keys.incoming('testprac', 'main', `z-good-${i}.wav`));
    for (const k of [...refused, ...good]) await stack.ctx.store.put(k, randomBytes(800));
    const refusedIds = await Promise.all(refused.map(async (k) => incomingVoicemailId(deps, await infoOf(k))));
    const s3 = refuseReads(store, (k) => refused.includes(k), 403);
    let clock = Date.now();
    const scan = () => scanIncoming(deps, { limit: LIMIT, now: () => clock });

    // The refused objects fill the first scan's budget, and fail without ending it; the next scan goes on
    // after them and takes the good ones.
    assert.deepEqual(await scan(), { seen: 3, created: 0, duplicates: 0, rejected: 0, failed: 3, heldBack: 0 });
    assert.deepEqual(await scan(), { seen: 2, created: 2, duplicates: 0, rejected: 0, failed: 0, heldBack: 0 });
    // Each pass over the listing refuses them once more (a scan that starts after them finds the end).
    let refusals = 3;
    for (let i = 0; i < 4 * MAX_REFUSALS && refusals < LIMIT * MAX_REFUSALS; i++) refusals += (await scan()).failed;
    assert.equal(refusals, LIMIT * MAX_REFUSALS);
    const issues = await readIntakeIssues(stack.ctx.redis, stack.ctx.prefix);
    for (const id of refusedIds) {
      assert.ok(issues.some((r) => r.subjectId === id && r.reason === 'object-unreadable' && r.outcome === 'rejected' && r.practiceId === 'testprac'), 'shown to operators');
    }
    assert.deepEqual((await incoming()).sort(), [...refused].sort(), 'left in incoming/, untouched');

    // Held back: passed over without a request, and costing no budget: with the held-back objects
    // filling the first page, a new object after them is taken in the same scan.
    for (let i = 0; i < 2 && (await scan()).seen > 0; i++);
    const fresh = keys.incoming('testprac', 'main', 'm-fresh.wav');
    await stack.ctx.store.put(fresh, randomBytes(700));
    s3.reads.length = 0;
    assert.deepEqual(await scan(), { seen: 1, created: 1, duplicates: 0, rejected: 0, failed: 0, heldBack: 3 });
    assert.deepEqual(s3.reads, [fresh]);

    // Readable again (an operator fixed the permission): taken once the hold is over.
    s3.stop();
    assert.equal((await scan()).heldBack, 3);
    clock += HOLD_BACK_MS + 1;
    assert.deepEqual(await scan(), { seen: 3, created: 3, duplicates: 0, rejected: 0, failed: 0, heldBack: 0 });
    assert.deepEqual(await incoming(), []);
  });

  it('an outage (5xx) holds nothing back: every scan tries again, and the object is taken when S3 recovers', async () => {
    const { deps, store } = scanner();
    const key = keys.incoming('testprac', 'main', 'outage.wav');
    await stack.ctx.store.put(key, randomBytes(600));
    const s3 = refuseReads(store, (k) => k === key, 503);
    for (let i = 0; i < MAX_REFUSALS + 2; i++) assert.deepEqual(await scanIncoming(deps, { limit: LIMIT }), { seen: 1, created: 0, duplicates: 0, rejected: 0, failed: 1, heldBack: 0 });
    s3.stop();
    assert.equal((await scanIncoming(deps, { limit: LIMIT })).created, 1);
    assert.deepEqual(await incoming(), []);
  });

  it('an original an earlier version left in incoming/ is moved sealed when met again, and both index entries purge', async () => {
    const { deps } = scanner();
    const key = keys.incoming('testprac', 'main', `legacy ${NAME}.wav`);
    const body = randomBytes(MAX_BYTES + 100);
    await stack.ctx.store.put(key, body);
    const info = await infoOf(key);
    const id = incomingVoicemailId(deps, info);
    // What that version wrote: a delivered voicemail, and an index entry naming the incoming key sealed.
    await stack.ctx.sealed.putJson(keys.record(id), { id });
    await stack.ctx.store.put(keys.done(id), JSON.stringify({ voicemailId: id }));
    // Its keep period ends before the one a new registration would give: the earlier promise holds.
    const keepUntil = new Date(Date.now() + 5 * 86_400_000).toISOString();
    const legacy = { voicemailId: id, kept: 'incoming', keepUntil, sealedKey: stack.ctx.sealed.sealString(key, `original-key:${id}`), etag: info.etag };
    await stack.ctx.store.put(intakeKeys.originalDue(keepUntil.slice(0, 10), id), JSON.stringify(legacy));
    const dueOf = async () => (await stack.ctx.store.list(intakeKeys.originalsDuePrefix)).filter((o) => o.key.endsWith(`/${id}.json`));

    assert.deepEqual(await scanIncoming(deps, { limit: LIMIT }), { seen: 1, created: 0, duplicates: 1, rejected: 0, failed: 0, heldBack: 0 });
    assert.deepEqual(await incoming(), []);
    assert.deepEqual(await stack.ctx.sealed.getSealed(intakeKeys.originalSealed(id)), body);
    assert.equal((await dueOf()).length, 2, 'the earlier entry and the new one');

    const purge = (days: number) => purgeExpiredOriginals(stack.ctx.sealed, stack.ctx.audit, new Date(Date.now() + days * 86_400_000));
    assert.equal(await purge(4), 0);
    assert.ok(await stack.ctx.store.head(intakeKeys.originalSealed(id)), 'kept until its day');
    assert.equal(await purge(6), 1);
    assert.equal(await stack.ctx.store.head(intakeKeys.originalSealed(id)), null, 'gone on the day first promised');
    await purge(8);
    assert.deepEqual(await dueOf(), []);
  });
});
