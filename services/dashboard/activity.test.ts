import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import { Redis } from 'ioredis';
import {
  ActivityIdError,
  percentile,
  readCompletions,
  readDeliveryOutcomes,
  readIntakeIssueCounts,
  readIntakeIssues,
  readLastReceived,
  recordCompleted,
  recordDeliveryOutcome,
  recordIntakeIssue,
  recordReceived,
  transcriptIssue,
} from './activity.ts';

let redis: Redis;
const prefix = `qltest-dash-${randomBytes(5).toString('hex')}`;

before(async () => {
  redis = new Redis('redis://127.0.0.1:6379', { lazyConnect: true });
  await redis.connect();
});

after(async () => {
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
});

test('last received per practice only moves forward', async () => {
  const t = Date.UTC(2026, 10, 27, 8);
  await recordReceived(redis, prefix, { voicemailId: 'vm1', practiceId: 'p1', mailboxId: 'm1', at: new Date(t) });
  await recordReceived(redis, prefix, { voicemailId: 'vm0', practiceId: 'p1', mailboxId: 'm1', at: new Date(t - 60_000) });
  await recordReceived(redis, prefix, { voicemailId: 'vm2', practiceId: 'p2', mailboxId: 'm1', at: new Date(t + 5) });
  const last = await readLastReceived(redis, prefix);
  assert.equal(last.get('p1'), t);
  assert.equal(last.get('p2'), t + 5);
});

test('completions keep latency and counts, trimmed to a day', async () => {
  const now = Date.now();
  await recordCompleted(redis, prefix, { voicemailId: 'vmold', practiceId: 'p1', mailboxId: 'm1', receivedAt: new Date(now - 26 * 3_600_000), completedAt: new Date(now - 25 * 3_600_000), delivered: 1, failed: 0 });
  await recordCompleted(redis, prefix, { voicemailId: 'vma', practiceId: 'p1', mailboxId: 'm1', receivedAt: new Date(now - 90_000), completedAt: new Date(now - 30_000), delivered: 2, failed: 1 });
  const got = await readCompletions(redis, prefix, 0, now);
  assert.deepEqual(got.map((c) => [c.voicemailId, c.latencyMs, c.delivered, c.failed]), [['vma', 60_000, 2, 1]]);
});

test('delivery outcomes are counted; bad identifiers are refused', async () => {
  await recordDeliveryOutcome(redis, prefix, 'delivered');
  await recordDeliveryOutcome(redis, prefix, 'delivered');
  await recordDeliveryOutcome(redis, prefix, 'skipped');
  assert.deepEqual(await readDeliveryOutcomes(redis, prefix), { delivered: 2, failed: 0, skipped: 1 });
  await assert.rejects(
    recordReceived(redis, prefix, { voicemailId: '+1 555 867 5309', practiceId: 'p1', mailboxId: 'm1', at: new Date() }),
    (e: unknown) => e instanceof ActivityIdError && !String((e as Error).message).includes('555'),
  );
});

test('percentile is nearest-rank', () => {
  assert.equal(percentile([], 50), null);
  assert.equal(percentile([5, 1, 3, 2, 4], 50), 3);
  assert.equal(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95), 10);
});

test('intake issues: counted once per voicemail and reason, newest first, identifiers only', async () => {
  const t = Date.now();
  await recordIntakeIssue(redis, prefix, { subjectId: 'vmA', practiceId: 'p1', mailboxId: 'm1', reason: 'no-speech', outcome: 'delivered-with-note', at: new Date(t - 2000) });
  // The same stage run again (a retry) does not count twice.
  await recordIntakeIssue(redis, prefix, { subjectId: 'vmA', practiceId: 'p1', mailboxId: 'm1', reason: 'no-speech', outcome: 'delivered-with-note', at: new Date(t - 1000) });
  await recordIntakeIssue(redis, prefix, { subjectId: 'vmB', reason: 'bad-key-layout', outcome: 'rejected', at: new Date(t) });
  const recent = await readIntakeIssues(redis, prefix);
  assert.deepEqual(
    recent.map((r) => [r.subjectId, r.practiceId, r.mailboxId, r.reason, r.outcome]),
    [
      ['vmB', null, null, 'bad-key-layout', 'rejected'],
      ['vmA', 'p1', 'm1', 'no-speech', 'delivered-with-note'],
    ],
  );
  const counts = await readIntakeIssueCounts(redis, prefix);
  assert.deepEqual(
    counts.map((c) => [c.outcome, c.reason, c.practiceId, c.count]).sort(),
    [
      ['delivered-with-note', 'no-speech', 'p1', 1],
      ['rejected', 'bad-key-layout', null, 1],
    ],
  );
  for (const bad of [
    { subjectId: '+1 555 867 5309', reason: 'no-speech' },
    { subjectId: 'vmC', practiceId: '555 867 5309', reason: 'no-speech' },
    { subjectId: 'vmC', reason: 'Call from Zebulon' },
  ]) {
    await assert.rejects(recordIntakeIssue(redis, prefix, { ...bad, outcome: 'rejected', at: new Date() }), (e: unknown) => e instanceof ActivityIdError && !String((e as Error).message).includes('555'));
  }
});

test('the bad-input reason of a transcript result', () => {
  assert.equal(transcriptIssue({ status: 'ok', truncated: false }), null);
  assert.equal(transcriptIssue({ status: 'ok', truncated: true }), 'audio-too-long');
  assert.equal(transcriptIssue({ status: 'unavailable', reason: 'audio-not-audio' }), 'audio-not-audio');
  assert.equal(transcriptIssue({ status: 'unavailable', reason: 'Odd Reason' }), 'transcript-unavailable');
});
