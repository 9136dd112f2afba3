import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startIntakeDoors, type RunningDoors } from '../services/intake/doors/index.ts';
import { keys } from '../services/voicemail/object-keys.ts';
import { speak } from './helpers/audio.ts';
import { makeSelfSignedCert, type TestCert } from './helpers/doors-certs.ts';
import { startLocalServer, type LocalServer } from './helpers/doors-local-server.ts';
import { memoryLogger } from './helpers/doors-log.ts';
import { transcribeJobOf, voicemailRecords } from './helpers/doors-records.ts';
import { s3PutEvent, snsMessage, type SnsEnvelope } from './helpers/doors-sns.ts';
import { startStack, type Stack } from './helpers/stack.ts';

const TOPIC = 'arn:aws:sns:us-east-1:123456789012:quietline-incoming';
const CALLER = '5553217654';
const MINIO_TOKEN = 'minio-webhook-token-0123456789';

describe('S3 event door: POST /v1/events/s3 (SNS and MinIO)', () => {
  let stack: Stack;
  let doors: RunningDoors;
  let sns: LocalServer;
  let signer: TestCert;
  let otherSigner: TestCert;
  const logs = memoryLogger();
  const audio = speak('Message left through the bucket');

  const certUrl = () => `${sns.url}/SimpleNotificationService-test.pem`;
  async function postSns(m: SnsEnvelope, typeHeader = m.Type) {
    const res = await fetch(`${doors.httpUrl}/v1/events/s3`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain; charset=UTF-8', 'x-amz-sns-message-type': typeHeader, 'x-amz-sns-topic-arn': m.TopicArn },
      body: JSON.stringify(m),
    });
    return { status: res.status, json: (await res.json()) as Record<string, unknown> };
  }
  async function postPlain(body: string, token?: string) {
    const res = await fetch(`${doors.httpUrl}/v1/events/s3`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    });
    return { status: res.status, json: (await res.json()) as Record<string, unknown> };
  }
  const notification = (key: string, o: { version?: '1' | '2'; keyPem?: string; certUrl?: string } = {}) =>
    snsMessage({ type: 'Notification', topicArn: TOPIC, message: s3PutEvent('quietline', key), certUrl: o.certUrl ?? certUrl(), keyPem: o.keyPem ?? signer.keyPem, version: o.version ?? '2', subject: 'Amazon S3 Notification' });
  /** An object in incoming/ with a space in its name, as a phone system might write it. */
  async function putIncoming(): Promise<string> {
    const key = keys.incoming('testprac', 'main', `${randomUUID()} msg.wav`);
    await stack.ctx.store.put(key, audio, { metadata: { 'ql-caller-sealed': stack.ctx.sealed.sealString(CALLER, `caller:${key}`) } });
    return key;
  }
  const s3Records = async () => (await voicemailRecords(stack)).filter((r) => r.source === 's3');

  before(async () => {
    // No workers: only the event, not the scanner, can turn these objects into voicemails.
    stack = await startStack({ startWorkers: false });
    signer = await makeSelfSignedCert({ cn: 'sns.us-east-1.amazonaws.com', san: 'DNS:sns.us-east-1.amazonaws.com' });
    otherSigner = await makeSelfSignedCert({ cn: 'sns.us-east-1.amazonaws.com', san: 'DNS:sns.us-east-1.amazonaws.com' });
    sns = await startLocalServer((req, res) => {
      if (req.url === '/SimpleNotificationService-test.pem') res.writeHead(200, { 'content-type': 'application/x-pem-file' }).end(signer.certPem);
      else if (req.url?.startsWith('/confirm?')) res.writeHead(200, { 'content-type': 'text/xml' }).end('<ConfirmSubscriptionResponse/>');
      else res.writeHead(404).end();
    });
    doors = await startIntakeDoors(stack.ctx, {
      http: { host: '127.0.0.1', port: 0 },
      s3Events: { sns: { allowedHosts: [sns.host], topicArns: [TOPIC] }, plain: { token: MINIO_TOKEN } },
      logger: logs.logger,
    });
  });
  after(async () => {
    await doors?.close();
    await sns?.close();
    await stack?.close();
  });

  it('confirms an SNS subscription by fetching its SubscribeURL', async () => {
    const m = snsMessage({ type: 'SubscriptionConfirmation', topicArn: TOPIC, message: 'You have chosen to subscribe', certUrl: certUrl(), keyPem: signer.keyPem, subscribeUrl: `${sns.url}/confirm?Action=ConfirmSubscription&Token=abc` });
    const r = await postSns(m);
    assert.equal(r.status, 200);
    assert.equal(sns.requests.filter((q) => q.url.startsWith('/confirm?')).length, 1);
  });

  it('does not fetch a SubscribeURL on a host that is not SNS or allow-listed', async () => {
    const m = snsMessage({ type: 'SubscriptionConfirmation', topicArn: TOPIC, message: 'x', certUrl: certUrl(), keyPem: signer.keyPem, subscribeUrl: 'http://127.0.0.1:1/confirm?Token=evil' });
    const r = await postSns(m);
    assert.equal(r.status, 403);
    assert.equal(r.json.error, 'sns-subscribe-url-untrusted');
  });

  it('ingests the object an SNS notification names (SignatureVersion 2), URL-decoded, once', async () => {
    const key = await putIncoming();
    const m = notification(key);
    const r = await postSns(m);
    assert.equal(r.status, 200);
    const recs = await s3Records();
    assert.equal(recs.length, 1);
    assert.equal(recs[0]!.callerNumber, CALLER);
    assert.ok(await transcribeJobOf(stack, recs[0]!.id), 'transcription was queued');
    assert.equal(await stack.ctx.store.head(key), null, 'the object left incoming/');
    const again = await postSns(m);
    assert.equal(again.status, 200, 'a repeated event is harmless');
    assert.equal((await s3Records()).length, 1);
  });

  it('verifies SignatureVersion 1 (SHA1) too, fetching the certificate once', async () => {
    const key = await putIncoming();
    const r = await postSns(notification(key, { version: '1' }));
    assert.equal(r.status, 200);
    assert.equal((await s3Records()).length, 2);
    assert.equal(sns.requests.filter((q) => q.url.endsWith('.pem')).length, 1, 'the signing certificate is cached');
  });

  it('refuses a tampered message, another signer, and an untrusted certificate URL', async () => {
    const key = await putIncoming();
    const good = notification(key);
    const tampered = { ...good, Message: good.Message.replace('ObjectCreated:Put', 'ObjectCreated:Copy') };
    assert.deepEqual(await postSns(tampered), { status: 403, json: { error: 'sns-signature-invalid' } });
    assert.equal((await postSns(notification(key, { keyPem: otherSigner.keyPem }))).status, 403);
    const untrusted = await postSns(notification(key, { certUrl: 'https://sns.example.com/cert.pem' }));
    assert.deepEqual(untrusted.json, { error: 'sns-cert-url-untrusted' });
    const otherTopic = snsMessage({ type: 'Notification', topicArn: 'arn:aws:sns:us-east-1:999999999999:other', message: s3PutEvent('quietline', key), certUrl: certUrl(), keyPem: signer.keyPem });
    assert.equal((await postSns(otherTopic)).status, 403);
    assert.ok(await stack.ctx.store.head(key), 'nothing was ingested');
  });

  it('takes a MinIO webhook event with its bearer token and refuses a wrong token', async () => {
    const key = await putIncoming();
    const body = JSON.stringify({ EventName: 's3:ObjectCreated:Put', Key: `quietline/${key}`, Records: (JSON.parse(s3PutEvent('quietline', key)) as { Records: unknown[] }).Records });
    assert.equal((await postPlain(body, 'wrong-token')).status, 401);
    assert.equal((await postPlain(body)).status, 401);
    assert.ok(await stack.ctx.store.head(key));
    const r = await postPlain(body, MINIO_TOKEN);
    assert.equal(r.status, 200);
    assert.equal(await stack.ctx.store.head(key), null);
    assert.equal((await s3Records()).length, 3);
  });

  it('never touches keys outside incoming/ or in another bucket', async () => {
    const own = 'voicemails/vmdoesnotmatter/record.sealed';
    await stack.ctx.store.put(own, 'x');
    assert.equal((await postPlain(s3PutEvent('quietline', own), MINIO_TOKEN)).status, 200);
    assert.ok(await stack.ctx.store.head(own), 'an event cannot move Quietline\'s own objects');
    const key = await putIncoming();
    assert.equal((await postPlain(s3PutEvent('another-bucket', key), MINIO_TOKEN)).status, 200);
    assert.ok(await stack.ctx.store.head(key));
    await stack.ctx.store.delete(own);
  });

  it('logs identifiers only', () => {
    const text = logs.text();
    assert.ok(text.includes('s3 event handled'));
    assert.ok(!text.includes(CALLER) && !text.includes('msg.wav'));
  });
});
