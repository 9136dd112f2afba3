import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readIntakeIssues } from '../services/dashboard/activity.ts';
import { startIntakeDoors, type RunningDoors } from '../services/intake/doors/index.ts';
import { voicemailIdFor } from '../services/intake/voicemail-id.ts';
import { engineResolver } from '../services/runtime/engines.ts';
import { jobIds } from '../workers/queues.ts';
import { startWorkers, type RunningWorkers } from '../workers/runner.ts';
import { speak } from './helpers/audio.ts';
import { startLocalServer, type LocalServer } from './helpers/doors-local-server.ts';
import { memoryLogger } from './helpers/doors-log.ts';
import { sealedAudioOf, transcribeJobOf, voicemailRecords } from './helpers/doors-records.ts';
import { twilioSign } from './helpers/doors-twilio.ts';
import { startStack, type Stack } from './helpers/stack.ts';
import { waitFor } from './helpers/wait.ts';

const ACCOUNT = 'AC' + randomBytes(16).toString('hex');
const TOKEN = randomBytes(16).toString('hex');
const FROM = '+15558675309';
const TO = '+15551230000';
const recordingSid = () => 'RE' + randomBytes(16).toString('hex');

describe('Twilio door: POST /v1/twilio/recording', () => {
  let stack: Stack;
  let doors: RunningDoors;
  let fetcher: RunningWorkers;
  let media: LocalServer;
  const logs = memoryLogger();
  const audio = speak('This is a recorded message from the phone line');
  const bodies: string[] = [];

  const recordingUrl = (sid: string) => `${media.url}/2010-04-01/Accounts/${ACCOUNT}/Recordings/${sid}`;
  function params(sid: string, extra: Record<string, string> = {}): Record<string, string> {
    return {
      AccountSid: ACCOUNT,
      CallSid: 'CA' + randomBytes(16).toString('hex'),
      RecordingSid: sid,
      RecordingUrl: recordingUrl(sid),
      RecordingStatus: 'completed',
      RecordingDuration: '4',
      From: FROM,
      To: TO,
      ...extra,
    };
  }
  async function post(p: Record<string, string>, o: { path?: string; signature?: string } = {}) {
    const url = `${doors.httpUrl}${o.path ?? '/v1/twilio/recording'}`;
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': o.signature ?? twilioSign(TOKEN, url, p) },
      body: new URLSearchParams(p).toString(),
    });
    const text = await res.text();
    bodies.push(text);
    return { status: res.status, type: res.headers.get('content-type') ?? '', text };
  }
  const mediaFetches = (sid: string) => media.requests.filter((r) => r.url.includes(sid)).length;
  /** The fetch worker registers the recording soon after the webhook is answered. */
  const recordFor = (sid: string) => waitFor(`the voicemail of ${sid}`, 30_000, async () => (await voicemailRecords(stack)).find((x) => x.sourceId === sid) ?? null);

  before(async () => {
    stack = await startStack({ startWorkers: false });
    const basic = 'Basic ' + Buffer.from(`${ACCOUNT}:${TOKEN}`).toString('base64');
    media = await startLocalServer((req, res) => {
      if (req.headers.authorization !== basic) {
        res.writeHead(401).end();
        return;
      }
      if (!/\/Recordings\/RE[0-9a-f]{32}\.wav$/.test(req.url ?? '')) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'audio/x-wav', 'content-length': audio.length }).end(audio);
    });
    // The door listens first; its public URL is then its own address (as a proxy would be configured).
    doors = await startIntakeDoors(stack.ctx, {
      http: { host: '127.0.0.1', port: 0 },
      twilio: {
        accounts: [{ accountSid: ACCOUNT, authToken: TOKEN }],
        numbers: new Map([[TO, { practiceId: 'testprac', mailboxId: 'main' }]]),
        mediaBaseUrls: [`${media.url}/2010-04-01/`],
      },
      logger: logs.logger,
    });
    // The intake role: the S3 scanner and the fetch worker, which downloads what the door queued.
    fetcher = await startWorkers(stack.ctx, 'intake', {
      engineFor: engineResolver(stack.ctx),
      twilio: { accounts: [{ accountSid: ACCOUNT, authToken: TOKEN }], mediaBaseUrls: [`${media.url}/2010-04-01/`] },
    });
  });
  after(async () => {
    await fetcher?.close(10_000);
    await doors?.close();
    await media?.close();
    await stack?.close();
  });

  it('fetches a signed callback\'s recording with the account credentials and answers empty TwiML', async () => {
    const sid = recordingSid();
    const r = await post(params(sid));
    assert.equal(r.status, 200);
    assert.match(r.type, /xml/);
    assert.match(r.text, /<Response>\s*<\/Response>/);
    const rec = await recordFor(sid);
    assert.equal(rec.source, 'twilio');
    assert.equal(rec.callerNumber, FROM);
    assert.equal(rec.mailboxId, 'main');
    assert.ok((await sealedAudioOf(stack, rec.id))?.equals(audio));
    assert.ok(await transcribeJobOf(stack, rec.id), 'transcription was queued');
    assert.ok(media.requests.some((q) => q.url.endsWith(`/Recordings/${sid}.wav`)), 'the .wav was fetched');
  });

  it('makes one voicemail of the same RecordingSid delivered twice', async () => {
    const sid = recordingSid();
    assert.equal((await post(params(sid))).status, 200);
    assert.equal((await post(params(sid, { CallSid: 'CA' + randomBytes(16).toString('hex') }))).status, 200, 'while the fetch is queued');
    await recordFor(sid);
    assert.equal((await post(params(sid, { CallSid: 'CA' + randomBytes(16).toString('hex') }))).status, 200, 'once it is registered');
    const recs = (await voicemailRecords(stack)).filter((x) => x.sourceId === sid);
    assert.equal(recs.length, 1);
    assert.equal(mediaFetches(sid), 1, 'the duplicate did not download again');
  });

  it('maps by query parameters (part of the signed URL)', async () => {
    const sid = recordingSid();
    const r = await post(params(sid, { To: '+15550000000' }), { path: '/v1/twilio/recording?practice=testprac&mailbox=main' });
    assert.equal(r.status, 200);
    assert.equal((await recordFor(sid)).practiceId, 'testprac');
  });

  it('refuses a bad signature with 403 and fetches nothing', async () => {
    const sid = recordingSid();
    const p = params(sid);
    const wrongToken = await post(p, { signature: twilioSign('not-the-token', `${doors.httpUrl}/v1/twilio/recording`, p) });
    assert.equal(wrongToken.status, 403);
    const signedOther = twilioSign(TOKEN, `${doors.httpUrl}/v1/twilio/recording`, { ...p, From: '+15550001111' });
    assert.equal((await post(p, { signature: signedOther })).status, 403, 'a changed parameter breaks the signature');
    assert.equal(await stack.ctx.queues.fetch.getJob(jobIds.fetch(sid)), undefined, 'nothing queued');
    assert.equal(mediaFetches(sid), 0);
    assert.ok(!(await voicemailRecords(stack)).some((x) => x.sourceId === sid));
  });

  it('refuses a signed RecordingUrl outside the media allow-list, and an unmapped number', async () => {
    const sid = recordingSid();
    const outside = await post(params(sid, { RecordingUrl: `http://127.0.0.1:1/2010-04-01/Accounts/${ACCOUNT}/Recordings/${sid}` }));
    assert.equal(outside.status, 400);
    assert.equal((JSON.parse(outside.text) as { error: string }).error, 'recording-url-not-allowed');
    const unmappedSid = recordingSid();
    const unmapped = await post(params(unmappedSid, { To: '+15550000000' }));
    assert.equal(unmapped.status, 422);
    const issues = await readIntakeIssues(stack.ctx.redis, stack.prefix);
    assert.ok(
      issues.some((i) => i.subjectId === voicemailIdFor(stack.ctx.sealed, 'twilio', unmappedSid) && i.reason === 'unmapped-number' && i.outcome === 'rejected' && i.practiceId === null),
      'the operator sees the signed webhook no mailbox took',
    );
  });

  it('checks signatures against the configured public URL when behind a proxy', async () => {
    const behindProxy = await startIntakeDoors(stack.ctx, {
      http: { host: '127.0.0.1', port: 0, publicUrl: 'https://intake.clinic.example/' },
      twilio: { accounts: [{ accountSid: ACCOUNT, authToken: TOKEN }], numbers: new Map([[TO, { practiceId: 'testprac', mailboxId: 'main' }]]), mediaBaseUrls: [`${media.url}/2010-04-01/`] },
      logger: logs.logger,
    });
    try {
      const sid = recordingSid();
      const p = params(sid);
      const send = (signedFor: string) =>
        fetch(`${behindProxy.httpUrl}/v1/twilio/recording`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilioSign(TOKEN, signedFor, p) },
          body: new URLSearchParams(p).toString(),
        });
      assert.equal((await send(`${behindProxy.httpUrl}/v1/twilio/recording`)).status, 403, 'the internal address is not what Twilio signed');
      assert.equal((await send('https://intake.clinic.example/v1/twilio/recording')).status, 200);
      await recordFor(sid);
    } finally {
      await behindProxy.close();
    }
  });

  it('ignores callbacks for recordings that did not complete', async () => {
    const sid = recordingSid();
    const r = await post(params(sid, { RecordingStatus: 'absent' }));
    assert.equal(r.status, 200);
    assert.equal(await stack.ctx.queues.fetch.getJob(jobIds.fetch(sid)), undefined, 'nothing queued');
    assert.equal(mediaFetches(sid), 0);
  });

  it('keeps the caller number out of responses and logs', () => {
    const all = bodies.join('\n') + logs.text();
    assert.ok(logs.text().includes('twilio recording queued for fetch'));
    assert.ok(!all.includes(FROM.slice(2)));
  });
});
