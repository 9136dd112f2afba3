/**
 * Recordings over intake.maxBytes, on real parts: never decoded, never dropped. Through the S3 event
 * door and through PBX mail, each recipient gets exactly one encrypted email marked "transcript
 * unavailable" with a note (size, limit, where the original is kept) and no audio; the dashboard shows
 * audio-too-large. The original leaves incoming/ as a sealed copy under the voicemail id, streamed
 * (never read whole), and goes when its keep period ends.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { simpleParser } from 'mailparser';
import nodemailer from 'nodemailer';
import { parseConfig } from '../services/config/load-config.ts';
import { readIntakeIssues } from '../services/dashboard/activity.ts';
import { startDashboard, type RunningDashboard } from '../services/dashboard/server.ts';
import { startIntakeDoors, type RunningDoors } from '../services/intake/doors/index.ts';
import { intakeKeys } from '../services/intake/intake-keys.ts';
import { purgeExpiredOriginals } from '../services/intake/oversize.ts';
import { createContext, type AppContext } from '../services/runtime/context.ts';
import { engineResolver } from '../services/runtime/engines.ts';
import { keys } from '../services/voicemail/object-keys.ts';
import { startWorkers, type RunningWorkers } from '../workers/runner.ts';
import { speak } from './helpers/audio.ts';
import { makeSelfSignedCert, type TestCert } from './helpers/doors-certs.ts';
import { voicemailRecords } from './helpers/doors-records.ts';
import { s3PutEvent } from './helpers/doors-sns.ts';
import { statusHas } from './fixtures/keys-gen.ts';
import { armoredPart, readMail, startStack, type Stack } from './helpers/stack.ts';
import { waitFor } from './helpers/wait.ts';

/** Small, so a few seconds of speech is "too large" here. */
const MAX_BYTES = 8192;
const CALLER = '+15558675309';
const INTAKE = 'front-desk@intake.riverside.example';

describe('oversized recordings reach their staff as a note', () => {
  let stack: Stack;
  let ctx: AppContext;
  let workers: RunningWorkers;
  let doors: RunningDoors;
  let dash: RunningDashboard;
  let cert: TestCert;
  const audio = speak('This recording is far too long for the limit');
  /** incoming/ keys read whole through the store (an oversized object must only ever be streamed). */
  const wholeReads: string[] = [];

  async function inner(path: string): Promise<{ to: string; text: string; attachments: number }> {
    const raw = await readMail(path);
    const res = await stack.gnupg.decrypt(armoredPart(raw));
    assert.ok(statusHas(res.status, 'DECRYPTION_OKAY'), 'decrypts');
    const m = await simpleParser(res.plaintext);
    // Lines are wrapped for mail readers; compare words, not line breaks.
    return { to: /^To: (.+)$/im.exec(raw)?.[1]?.trim() ?? '', text: (m.text ?? '').replace(/\s+/g, ' '), attachments: m.attachments.length };
  }

  async function overview(): Promise<{ intake: { byReason: { reason: string; outcome: string; count: number }[]; recent: { id: string; practiceId: string | null; mailboxId: string | null; reason: string; outcome: string }[] } }> {
    return (await (await fetch(`${dash.url}/api/overview`)).json()) as never;
  }

  before(async () => {
    assert.ok(audio.length > MAX_BYTES);
    stack = await startStack({ startWorkers: false, keepDays: 1 });
    // The stack's own config with a small byte limit and no periodic scan: the event door is what ingests.
    const path = join(stack.dir, 'quietline.yaml');
    const yaml = (await readFile(path, 'utf8')).replace('intake:\n  scanIntervalSec: 1\n', `intake:\n  scanIntervalSec: 3600\n  maxBytes: ${MAX_BYTES}\n`);
    assert.ok(yaml.includes(`maxBytes: ${MAX_BYTES}`));
    ctx = await createContext(parseConfig(yaml, path), stack.env, { startEmbedded: false });
    const get = ctx.store.get.bind(ctx.store);
    ctx.store.get = (key: string) => {
      if (key.startsWith('incoming/')) wholeReads.push(key);
      return get(key);
    };
    workers = await startWorkers(ctx, 'all', { engineFor: engineResolver(ctx) });
    cert = await makeSelfSignedCert();
    doors = await startIntakeDoors(ctx, {
      http: { host: '127.0.0.1', port: 0 },
      s3Events: { plain: {} },
      smtp: { port: 0, tls: { cert: cert.certPem, key: cert.keyPem }, allowIps: ['127.0.0.0/8'], addresses: new Map([[INTAKE, { practiceId: 'testprac', mailboxId: 'main' }]]) },
    });
    dash = await startDashboard(ctx, { host: '127.0.0.1', port: 0 });
  });
  after(async () => {
    await dash?.close();
    await doors?.close();
    await workers?.close(10_000);
    await ctx?.close();
    await stack?.close();
  });

  it('S3 event door: one encrypted email per recipient with the note and no audio; the original is moved sealed, then goes', async () => {
    const key = await stack.submit(audio, 'main', { caller: CALLER });
    const res = await fetch(`${doors.httpUrl}/v1/events/s3`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: s3PutEvent('quietline', key) });
    assert.equal(res.status, 200);

    const mails = await stack.waitForMail(2, 120_000);
    const rec = (await voicemailRecords(stack)).find((r) => r.source === 's3');
    assert.ok(rec);
    assert.equal(rec.sizeBytes, audio.length);
    assert.equal(rec.callerNumber, CALLER);
    assert.equal(await ctx.store.head(keys.source(rec.id)), null, 'the audio was never read into the pipeline');
    const got = await Promise.all(mails.map(inner));
    assert.deepEqual(got.map((m) => m.to).sort(), ['alice@clinic.test', 'bob@clinic.test']);
    for (const m of got) {
      assert.match(m.text, /transcript unavailable/i);
      assert.match(m.text, /too large to process/i);
      assert.ok(m.text.includes(`It is ${Math.round(audio.length / 1024)} KB; the limit is 8 KB.`), m.text);
      assert.match(m.text, /keeps the original for 7 days under voicemail id/);
      assert.ok(m.text.includes(rec.id));
      assert.equal(m.attachments, 0, 'no audio attached');
    }

    // Done; the object left incoming/, streamed into a sealed copy under the voicemail id.
    await waitFor('the voicemail to complete', 60_000, async () => (await ctx.store.head(keys.done(rec.id))) ?? null);
    assert.equal(await ctx.store.head(key), null, 'the original left incoming/');
    assert.deepEqual(wholeReads, [], 'the oversized object was never read whole');
    assert.deepEqual(await ctx.sealed.getSealed(intakeKeys.originalSealed(rec.id)), audio, 'kept sealed, byte for byte');
    const objectName = key.split('/').pop()!.split('.')[0]!;
    const due = await ctx.store.list(intakeKeys.originalsDuePrefix);
    assert.equal(due.length, 1);
    const dueText = (await ctx.store.get(due[0]!.key))!.toString('utf8');
    assert.deepEqual(Object.keys(JSON.parse(dueText) as object).sort(), ['keepUntil', 'kept', 'mailboxId', 'practiceId', 'voicemailId']);
    assert.equal((JSON.parse(dueText) as { kept: string }).kept, 'sealed');
    for (const o of await ctx.store.list('')) assert.ok(!o.key.includes(objectName) && !o.key.startsWith('incoming/'), 'no key names the object any more');

    // A later pass has nothing left to do; the phone system sending the same object again makes a
    // duplicate, which leaves incoming/ too and sends nothing.
    const scan = await ctx.queues.intake.add('scan', { reason: 'manual' });
    const result = await waitFor('the manual scan', 30_000, async () => ((await ctx.queues.intake.getJob(scan.id!))?.returnvalue as { seen: number } | undefined) ?? null);
    assert.equal(result.seen, 0);
    await ctx.store.put(key, audio);
    const again = await fetch(`${doors.httpUrl}/v1/events/s3`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: s3PutEvent('quietline', key) });
    assert.equal(again.status, 200);
    assert.equal(await ctx.store.head(key), null, 'the repeat left incoming/');
    assert.equal((await voicemailRecords(stack)).filter((r) => r.source === 's3').length, 1);
    assert.equal((await ctx.store.list(intakeKeys.originalsDuePrefix)).length, 1, 'kept once');
    assert.equal((await stack.mailFiles()).length, 2, 'exactly one email per recipient');

    await waitFor('the dashboard to show audio-too-large', 10_000, async () => {
      const o = await overview();
      const row = o.intake.recent.find((r) => r.id === rec.id);
      return row?.reason === 'audio-too-large' && row.outcome === 'delivered-with-note' && row.practiceId === 'testprac' && row.mailboxId === 'main' ? true : null;
    });
    const metrics = await (await fetch(`${dash.url}/metrics`)).text();
    assert.match(metrics, /quietline_intake_issues_total\{reason="audio-too-large",outcome="delivered-with-note",practice="testprac"\} 1/);
    for (const text of [JSON.stringify(await overview()), metrics]) {
      assert.ok(!text.includes(CALLER.slice(2)) && !text.includes(objectName), 'no caller number, no object key name');
    }

    // Nothing is deleted before the keep period ends; then the original goes.
    assert.equal(await purgeExpiredOriginals(ctx.sealed, ctx.audit, new Date(Date.now() + 6 * 86_400_000)), 0);
    assert.ok(await ctx.store.head(intakeKeys.originalSealed(rec.id)));
    assert.equal(await purgeExpiredOriginals(ctx.sealed, ctx.audit, new Date(Date.now() + 8 * 86_400_000)), 1);
    assert.equal(await ctx.store.head(intakeKeys.originalSealed(rec.id)), null);
    assert.deepEqual(await ctx.store.list(intakeKeys.originalsDuePrefix), []);
  });

  it('PBX mail: accepted (not bounced), one email per recipient with the note; the sealed original is kept, then goes', async () => {
    const before = (await stack.mailFiles()).length;
    const t = nodemailer.createTransport({ host: '127.0.0.1', port: doors.smtpPort!, secure: false, requireTLS: true, tls: { ca: [cert.certPem], servername: 'localhost' } });
    const info = await t.sendMail({
      from: 'asterisk@pbx.riverside.example',
      to: INTAKE,
      subject: '[PBX]: New message 1 in mailbox 100',
      messageId: `<${randomBytes(6).toString('hex')}@pbx>`,
      text: 'You have a new voicemail.',
      headers: { 'X-Asterisk-VM-Caller-ID-Num': CALLER, 'X-Asterisk-VM-Duration': '3' },
      attachments: [{ filename: 'msg0000.wav', content: audio, contentType: 'audio/x-wav' }],
    });
    t.close();
    assert.match(info.response, /^250/);
    const mails = (await stack.waitForMail(before + 2, 120_000)).slice(before);
    const rec = (await voicemailRecords(stack)).find((r) => r.source === 'smtp');
    assert.ok(rec);
    for (const path of mails) {
      const m = await inner(path);
      assert.match(m.text, /too large to process/i);
      assert.ok(m.text.includes(rec.id));
      assert.equal(m.attachments, 0);
    }
    assert.ok(await ctx.sealed.getSealed(intakeKeys.originalSealed(rec.id)), 'kept sealed');

    // PBX mail without any audio is refused to the PBX, and the operator sees it as well.
    const t2 = nodemailer.createTransport({ host: '127.0.0.1', port: doors.smtpPort!, secure: false, requireTLS: true, tls: { ca: [cert.certPem], servername: 'localhost' } });
    await assert.rejects(t2.sendMail({ from: 'asterisk@pbx.riverside.example', to: INTAKE, subject: 'New message', text: 'No attachment.' }), (e: { responseCode?: number }) => e.responseCode === 550);
    t2.close();
    assert.ok((await readIntakeIssues(ctx.redis, ctx.prefix)).some((i) => i.reason === 'no-audio-attachment' && i.outcome === 'rejected' && i.practiceId === 'testprac' && i.mailboxId === 'main'));
    assert.equal(await purgeExpiredOriginals(ctx.sealed, ctx.audit, new Date(Date.now() + 8 * 86_400_000)), 1);
    assert.equal(await ctx.store.head(intakeKeys.originalSealed(rec.id)), null);
  });
});
