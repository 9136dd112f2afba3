import { createHash, randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startIntakeDoors, type RunningDoors } from '../services/intake/doors/index.ts';
import { signBody } from '../services/intake/doors/upload-auth.ts';
import { speak } from './helpers/audio.ts';
import { memoryLogger } from './helpers/doors-log.ts';
import { recordOf, sealedAudioOf, transcribeJobOf } from './helpers/doors-records.ts';
import { readMail, startStack, type Stack } from './helpers/stack.ts';

const CALLER = '+1 555 867 5309';
const CALLER_DIGITS = '15558675309';
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

describe('HTTP upload door: POST /v1/voicemails', () => {
  let stack: Stack;
  let doors: RunningDoors;
  let limited: RunningDoors;
  const logs = memoryLogger();
  const apiKey = randomBytes(24).toString('base64url');
  const burstKey = randomBytes(24).toString('base64url');
  const hmacSecret = randomBytes(32).toString('hex');
  const audio = speak('Hello this is a message about my appointment please call me back');
  const responses: string[] = [];

  const url = (d: RunningDoors) => `${d.httpUrl}/v1/voicemails`;
  async function send(d: RunningDoors, init: RequestInit): Promise<{ status: number; headers: Headers; json: Record<string, unknown> }> {
    const res = await fetch(url(d), { method: 'POST', ...init });
    const text = await res.text();
    responses.push(text);
    return { status: res.status, headers: res.headers, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  }
  const rawHeaders = (extra: Record<string, string> = {}) => ({
    'content-type': 'audio/wav',
    'x-quietline-mailbox': 'main',
    'x-quietline-caller': CALLER,
    ...extra,
  });

  before(async () => {
    stack = await startStack();
    const apiKeys = new Map([['testprac', [{ id: 'pbx', sha256: sha(apiKey) }]]]);
    doors = await startIntakeDoors(stack.ctx, {
      http: { host: '127.0.0.1', port: 0 },
      upload: { apiKeys, hmacSecrets: new Map([['testprac', [hmacSecret]]]), bodyLimit: 512 * 1024, rateLimit: { capacity: 100, refillPerSec: 10 } },
      logger: logs.logger,
    });
    limited = await startIntakeDoors(stack.ctx, {
      http: { host: '127.0.0.1', port: 0 },
      upload: { apiKeys: new Map([['testprac', [{ id: 'burst', sha256: sha(burstKey) }]]]), rateLimit: { capacity: 2, refillPerSec: 0.01 } },
      logger: logs.logger,
    });
  });
  after(async () => {
    await limited?.close();
    await doors?.close();
    await stack?.close();
  });

  it('takes a multipart upload with an API key, and the voicemail arrives by email', async () => {
    const fd = new FormData();
    fd.append('practice', 'testprac');
    fd.append('mailbox', 'main');
    fd.append('caller', CALLER);
    fd.append('file', new Blob([audio], { type: 'audio/wav' }), 'voicemail.wav');
    const r = await send(doors, { headers: { authorization: `Bearer ${apiKey}` }, body: fd });
    assert.equal(r.status, 201);
    assert.deepEqual(Object.keys(r.json), ['id'], 'the response carries the voicemail id only');
    const id = r.json.id as string;
    const rec = await recordOf(stack, id);
    assert.equal(rec?.source, 'http');
    assert.equal(rec?.sourceId, `sha256:${createHash('sha256').update(audio).digest('hex')}`);
    assert.equal(rec?.callerNumber, CALLER);
    assert.equal(rec?.formatHint, 'wav');
    assert.ok((await sealedAudioOf(stack, id))?.equals(audio), 'the sealed source is the uploaded audio');
    const mails = await stack.waitForMail(2, 180_000);
    assert.equal(mails.length, 2);
    const raw = await readMail(mails[0]!);
    assert.match(raw, /multipart\/encrypted/i);
    assert.ok(!raw.replace(/\D/g, '').includes(CALLER_DIGITS), 'no caller number outside the ciphertext');
  });

  it('takes a raw audio body with metadata headers and deduplicates by X-Quietline-Source-Id', async () => {
    const body = speak('Second message for the front desk');
    const first = await send(doors, { headers: rawHeaders({ authorization: `Bearer ${apiKey}`, 'x-quietline-source-id': 'pbx-msg-0001' }), body });
    assert.equal(first.status, 201);
    const again = await send(doors, { headers: rawHeaders({ authorization: `Bearer ${apiKey}`, 'x-quietline-source-id': 'pbx-msg-0001' }), body });
    assert.equal(again.status, 200, 'a repeat is a duplicate');
    assert.equal(again.json.id, first.json.id);
    const rec = await recordOf(stack, first.json.id as string);
    assert.equal(rec?.sourceId, 'pbx-msg-0001');
    assert.equal(rec?.contentType, 'audio/wav');
    assert.ok(await transcribeJobOf(stack, first.json.id as string), 'transcription was queued');
  });

  it('takes an HMAC-signed raw upload and refuses a tampered or stale one', async () => {
    const body = speak('Signed message');
    const t = Math.floor(Date.now() / 1000);
    const good = await send(doors, { headers: rawHeaders({ 'x-quietline-practice': 'testprac', 'x-quietline-signature': `t=${t},v1=${signBody(hmacSecret, t, body)}` }), body });
    assert.equal(good.status, 201);
    assert.equal((await recordOf(stack, good.json.id as string))?.practiceId, 'testprac');
    const tampered = Buffer.concat([body, Buffer.from([0])]);
    const bad = await send(doors, { headers: rawHeaders({ 'x-quietline-practice': 'testprac', 'x-quietline-signature': `t=${t},v1=${signBody(hmacSecret, t, body)}` }), body: tampered });
    assert.equal(bad.status, 401);
    assert.equal(bad.json.error, 'signature-invalid');
    const old = t - 600;
    const stale = await send(doors, { headers: rawHeaders({ 'x-quietline-practice': 'testprac', 'x-quietline-signature': `t=${old},v1=${signBody(hmacSecret, old, body)}` }), body });
    assert.equal(stale.status, 401);
    assert.equal(stale.json.error, 'signature-expired');
  });

  it('refuses a wrong or missing key with 401', async () => {
    const wrong = await send(doors, { headers: rawHeaders({ authorization: 'Bearer not-a-key' }), body: audio });
    assert.equal(wrong.status, 401);
    assert.deepEqual(wrong.json, { error: 'unauthorized' });
    const none = await send(doors, { headers: rawHeaders(), body: audio });
    assert.equal(none.status, 401);
  });

  it('refuses a body over the limit with 413', async () => {
    const big = Buffer.alloc(600 * 1024, 1);
    const r = await send(doors, { headers: rawHeaders({ authorization: `Bearer ${apiKey}` }), body: big });
    assert.equal(r.status, 413);
    assert.deepEqual(r.json, { error: 'body-too-large' });
  });

  it('refuses unknown mailboxes, other practices and non-audio bodies with reason codes', async () => {
    const unknown = await send(doors, { headers: rawHeaders({ authorization: `Bearer ${apiKey}`, 'x-quietline-mailbox': 'nosuch' }), body: audio });
    assert.equal(unknown.status, 422);
    assert.deepEqual(unknown.json, { error: 'unknown-mailbox' });
    const other = await send(doors, { headers: rawHeaders({ authorization: `Bearer ${apiKey}`, 'x-quietline-practice': 'otherprac' }), body: audio });
    assert.equal(other.status, 403);
    const text = await send(doors, { headers: rawHeaders({ authorization: `Bearer ${apiKey}`, 'content-type': 'text/plain' }), body: 'hello' });
    assert.equal(text.status, 415);
  });

  it('rate-limits per API key with 429 and Retry-After', async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 3; i++) {
      const r = await send(limited, { headers: rawHeaders({ authorization: `Bearer ${burstKey}`, 'x-quietline-source-id': `burst-${i}` }), body: audio });
      statuses.push(r.status);
      if (r.status === 429) retryAfter = r.headers.get('retry-after');
    }
    assert.deepEqual(statuses, [201, 201, 429]);
    assert.ok(Number(retryAfter) >= 1, 'Retry-After says when to come back');
  });

  it('serves an OpenAPI 3.1 document describing the doors', async () => {
    const res = await fetch(`${doors.httpUrl}/v1/openapi.json`);
    assert.equal(res.status, 200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    assert.match(doc.openapi, /^3\.1\./);
    assert.ok(doc.paths['/v1/voicemails']?.post);
    assert.ok(doc.paths['/v1/events/s3']?.post);
    assert.ok(doc.paths['/v1/twilio/recording']?.post);
  });

  it('puts no caller number in responses or logs', () => {
    const all = responses.join('\n') + logs.text();
    assert.ok(logs.text().includes('upload accepted'), 'the doors did log');
    assert.ok(!all.replace(/\D/g, '').includes(CALLER_DIGITS));
  });
});
