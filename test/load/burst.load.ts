/**
 * Issue 7 load test: a burst of 200 short voicemails (1-4 s flite clips, each with other bytes) drained by
 * two worker PROCESSES (`node bin/quietline.mjs start --role worker`, real PocketSphinx), intake in this
 * process. Everything must be delivered exactly once: one email per (voicemail, recipient), no Message-ID
 * twice, none missing, no failed job. Throughput and latency are printed, not asserted (the machine is
 * shared). The clips speak the suite's PHI canaries (a name, the call-back number), so the whole-suite
 * sweep searches 200 voicemails' worth of logs, Redis keys, S3 objects (a copy taken mid-burst, while
 * intermediate transcripts exist) and emails for them.
 *
 * Run alone: `npm run test:load`; in CI scripts/test.sh runs it through `run-tests.mjs --with-load`.
 * LOAD_BURST_COUNT overrides the burst size (default 200).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startBenchStack, waitDelivered, type BenchStack, type Submitted } from '../../bench/lib/bench-stack.ts';
import { FixedTranscriptEngine } from '../../bench/lib/engines.ts';
import { withTrailingSilence } from '../../bench/lib/speech-clips.ts';
import { percentile, median } from '../../bench/lib/stats.ts';
import { voicemailMessageId } from '../../services/mail/pgp-mime.ts';
import { jobIds } from '../../workers/queues.ts';
import { speak } from '../helpers/audio.ts';
import { CANARY } from '../helpers/canaries.ts';
import { waitFor } from '../helpers/wait.ts';

const COUNT = Number(process.env.LOAD_BURST_COUNT ?? 200);
/** Short voicemails that speak the canaries: who is calling, and the number to call back. */
const CLIPS = [`this is ${CANARY.caller.full}`, `${CANARY.relative.full} please call me`, `call ${CANARY.callbackSpoken}`];

describe(`burst of ${COUNT} short voicemails, two worker processes`, { timeout: 15 * 60_000 }, () => {
  let stack: BenchStack;
  const subs: Submitted[] = [];
  let startedAt = 0;
  let mails: string[] = [];
  let midBurstSnapshot = false;

  before(async () => {
    stack = await startBenchStack({ recipients: 1, scanIntervalSec: 1 });
    const audio = CLIPS.map((text) => speak(text));
    // The whole burst is in incoming/ before anything consumes it.
    for (let i = 0; i < COUNT; i++) subs.push(await stack.submit(withTrailingSilence(audio[i % audio.length]!, i + 1)));
    await Promise.all([stack.spawnWorker(), stack.spawnWorker()]);
    startedAt = Date.now();
    await stack.startInProcess('intake', () => new FixedTranscriptEngine());
    let looks = 0;
    await waitDelivered(stack, subs, 12 * 60_000, {
      // From halfway, for the PHI sweep: S3 as it is mid-burst, at a moment an intermediate transcript
      // exists (they live for a second or two; after 20 looks the copy is taken anyway).
      onPoll: async ({ completed }) => {
        if (midBurstSnapshot || completed < COUNT / 2) return;
        const transcripts = (await stack.ctx.store.list('voicemails/')).filter((o) => o.key.endsWith('/transcript.sealed'));
        if (transcripts.length === 0 && ++looks < 20) return;
        midBurstSnapshot = true;
        await stack.saveStorageSnapshot('mid-burst', transcripts.map((o) => o.key));
      },
    });
    // Nothing may still be running or waiting to run (a duplicate would show up here).
    const q = stack.ctx.queues;
    await waitFor('all queues idle', 60_000, async () => {
      for (const queue of [q.transcribe, q.prepare, q.deliver]) {
        const c = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
        if (Object.values(c).some((n) => n > 0)) return null;
      }
      return true;
    });
    mails = await stack.mailFiles();
  });
  after(async () => {
    await stack?.close();
  });

  it('delivers every voicemail exactly once: one email per (voicemail, recipient), none lost', async () => {
    const seen = new Map<string, number>();
    for (const f of mails) {
      const head = (await readFile(f)).subarray(0, 8192).toString('latin1');
      const mid = /^Message-ID:\s*(<[^>]+>)/im.exec(head)?.[1];
      assert.ok(mid, 'every email has a Message-ID');
      seen.set(mid, (seen.get(mid) ?? 0) + 1);
    }
    const expected = new Set(subs.flatMap((s) => stack.recipientIds.map((r) => voicemailMessageId(s.voicemailId, r, 'clinic.test'))));
    assert.equal(expected.size, COUNT * stack.recipientIds.length, 'every voicemail has its own id');
    const duplicates = [...seen].filter(([, n]) => n > 1);
    assert.deepEqual(duplicates, [], 'no Message-ID delivered twice');
    const lost = [...expected].filter((m) => !seen.has(m));
    assert.deepEqual(lost, [], 'no voicemail lost');
    const stray = [...seen.keys()].filter((m) => !expected.has(m));
    assert.deepEqual(stray, [], 'no email for a voicemail that was not submitted');
    assert.equal(mails.length, COUNT * stack.recipientIds.length);
  });

  it('leaves no failed job and no object in incoming/; prints throughput and latency', async () => {
    const q = stack.ctx.queues;
    for (const queue of [q.transcribe, q.prepare, q.deliver]) assert.equal(await queue.getFailedCount(), 0, `no failed ${queue.name} job`);
    assert.deepEqual(await stack.ctx.store.list('incoming/'), [], 'incoming/ is empty');

    const finished: number[] = [];
    const processing: number[] = [];
    for (const s of subs) {
      const tr = await q.transcribe.getJob(jobIds.transcribe(s.voicemailId));
      const dl = await q.deliver.getJob(jobIds.deliver(s.voicemailId, stack.recipientIds[0]!));
      assert.ok(tr?.processedOn && dl?.finishedOn, 'job timestamps present');
      finished.push(dl.finishedOn - startedAt);
      processing.push(dl.finishedOn - tr.processedOn);
    }
    const wallSec = Math.max(...finished) / 1000;
    const fmt = (ms: number) => (ms / 1000).toFixed(1);
    console.log(
      [
        `load burst: ${COUNT} voicemails (1-4 s clips), 1 recipient, 2 worker processes`,
        `  drained in ${wallSec.toFixed(1)} s → ${((COUNT / wallSec) * 60).toFixed(1)} voicemails/min`,
        `  latency from burst start to SMTP accepted: p50 ${fmt(median(finished))} s, p95 ${fmt(percentile(finished, 95))} s, max ${fmt(Math.max(...finished))} s`,
        `  per voicemail, transcribe start → delivered: p50 ${fmt(median(processing))} s, p95 ${fmt(percentile(processing, 95))} s`,
      ].join('\n'),
    );
    assert.ok(wallSec > 0);
  });
});
