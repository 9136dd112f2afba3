/**
 * Final delivery failures other than the relay's, on real parts (redis-server, s3rver, an SMTP relay,
 * OpenPGP keys): every recipient ends delivered or recorded as failed, and the voicemail completes.
 *
 * - The retry window of the default delivery.attempts spans most of a day (a relay outage of half an
 *   hour used to lose every email in it).
 * - A service signing key that expired since start-up, and a package that cannot be read, are retried
 *   and then recorded per recipient (reason code), and the voicemail completes: a deliver worker runs in
 *   this process with such a key, or against such a package, sealed in S3 beside real ones.
 * - A message the relay accepted is never recorded as failed, even when what follows the send keeps
 *   failing on the last attempt (the audit lock held by the test): it is retried until it goes through.
 * - A recipient added to the configuration while a voicemail is in flight has no deliver job and is not
 *   waited for; one removed meanwhile is recorded as failed (recipient-not-configured); it completes.
 */
// First: the deliver worker this file runs in process logs nothing (the spawned workers' logs are captured).
import './helpers/faults-quiet.ts';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Worker } from 'bullmq';
import { Redis } from 'ioredis';
import * as openpgp from 'openpgp';
import { configSchema } from '../services/config/schema.ts';
import { generateKeyPair } from '../services/pgp/keygen.ts';
import { loadSigningKey } from '../services/pgp/keys.ts';
import { SmtpTransport } from '../services/mail/smtp-transport.ts';
import { keys } from '../services/voicemail/object-keys.ts';
import type { DeliveryPackage } from '../services/voicemail/delivery-package.ts';
import { readIntakeIssues } from '../services/dashboard/activity.ts';
import { redisCrashGuard, startsKey } from '../workers/crash-guard.ts';
import { createDeliverProcessor } from '../workers/deliver.ts';
import { SealedStore } from '../services/storage/sealed-store.ts';
import type { ObjectStore } from '../services/storage/object-store.ts';
import { backoffStrategy, deliverRetryWindowMs, jobIds } from '../workers/queues.ts';
import { MAILBOX, PRACTICE, startFaultStack, type FaultStack } from './helpers/faults-stack.ts';
import { messageIdOf, phiSweep } from './helpers/faults-phi.ts';
import { speak } from './helpers/audio.ts';
import { ANN, BEN, CAT, DELIVERY_CANARIES, DELIVERY_SENTENCE } from './helpers/delivery-fixtures.ts';
import { waitFor } from './helpers/wait.ts';

const HOUR = 3_600_000;
const canaries = DELIVERY_CANARIES;
const SENTENCE = DELIVERY_SENTENCE;
const [A, B, C] = [ANN, BEN, CAT];

describe('deliver retry window', () => {
  it('the default delivery.attempts keeps a recipient retrying for most of a day', () => {
    const attempts = configSchema.shape.delivery.parse(undefined).attempts;
    const w = deliverRetryWindowMs(attempts);
    assert.ok(w.minMs >= 10 * HOUR, `shortest window ${(w.minMs / HOUR).toFixed(1)} h`);
    assert.ok(w.maxMs <= 24 * HOUR, `longest window ${(w.maxMs / HOUR).toFixed(1)} h`);
    // The old default: a relay down for half an hour lost every email in that half hour.
    assert.ok(deliverRetryWindowMs(8).maxMs < 0.5 * HOUR);
  });
});

describe('final delivery failures', () => {
  let stack: FaultStack;

  const isDone = async (vm: string) => (await stack.ctx.store.head(keys.done(vm))) !== null;
  const doneOf = async (vm: string) => JSON.parse((await stack.ctx.store.get(keys.done(vm)))!.toString('utf8')) as { delivered: number; failed: number; purgeAfter?: string; purgedAt?: string };
  const failureOf = async (vm: string, r: string) => {
    const b = await stack.ctx.store.get(keys.deliveryFailure(vm, r));
    return b ? (JSON.parse(b.toString('utf8')) as { reason: string }) : null;
  };
  const jobOf = (vm: string, r: string) => stack.ctx.queues.deliver.getJob(jobIds.deliver(vm, r));
  /** Transfers of one voicemail (the deterministic Message-ID names it). */
  const transfersOf = (vm: string) => stack.smtp.transfers.filter((t) => messageIdOf(t.raw)?.includes(vm));
  const acceptedFor = (vm: string, email: string) => transfersOf(vm).filter((t) => t.state === 'accepted' && t.recipients.includes(email));

  /** Waits for done.json and for every listed deliver job to have settled. */
  async function waitSettled(vm: string, recipientIds: string[], deadlineMs = 60_000): Promise<void> {
    await waitFor(`voicemail ${vm} complete and its deliver jobs settled`, deadlineMs, async () => {
      if (!(await isDone(vm))) return null;
      for (const r of recipientIds) {
        const state = await (await jobOf(vm, r))?.getState();
        if (state !== 'completed' && state !== 'failed') return null;
      }
      return true;
    }, 100);
  }

  before(async () => {
    stack = await startFaultStack({ recipients: [A, B] });
  });
  after(async () => {
    await stack?.close();
  });

  describe('a deliver worker in this process', () => {
    let connection: Redis;
    let worker: Worker | null = null;

    /** Runs the real deliver processor with `signingKey`, retrying after 50 ms instead of 10 s. */
    function startDeliverWorker(signingKey: openpgp.PrivateKey, sealed: SealedStore = stack.ctx.sealed): void {
      const transport = new SmtpTransport({ url: stack.smtp.url });
      const processor = createDeliverProcessor({
        sealed,
        config: stack.config,
        transport,
        signingKey,
        from: 'Quietline <quietline@clinic.test>',
        maxMessageBytes: 20_000_000,
        keepDays: 0,
        audit: stack.ctx.audit,
        activity: stack.ctx.activity,
        redis: stack.ctx.redis,
        prefix: stack.prefix,
        crashGuard: redisCrashGuard(stack.ctx.redis, stack.prefix),
      });
      worker = new Worker('deliver', processor, {
        connection,
        prefix: stack.prefix,
        concurrency: 2,
        settings: { backoffStrategy: (made: number, type?: string) => backoffStrategy(made, type, 50) },
      });
      worker.on('closed', () => transport.close());
    }

    /** A prepared voicemail as prepare leaves it (synthetic words, no audio), and its deliver jobs. */
    async function seedVoicemail(opts: { attempts: number; corruptPackage?: boolean; audio?: Buffer; beforeJobs?: (vm: string) => Promise<unknown>; recipientIds?: string[] }): Promise<string> {
      const vm = `vmff${randomBytes(6).toString('hex')}`;
      const pkg: DeliveryPackage = {
        voicemailId: vm,
        practiceId: PRACTICE,
        mailboxId: MAILBOX,
        practiceName: 'Test Practice',
        mailboxName: 'Front desk',
        receivedAt: new Date().toISOString(),
        durationSec: 4,
        transcript: { status: 'ok', text: 'please call the front desk back', lowConfidence: false },
        maskedTypes: [],
        notes: [],
        audio: opts.audio ? { filename: 'voicemail.wav', contentType: 'audio/wav', durationSec: 4, bytes: opts.audio.length } : null,
        recipientIds: opts.recipientIds ?? [A.id, B.id],
      };
      // The recording as intake sealed it, and the attachment prepare made of it.
      if (opts.audio) for (const k of [keys.source(vm), keys.packageAudio(vm)]) await stack.ctx.sealed.putSealed(k, opts.audio);
      if (opts.corruptPackage) {
        // A sealed package whose ciphertext was damaged at rest: it no longer authenticates.
        await stack.ctx.sealed.putJson(keys.package(vm), pkg);
        const sealed = (await stack.ctx.store.get(keys.package(vm)))!;
        sealed[sealed.length - 20] = sealed[sealed.length - 20]! ^ 0xff;
        await stack.ctx.store.put(keys.package(vm), sealed);
      }
      else await stack.ctx.sealed.putJson(keys.package(vm), pkg);
      await opts.beforeJobs?.(vm);
      await stack.ctx.queues.deliver.addBulk(
        [A, B].filter((r) => (opts.recipientIds ?? [A.id, B.id]).includes(r.id)).map((r) => ({
          name: 'deliver',
          data: { voicemailId: vm, practiceId: PRACTICE, mailboxId: MAILBOX, recipientId: r.id },
          opts: { jobId: jobIds.deliver(vm, r.id), attempts: opts.attempts },
        })),
      );
      return vm;
    }

    before(() => {
      connection = new Redis(stack.redis.url, { maxRetriesPerRequest: null });
    });
    after(async () => {
      await worker?.close();
      connection.disconnect();
    });

    it("after two runs for a recipient died composing, that recipient's email goes without the recording, kept 7 days", async () => {
      const passphrase = stack.childEnv().QL_TEST_PASSPHRASE;
      startDeliverWorker(await loadSigningKey(join(stack.root, 'stack', 'service.sec.asc'), passphrase));
      // Two earlier runs for ann that started and never finished, as the crash guard counts them.
      const vm = await seedVoicemail({ attempts: 2, audio: speak('please call me back'), beforeJobs: (id) => stack.ctx.redis.set(startsKey(stack.prefix, 'deliver', `${id}-${A.id}`), '2') });
      await waitSettled(vm, [A.id, B.id]);
      const entryOf = async (r: string) => JSON.parse((await stack.ctx.store.get(keys.delivery(vm, r)))!.toString('utf8')) as { withAudio: boolean };
      assert.equal((await entryOf(A.id)).withAudio, false, 'ann: sent without the recording');
      assert.equal((await entryOf(B.id)).withAudio, true, 'ben: his runs never died, so his email has it');
      for (const r of [A, B]) assert.equal(acceptedFor(vm, r.email).length, 1, `${r.id}: one email`);
      const done = await doneOf(vm);
      assert.ok(done.purgeAfter && !done.purgedAt, 'kept (at least 7 days) so IT can hand the recording over');
      assert.ok((await readIntakeIssues(stack.ctx.redis, stack.prefix)).some((i) => i.reason === 'deliver-crashed' && i.outcome === 'delivered-with-note'));
      assert.equal(await stack.ctx.redis.exists(startsKey(stack.prefix, 'deliver', `${vm}-${A.id}`)), 0, 'the count goes once the email is sent');
      await worker?.close();
      worker = null;
    });

    it('on the last attempt, S3 refusing the failure record for a while does not lose it: recorded, and the voicemail completes', async () => {
      // S3 refuses the first two writes of any failure record, as during a short outage.
      const flaky = Object.create(stack.ctx.store) as ObjectStore;
      let refused = 0;
      flaky.put = (key, body, o) => {
        if (key.includes('/failures/') && refused < 2) {
          refused++;
          return Promise.reject(Object.assign(new Error('Service Unavailable'), { name: 'ServiceUnavailable', $metadata: { httpStatusCode: 503 } }));
        }
        return stack.ctx.store.put(key, body, o);
      };
      const passphrase = stack.childEnv().QL_TEST_PASSPHRASE;
      startDeliverWorker(await loadSigningKey(join(stack.root, 'stack', 'service.sec.asc'), passphrase), new SealedStore(flaky, Buffer.from(stack.childEnv().QUIETLINE_STORAGE_KEY!, 'base64')));
      // One attempt only, and a recipient the configuration no longer has: a final failure at once.
      const vm = await seedVoicemail({ attempts: 1, recipientIds: [A.id, 'zed'] });
      await stack.ctx.queues.deliver.add('deliver', { voicemailId: vm, practiceId: PRACTICE, mailboxId: MAILBOX, recipientId: 'zed' }, { jobId: jobIds.deliver(vm, 'zed'), attempts: 1 });
      await waitFor('the voicemail to complete', 30_000, async () => (await isDone(vm)) || null);
      assert.equal(refused, 2, 'the outage happened');
      assert.equal((await failureOf(vm, 'zed'))?.reason, 'recipient-not-configured', 'recorded after the outage');
      assert.deepEqual({ ...(await doneOf(vm)), completedAt: 0, purgeAfter: 0, purgedAt: 0 }, { voicemailId: vm, completedAt: 0, delivered: 1, failed: 1, purgeAfter: 0, purgedAt: 0 });
      await worker?.close();
      worker = null;
    });

    it('sends with the service key (the worker under test delivers when nothing is wrong)', async () => {
      const passphrase = stack.childEnv().QL_TEST_PASSPHRASE;
      startDeliverWorker(await loadSigningKey(join(stack.root, 'stack', 'service.sec.asc'), passphrase));
      const vm = await seedVoicemail({ attempts: 2 });
      await waitSettled(vm, [A.id, B.id]);
      for (const r of [A, B]) assert.equal(acceptedFor(vm, r.email).length, 1, `${r.id}: one email`);
      const done = await doneOf(vm);
      assert.deepEqual({ delivered: done.delivered, failed: done.failed }, { delivered: 2, failed: 0 });
      assert.ok(done.purgedAt, 'keepDays 0 and nobody failed: the content is purged at completion');
      assert.equal(await stack.ctx.store.head(keys.package(vm)), null);
      await worker?.close();
      worker = null;
    });

    it('retries a signing key that expired since start-up, then records each recipient failed and completes', async () => {
      // Valid for a day, three days ago: loadSigningKey would refuse it at start-up, as it should.
      const { privateKey } = await openpgp.generateKey({
        type: 'ecc',
        userIDs: [{ name: 'Quietline test service', email: 'service@quietline.test' }],
        date: new Date(Date.now() - 3 * 24 * HOUR),
        keyExpirationTime: 24 * 3600,
        format: 'object',
      });
      startDeliverWorker(privateKey);
      const vm = await seedVoicemail({ attempts: 2 });
      await waitSettled(vm, [A.id, B.id]);
      for (const r of [A, B]) {
        assert.equal((await failureOf(vm, r.id))?.reason, 'signing-key-unusable', `${r.id}: failure recorded by reason code`);
        const job = await jobOf(vm, r.id);
        assert.equal(await job?.getState(), 'failed');
        assert.equal(job?.failedReason, 'signing-key-unusable');
        assert.equal(job?.attemptsMade, 2, `${r.id}: retried before the failure was final`);
        assert.equal(await stack.ctx.store.head(keys.delivery(vm, r.id)), null);
      }
      assert.equal(transfersOf(vm).length, 0, 'nothing was sent');
      const done = await doneOf(vm);
      assert.deepEqual({ delivered: done.delivered, failed: done.failed }, { delivered: 0, failed: 2 });
      assert.ok(done.purgeAfter, 'completion scheduled the purge (kept a week after a failure)');
      await worker?.close();
      worker = null;
    });

    it('records an unreadable package as deliver-failed on the last attempt and completes', async () => {
      const passphrase = stack.childEnv().QL_TEST_PASSPHRASE;
      startDeliverWorker(await loadSigningKey(join(stack.root, 'stack', 'service.sec.asc'), passphrase));
      const vm = await seedVoicemail({ attempts: 2, corruptPackage: true });
      await waitSettled(vm, [A.id, B.id]);
      for (const r of [A, B]) {
        assert.equal((await failureOf(vm, r.id))?.reason, 'deliver-failed', `${r.id}: failure recorded`);
        const job = await jobOf(vm, r.id);
        assert.equal(job?.failedReason, 'deliver-failed');
        assert.equal(job?.attemptsMade, 2);
      }
      assert.equal(transfersOf(vm).length, 0, 'nothing was sent');
      const done = await doneOf(vm);
      assert.deepEqual({ delivered: done.delivered, failed: done.failed }, { delivered: 0, failed: 2 });
      await worker?.close();
      worker = null;
    });
  });

  describe('quietline workers', () => {
    const configPath = () => join(stack.root, 'stack', 'quietline.yaml');

    async function newVoicemail(): Promise<string> {
      const before = new Set(await stack.voicemailIds());
      await stack.submit(speak(SENTENCE), { caller: canaries.caller });
      const fresh = (await stack.ingest()).filter((id) => !before.has(id));
      assert.equal(fresh.length, 1);
      return fresh[0]!;
    }

    /** A copy of the stack's configuration, edited, beside it (key paths are relative to it). */
    async function writeConfig(name: string, edit: (yaml: string) => string): Promise<string> {
      const path = join(stack.root, 'stack', name);
      await writeFile(path, edit(await readFile(configPath(), 'utf8')));
      return path;
    }

    it('completes against the recipients prepare fanned out to when the configuration changed in flight', async () => {
      // Relay down: the voicemail is prepared and its deliver jobs wait, under the configuration [ann, ben].
      await stack.smtp.stop();
      const first = await stack.spawnWorker({}, 'worker-before');
      const vm = await newVoicemail();
      await waitFor('both deliver jobs to have failed once against the closed relay', 90_000, async () => {
        for (const r of [A, B]) if (((await jobOf(vm, r.id))?.attemptsMade ?? 0) < 1) return null;
        return true;
      }, 200);
      const { code } = await first.stop(20_000);
      assert.equal(code, 0);

      // Meanwhile ben left and cat joined.
      const cat = await generateKeyPair({ name: 'Staff cat', email: C.email, type: 'ecc' });
      await writeFile(join(stack.root, 'stack', `${C.id}.pub.asc`), cat.publicKey);
      const changed = await writeConfig('quietline-changed.yaml', (y) =>
        y.replace(`- { id: ${B.id}, email: ${B.email}, key: ${B.id}.pub.asc }`, `- { id: ${C.id}, email: ${C.email}, key: ${C.id}.pub.asc }`),
      );
      assert.match(await readFile(changed, 'utf8'), /id: cat/);
      const second = await stack.spawnWorker({ QUIETLINE_CONFIG: changed }, 'worker-after');
      await stack.smtp.start();
      await waitSettled(vm, [A.id, B.id], 90_000);

      assert.equal(acceptedFor(vm, A.email).length, 1, 'ann: exactly one email');
      assert.equal(transfersOf(vm).filter((t) => t.recipients.includes(C.email)).length, 0, 'cat joined later: nothing for this voicemail');
      assert.equal(await jobOf(vm, C.id), undefined, 'cat has no deliver job');
      assert.equal((await failureOf(vm, B.id))?.reason, 'recipient-not-configured', 'ben left: recorded as failed');
      const done = await doneOf(vm);
      assert.deepEqual({ delivered: done.delivered, failed: done.failed }, { delivered: 1, failed: 1 });
      // Kept a week after a failure, so the package can be read: prepare recorded whom it fanned out to.
      const pkg = await stack.ctx.sealed.getJson<DeliveryPackage>(keys.package(vm));
      assert.deepEqual(pkg?.recipientIds, [A.id, B.id]);
      const { code: code2 } = await second.stop(20_000);
      assert.equal(code2, 0);
    });

    it('never records a failure for a message the relay accepted, when what follows the send fails on the last attempt', async () => {
      const lastAttemptOnly = await writeConfig('quietline-one-attempt.yaml', (y) => `${y}\ndelivery:\n  attempts: 1\n`);
      const worker = await stack.spawnWorker({ QUIETLINE_CONFIG: lastAttemptOnly }, 'worker-one-attempt');
      stack.smtp.dataRule = () => 'hold';
      try {
        const vm = await newVoicemail();
        await waitFor('both messages held at the relay', 90_000, () => (transfersOf(vm).filter((t) => t.state === 'pending').length >= 2 ? true : null), 50);
        // The audit record after the ledger write blocks on this lock, then times out (lock-busy).
        const unlock = await stack.holdAuditLock(vm);
        try {
          stack.smtp.release();
          const retry = await worker.waitForLog('completing a delivered recipient failed; retrying', 60_000);
          assert.equal(retry.reason, 'lock-busy');
          for (const r of [A, B]) assert.equal(await failureOf(vm, r.id), null, `${r.id}: no failure recorded while it retries`);
        } finally {
          await unlock();
        }
        await waitSettled(vm, [A.id, B.id]);
        for (const r of [A, B]) {
          assert.equal(acceptedFor(vm, r.email).length, 1, `${r.id}: exactly one email`);
          assert.equal(await failureOf(vm, r.id), null, `${r.id}: no failure recorded`);
          assert.ok(await stack.ctx.store.head(keys.delivery(vm, r.id)), `${r.id}: delivery ledger entry`);
          const job = await jobOf(vm, r.id);
          assert.equal(await job?.getState(), 'completed');
          assert.equal(job?.attemptsMade, 1, 'one attempt only: the last');
        }
        const done = await doneOf(vm);
        assert.deepEqual({ delivered: done.delivered, failed: done.failed }, { delivered: 2, failed: 0 });
        assert.ok(done.purgedAt, 'the sealed content is purged at completion');
        assert.equal(await stack.ctx.store.head(keys.source(vm)), null);
      } finally {
        stack.smtp.dataRule = () => 'accept';
        stack.smtp.release();
      }
    });

    it('leaves no PHI in Redis, logs, unsealed S3 objects, outer email headers or temp dirs', async () => {
      assert.ok((await stack.stopWorkers()).every((e) => e.code === 0 && !e.abandonedJobs), 'workers shut down cleanly');
      assert.deepEqual(await phiSweep(stack, canaries), []);
    });
  });
});
