/**
 * The Twilio door's durable fetch, end to end on real parts: the webhook is answered at once and the
 * recording reference waits in the "fetch" queue; a media store that fails several times and comes
 * back still yields exactly one encrypted email per recipient; one that never comes back is given up
 * and shown on the dashboard (fetch-failed, by practice), PHI-free; a recording over the size limit
 * reaches staff as a note without audio.
 */
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { simpleParser } from 'mailparser';
import { startDashboard, type RunningDashboard } from '../services/dashboard/server.ts';
import { startIntakeDoors, type RunningDoors } from '../services/intake/doors/index.ts';
import { intakeKeys } from '../services/intake/intake-keys.ts';
import { engineResolver } from '../services/runtime/engines.ts';
import { keys } from '../services/voicemail/object-keys.ts';
import { jobIds } from '../workers/queues.ts';
import { startWorkers, type RunningWorkers } from '../workers/runner.ts';
import { speak } from './helpers/audio.ts';
import { startLocalServer, type LocalServer } from './helpers/doors-local-server.ts';
import { voicemailRecords } from './helpers/doors-records.ts';
import { twilioSign } from './helpers/doors-twilio.ts';
import { statusHas } from './fixtures/keys-gen.ts';
import { armoredPart, readMail, startStack, type Stack } from './helpers/stack.ts';
import { waitFor } from './helpers/wait.ts';

const ACCOUNT = 'AC' + randomBytes(16).toString('hex');
const TOKEN = randomBytes(16).toString('hex');
const FROM = '+15558675309';
const TO = '+15551230000';
const recordingSid = () => 'RE' + randomBytes(16).toString('hex');
/** Media larger than this is not downloaded (the fetch worker's limit in this test). */
const MAX_MEDIA_BYTES = 200_000;

describe('Twilio door: durable fetch through the "fetch" queue', () => {
  let stack: Stack;
  let doors: RunningDoors;
  let workers: RunningWorkers;
  let media: LocalServer;
  let dash: RunningDashboard;
  const audio = speak('Please call the clinic back about the appointment');
  const big = Buffer.alloc(MAX_MEDIA_BYTES + 1000, 1);
  /** Per RecordingSid: how the media store answers. */
  const behaviour = new Map<string, { failuresLeft: number; status?: number; body?: Buffer }>();

  const params = (sid: string): Record<string, string> => ({
    AccountSid: ACCOUNT,
    CallSid: 'CA' + randomBytes(16).toString('hex'),
    RecordingSid: sid,
    RecordingUrl: `${media.url}/2010-04-01/Accounts/${ACCOUNT}/Recordings/${sid}`,
    RecordingStatus: 'completed',
    From: FROM,
    To: TO,
  });
  async function post(p: Record<string, string>) {
    const url = `${doors.httpUrl}/v1/twilio/recording`;
    const started = Date.now();
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilioSign(TOKEN, url, p) },
      body: new URLSearchParams(p).toString(),
    });
    await res.text();
    return { status: res.status, ms: Date.now() - started };
  }
  const mediaFetches = (sid: string) => media.requests.filter((r) => r.url.includes(sid)).length;
  const fetchJob = (sid: string) => stack.ctx.queues.fetch.getJob(jobIds.fetch(sid));

  async function innerText(path: string): Promise<{ to: string; text: string; attachments: number }> {
    const raw = await readMail(path);
    const res = await stack.gnupg.decrypt(armoredPart(raw));
    assert.ok(statusHas(res.status, 'DECRYPTION_OKAY'), 'decrypts');
    const inner = await simpleParser(res.plaintext);
    return { to: /^To: (.+)$/im.exec(raw)?.[1]?.trim() ?? '', text: inner.text ?? '', attachments: inner.attachments.length };
  }

  before(async () => {
    stack = await startStack({ startWorkers: false, keepDays: 1 });
    const basic = 'Basic ' + Buffer.from(`${ACCOUNT}:${TOKEN}`).toString('base64');
    media = await startLocalServer((req, res) => {
      const sid = /\/Recordings\/(RE[0-9a-f]{32})\.wav$/.exec(req.url ?? '')?.[1];
      const b = sid ? behaviour.get(sid) : undefined;
      if (req.headers.authorization !== basic || !b) {
        res.writeHead(req.headers.authorization !== basic ? 401 : 404).end();
        return;
      }
      if (b.failuresLeft > 0) {
        b.failuresLeft--;
        res.writeHead(b.status ?? 503).end();
        return;
      }
      const body = b.body ?? audio;
      res.writeHead(200, { 'content-type': 'audio/x-wav', 'content-length': body.length }).end(body);
    });
    doors = await startIntakeDoors(stack.ctx, {
      http: { host: '127.0.0.1', port: 0 },
      // Short backoff so "hours" become seconds here: 150 ms doubling.
      twilio: { accounts: [{ accountSid: ACCOUNT, authToken: TOKEN }], numbers: new Map([[TO, { practiceId: 'testprac', mailboxId: 'main' }]]), mediaBaseUrls: [`${media.url}/2010-04-01/`], fetchAttempts: 6, fetchBackoffMs: 150 },
    });
    workers = await startWorkers(stack.ctx, 'all', {
      engineFor: engineResolver(stack.ctx),
      twilio: { accounts: [{ accountSid: ACCOUNT, authToken: TOKEN }], mediaBaseUrls: [`${media.url}/2010-04-01/`], maxMediaBytes: MAX_MEDIA_BYTES },
    });
    dash = await startDashboard(stack.ctx, { host: '127.0.0.1', port: 0 });
  });
  after(async () => {
    await dash?.close();
    await workers?.close(10_000);
    await doors?.close();
    await media?.close();
    await stack?.close();
  });

  it('answers Twilio at once, retries a failing media store, and delivers exactly once per recipient when it comes back', async () => {
    const sid = recordingSid();
    behaviour.set(sid, { failuresLeft: 4 });
    const r = await post(params(sid));
    assert.equal(r.status, 200);
    assert.ok(await fetchJob(sid), 'the recording reference is queued');

    const mails = await stack.waitForMail(2, 180_000);
    assert.equal(mediaFetches(sid), 5, 'four failures, then the download that worked');
    const job = await fetchJob(sid);
    assert.equal(await job?.getState(), 'completed');
    const rec = (await voicemailRecords(stack)).find((x) => x.sourceId === sid);
    assert.ok(rec);
    assert.equal(rec.callerNumber, FROM, 'the caller number waited sealed in S3 and reached the record');
    assert.equal(await stack.ctx.store.head(intakeKeys.pendingCall(rec.id)), null, 'and was removed from there');
    const inner = await Promise.all(mails.map(innerText));
    assert.deepEqual(inner.map((m) => m.to).sort(), ['alice@clinic.test', 'bob@clinic.test']);
    for (const m of inner) assert.match(m.text, /clinic/i);

    // The same webhook again, once everything is done: nothing new is fetched or sent.
    await waitFor('the voicemail to complete', 60_000, async () => (await stack.ctx.store.head(keys.done(rec.id))) ?? null);
    assert.equal((await post(params(sid))).status, 200);
    assert.equal(mediaFetches(sid), 5);
    assert.equal((await stack.mailFiles()).length, 2);
  });

  it('gives up a recording the media store never serves, and the dashboard shows it by practice, PHI-free', async () => {
    const sid = recordingSid();
    behaviour.set(sid, { failuresLeft: 1_000, status: 404 });
    assert.equal((await post(params(sid))).status, 200);
    await waitFor('the fetch to fail for good', 60_000, async () => ((await (await fetchJob(sid))?.getState()) === 'failed' ? true : null));
    const job = await fetchJob(sid);
    assert.equal(job?.failedReason, 'recording-not-found');
    assert.equal(mediaFetches(sid), 6, 'every attempt tried');
    const id = (job?.data as { voicemailId: string }).voicemailId;
    assert.equal(await stack.ctx.store.head(intakeKeys.pendingCall(id)), null, 'the sealed caller number does not outlive the job');
    assert.ok(!(await voicemailRecords(stack)).some((x) => x.sourceId === sid));

    const overviewText = await (await fetch(`${dash.url}/api/overview`)).text();
    const o = JSON.parse(overviewText) as {
      intake: { byPractice: { practiceId: string; outcome: string; count: number }[]; recent: { id: string; practiceId: string; mailboxId: string; reason: string; outcome: string }[] };
      deadLetters: { shown: { queue: string; jobId: string; ids: Record<string, unknown>; reason: string }[] };
      queues: { name: string; counts: { failed: number } }[];
    };
    const row = o.intake.recent.find((x) => x.id === id);
    assert.deepEqual(row && { ...row, at: undefined }, { id, practiceId: 'testprac', mailboxId: 'main', reason: 'recording-not-found', outcome: 'fetch-failed', at: undefined });
    assert.ok(o.intake.byPractice.some((p) => p.practiceId === 'testprac' && p.outcome === 'fetch-failed' && p.count >= 1));
    const dead = o.deadLetters.shown.find((d) => d.queue === 'fetch' && d.jobId === jobIds.fetch(sid));
    assert.deepEqual(dead?.ids, { voicemailId: id, practiceId: 'testprac', mailboxId: 'main', recordingSid: sid, accountSid: ACCOUNT });
    assert.equal(dead?.reason, 'recording-not-found');
    assert.equal(o.queues.find((q) => q.name === 'fetch')?.counts.failed, 1);

    const metrics = await (await fetch(`${dash.url}/metrics`)).text();
    assert.match(metrics, /quietline_intake_issues_total\{reason="recording-not-found",outcome="fetch-failed",practice="testprac"\} 1/);
    assert.match(metrics, /quietline_queue_jobs\{queue="fetch",state="failed"\} 1/);
    const html = await (await fetch(dash.url)).text();
    for (const [where, text] of [['overview', overviewText], ['metrics', metrics], ['html', html]] as const) {
      assert.ok(!text.includes(FROM.slice(2)), `${where} carries no caller number`);
      assert.ok(!text.includes(media.host), `${where} carries no media URL`);
    }
  });

  it('delivers a recording over the size limit as a note, without downloading or attaching it', async () => {
    const sid = recordingSid();
    behaviour.set(sid, { failuresLeft: 0, body: big });
    const before = (await stack.mailFiles()).length;
    assert.equal((await post(params(sid))).status, 200);
    const mails = (await stack.waitForMail(before + 2, 120_000)).slice(before);
    const rec = (await voicemailRecords(stack)).find((x) => x.sourceId === sid);
    assert.ok(rec);
    assert.equal(rec.sizeBytes, big.length);
    for (const path of mails) {
      const m = await innerText(path);
      assert.match(m.text, /too large to process/i);
      assert.match(m.text, /Twilio account/);
      assert.ok(m.text.includes(rec.id), 'names the voicemail id');
      assert.equal(m.attachments, 0, 'no audio');
    }
    // The overview is shared between requests for a second: poll until it shows the new row.
    await waitFor('the dashboard to show audio-too-large', 10_000, async () => {
      const o = (await (await fetch(`${dash.url}/api/overview`)).json()) as { intake: { recent: { id: string; reason: string; outcome: string }[] } };
      return o.intake.recent.some((x) => x.id === rec.id && x.reason === 'audio-too-large' && x.outcome === 'delivered-with-note') ? true : null;
    });
  });
});
