import { UnrecoverableError, type Job } from 'bullmq';
import type { PrivateKey } from 'openpgp';
import type { Redis } from 'ioredis';
import { withVoicemailLock } from '../services/runtime/voicemail-lock.ts';
import { Semaphore } from '../services/runtime/semaphore.ts';
import type { LoadedConfig, RecipientConfig } from '../services/config/load-config.ts';
import { log } from '../services/common/log.ts';
import { DeliveryLedger, type DeliveryEntry } from '../services/ledger/delivery-ledger.ts';
import { checkRecipientKeyFile } from '../services/pgp/keys.ts';
import type { MailTransport } from '../services/mail/transport.ts';
import { MailRejectedError, MailTemporaryError } from '../services/mail/transport.ts';
import { composeVoicemailEmail, MessageTooLargeError } from '../services/mail/compose-voicemail.ts';
import { SealedObjectError, type SealedStore } from '../services/storage/sealed-store.ts';
import type { AuditTrail } from '../services/audit/audit-trail.ts';
import type { ActivityRecorder } from '../services/dashboard/activity.ts';
import type { VoicemailRecord } from '../services/voicemail/record.ts';
import type { DeliveryPackage } from '../services/voicemail/delivery-package.ts';
import { keys } from '../services/voicemail/object-keys.ts';
import { completeVoicemail } from '../services/voicemail/retention.ts';
import { isLastAttempt, reasonCode } from './attempts.ts';
import { noCrashGuard, type CrashGuard, type GuardedRun } from './crash-guard.ts';
import { parseJobData } from './queues.ts';

export interface DeliverDeps {
  sealed: SealedStore;
  config: LoadedConfig;
  transport: MailTransport;
  signingKey: PrivateKey;
  from: string;
  maxMessageBytes: number;
  keepDays: number;
  audit: AuditTrail;
  activity: ActivityRecorder;
  redis: Redis;
  prefix: string;
  /** Counts compose-and-send runs that died (workers/crash-guard.ts); absent = every run looks like the first. */
  crashGuard?: CrashGuard;
}

/**
 * Composing an email needs a few times its attachment in memory (the encrypted message, the finished
 * message, transient pieces): above this size one compose at a time per process, so concurrent
 * deliveries of long recordings do not add up. Smaller ones run side by side.
 */
const LARGE_ATTACHMENT_BYTES = 1_000_000;
const largeComposes = new Semaphore(1);

/**
 * How long the ledger write after an accepted send keeps retrying before the job fails (and its retry
 * resends, same Message-ID). On the job's last attempt there is no retry: it keeps trying (see below).
 */
const LEDGER_WRITE_PATIENCE_MS = 120_000;

/** The service key cannot sign now (expired or revoked since start-up): every delivery stops until it is replaced. */
class SigningKeyCannotSignError extends Error {
  override readonly name = 'SigningKeyCannotSignError';
  readonly code = 'signing-key-unusable';
  constructor() {
    super('signing-key-unusable: the service signing key cannot sign now');
  }
}

type DeliverIds = { voicemailId: string; practiceId: string; mailboxId: string; recipientId: string };

export type DeliverJobResult = { voicemailId: string; recipientId: string; status: 'delivered' | 'already-delivered'; messageId: string; withAudio: boolean };

/**
 * One recipient, one email, exactly once: the S3 ledger is checked before building the message and
 * written right after the relay accepts it. The remaining crash window is the moment between the
 * relay's "250" and the ledger write; a crash there resends on retry, with the same Message-ID, which
 * mail clients and most relays collapse.
 */
export function createDeliverProcessor(deps: DeliverDeps) {
  const ledger = new DeliveryLedger(deps.sealed.store);

  /** `pkg`: the package when this job has read it (undefined: not read; read again for its recipient list). */
  async function failFor(data: DeliverIds, reason: string, pkg: DeliveryPackage | null | undefined, last: boolean): Promise<never> {
    // On the last attempt no retry would record the failure or complete the voicemail (and without that
    // its sealed content is never purged), so Redis or S3 hiccups are waited out, as for a delivery.
    // Each step on its own, so a retry does not repeat the ones that went through (the audit record).
    const step = (fn: () => Promise<unknown>) =>
      last
        ? patiently(async () => void (await fn()), Number.POSITIVE_INFINITY, (n, err) =>
            log.warn({ voicemailId: data.voicemailId, recipientId: data.recipientId, attempt: n, reason: reasonCode(err, 'internal-error') }, 'recording a final delivery failure failed; retrying'),
          )
        : fn();
    await step(() => ledger.recordFailure({ ...data, reason, at: new Date().toISOString() }));
    await step(() => deps.audit.append(data.voicemailId, { event: 'delivery-failed', recipientId: data.recipientId, reason }));
    await step(() => maybeComplete(data.voicemailId, data.practiceId, data.mailboxId, pkg));
    await deps.activity.outcome('failed');
    log.warn({ voicemailId: data.voicemailId, practiceId: data.practiceId, mailboxId: data.mailboxId, recipientId: data.recipientId, reason }, 'recipient not served');
    throw new UnrecoverableError(reason);
  }

  /**
   * Whom the voicemail waits for: the recipients prepare fanned out to, as its package lists them, not
   * today's configuration. A recipient added since has no deliver job (waiting for it would never end);
   * one removed since still has its job, which records it as failed (recipient-not-configured).
   * Packages written before the list existed, or gone (purged) or unreadable, fall back to the configuration.
   */
  async function recipientIdsOf(voicemailId: string, practiceId: string, mailboxId: string, pkg: DeliveryPackage | null | undefined): Promise<string[]> {
    let p = pkg;
    if (p === undefined) {
      p = await deps.sealed.getJson<DeliveryPackage>(keys.package(voicemailId)).catch((err: unknown) => {
        if (err instanceof SealedObjectError) return null;
        throw err;
      });
    }
    return p?.recipientIds ?? deps.config.recipients(practiceId, mailboxId).map((r) => r.id);
  }

  /** The last recipient served completes the voicemail; the lock makes sure only one job does. */
  async function maybeComplete(voicemailId: string, practiceId: string, mailboxId: string, pkg: DeliveryPackage | null | undefined): Promise<void> {
    const ids = await recipientIdsOf(voicemailId, practiceId, mailboxId, pkg);
    if ((await ledger.outstanding(voicemailId, ids)).length > 0) return;
    await withVoicemailLock(deps.redis, deps.prefix, 'complete', voicemailId, () => completeOnce(voicemailId, practiceId, mailboxId, ids));
  }

  async function completeOnce(voicemailId: string, practiceId: string, mailboxId: string, ids: string[]): Promise<void> {
    // Recipients' jobs often finish together and all get here: the ones after the first stop at this check.
    if (await deps.sealed.store.head(keys.done(voicemailId))) return;
    const [audited, record] = await Promise.all([deps.audit.deliveredRecipients(voicemailId), deps.sealed.getJson<VoicemailRecord>(keys.record(voicemailId))]);
    let delivered = 0;
    for (const id of ids) {
      // An audited delivery follows its ledger entry: no need to read the entry.
      if (audited.has(id)) {
        delivered++;
        continue;
      }
      const entry = await ledger.delivered(voicemailId, id);
      if (!entry) continue;
      delivered++;
      await auditDelivered(entry);
    }
    const outcome = { delivered, failed: ids.length - delivered };
    const marker = await completeVoicemail(deps.sealed.store, deps.audit, voicemailId, outcome, deps.keepDays);
    if (record) {
      await deps.activity.completed({ voicemailId, practiceId, mailboxId, receivedAt: new Date(record.receivedAt), completedAt: new Date(marker.completedAt), ...outcome });
    }
  }

  /**
   * A voicemail's recipients' jobs usually run side by side in one process: they share one read of
   * the package and its attachment (one copy of the audio in memory, half the requests). Only reads
   * in flight are shared, nothing is cached: the package never changes once written.
   */
  const packageReads = new Map<string, Promise<[DeliveryPackage | null, Buffer | null]>>();
  function readPackage(voicemailId: string): Promise<[DeliveryPackage | null, Buffer | null]> {
    let read = packageReads.get(voicemailId);
    if (!read) {
      read = Promise.all([deps.sealed.getJson<DeliveryPackage>(keys.package(voicemailId)), deps.sealed.getSealed(keys.packageAudio(voicemailId))]);
      packageReads.set(voicemailId, read);
      const forget = () => packageReads.delete(voicemailId);
      read.then(forget, forget);
    }
    return read;
  }

  /**
   * The ledger is the truth about what was sent; the audit record follows it. A worker killed between
   * the ledger write and its audit append leaves the record missing: whoever next sees the ledger entry
   * (the job's retry, or the completion) writes it, once.
   */
  async function auditDelivered(entry: DeliveryEntry): Promise<void> {
    await deps.audit.appendOnce(entry.voicemailId, { event: 'delivered', recipientId: entry.recipientId, keyFingerprint: entry.keyFingerprint, messageId: entry.messageId });
  }

  /**
   * The relay has the message: if this write fails and the job is retried, the recipient gets it twice.
   * So an S3 hiccup here is waited out (bounded) instead of failing the job.
   */
  async function recordDeliveredPatiently(entry: DeliveryEntry, patienceMs: number): Promise<void> {
    await patiently(() => ledger.recordDelivered(entry), patienceMs, (attempt, err) =>
      log.warn({ voicemailId: entry.voicemailId, recipientId: entry.recipientId, attempt, reason: reasonCode(err, 'storage-unavailable') }, 'delivery ledger write failed; retrying'),
    );
  }

  /**
   * Runs `fn` until it succeeds, waiting 250 ms doubling between tries (5 s at most, 30 s once past the
   * usual patience, so an unbounded wait does not flood the log), and rethrows once `patienceMs` is spent.
   */
  async function patiently(fn: () => Promise<void>, patienceMs: number, onRetry: (attempt: number, err: unknown) => void): Promise<void> {
    const start = Date.now();
    for (let attempt = 1, delay = 250; ; attempt++, delay = Math.min(delay * 2, Date.now() - start > LEDGER_WRITE_PATIENCE_MS ? 30_000 : 5_000)) {
      try {
        await fn();
        return;
      } catch (err) {
        if (Date.now() + delay > start + patienceMs) throw err;
        onRetry(attempt, err);
        await new Promise((r) => setTimeout(r, delay));
      }
    }
  }

  return async (job: Job): Promise<DeliverJobResult> => {
    const data = parseJobData('deliver', job.data);
    const last = isLastAttempt(job);
    /**
     * Where this attempt stands. Before the relay has the message, any error on the last attempt is a
     * final failure: recorded (failures/<recipient>.json, reason code), so the voicemail still completes
     * and its sealed content is purged per retention; without that it would wait for this recipient
     * forever. Once the relay has accepted the message ('sent', also when the ledger already says so),
     * a failure is never recorded: the recipient has the email, and a failure record would both lie on
     * the dashboard and count the voicemail as failed. The steps after the send are made patient on the
     * last attempt instead (see below). 'failing': failFor runs; if it throws half-way, its reason stands.
     */
    let stage: 'before-send' | 'sent' | 'failing' = 'before-send';
    let pkg: DeliveryPackage | null | undefined;
    const fail = (reason: string): Promise<never> => {
      stage = 'failing';
      return failFor(data, reason, pkg, last);
    };
    try {
      return await attempt();
    } catch (err) {
      if (stage !== 'before-send' || !last || err instanceof UnrecoverableError) throw err;
      return fail(reasonCode(err, 'deliver-failed'));
    }

    /**
     * On the last attempt, what follows a recorded delivery (audit record, completion: both idempotent)
     * is retried a while instead of failing at the first Redis or S3 hiccup: no later attempt would do it.
     */
    async function settle(entry: DeliveryEntry): Promise<void> {
      const steps = async () => {
        await auditDelivered(entry);
        await maybeComplete(data.voicemailId, data.practiceId, data.mailboxId, pkg);
      };
      if (!last) return steps();
      await patiently(steps, LEDGER_WRITE_PATIENCE_MS, (n, err) =>
        log.warn({ voicemailId: data.voicemailId, recipientId: data.recipientId, attempt: n, reason: reasonCode(err, 'internal-error') }, 'completing a delivered recipient failed; retrying'),
      );
    }

    async function attempt(): Promise<DeliverJobResult> {
      const { voicemailId, recipientId } = data;
      const recipient: RecipientConfig | undefined = deps.config.recipients(data.practiceId, data.mailboxId).find((r) => r.id === recipientId);
      // Independent reads side by side: the ledger, the key (checked before every send, not only at
      // start-up: keys expire and get replaced while we run), the package and its attachment (read into
      // one buffer as it is decrypted, shared with the other recipients' jobs running here; a package
      // without audio makes that a cheap miss). Only a retry of a delivered job wastes the package reads.
      const [already, key, [readPkg, storedAudio]] = await Promise.all([
        ledger.delivered(voicemailId, recipientId),
        recipient ? checkRecipientKeyFile(deps.config.resolvePath(recipient.key)) : null,
        readPackage(voicemailId),
      ]);
      pkg = readPkg;
      if (already) {
        stage = 'sent';
        await Promise.all([deps.activity.outcome('skipped'), settle(already)]);
        return { voicemailId, recipientId, status: 'already-delivered', messageId: already.messageId, withAudio: already.withAudio };
      }
      if (!recipient || !key) return fail('recipient-not-configured');
      if (!key.ok) return fail(key.reason);
      if (!readPkg) return fail('package-missing');
      // Composing a long recording's email is what can kill a worker (memory): after two runs for this
      // recipient died, the email goes without the recording, whose note says whom to ask for it.
      const run = await (deps.crashGuard ?? noCrashGuard).start('deliver', `${voicemailId}-${recipientId}`);
      try {
        return await composeAndSend(readPkg, run.crashLooping ? null : readPkg.audio ? storedAudio : null, recipient, key, run);
      } finally {
        await run.finished();
      }
    }

    async function composeAndSend(
      readPkg: DeliveryPackage,
      audio: Buffer | null,
      recipient: RecipientConfig,
      key: Extract<Awaited<ReturnType<typeof checkRecipientKeyFile>>, { ok: true }>,
      run: GuardedRun,
    ): Promise<DeliverJobResult> {
      const { voicemailId, recipientId } = data;
      if (run.crashLooping && readPkg.audio) {
        await deps.activity.intakeIssue({ subjectId: voicemailId, practiceId: data.practiceId, mailboxId: data.mailboxId, reason: 'deliver-crashed', outcome: 'delivered-with-note', at: new Date() });
      }

      const compose = () =>
        composeVoicemailEmail({
          pkg: readPkg,
          audio,
          recipient: { id: recipient.id, email: recipient.email, publicKey: key.key },
          signingKey: deps.signingKey,
          from: deps.from,
          messageIdDomain: deps.config.raw.service.messageIdDomain,
          outerSubjectTemplate: deps.config.raw.service.outerSubject,
          maxMessageBytes: deps.maxMessageBytes,
          timeZone: deps.config.practice(data.practiceId)?.timeZone ?? 'UTC',
        });
      let email;
      try {
        email = audio && audio.length > LARGE_ATTACHMENT_BYTES ? await largeComposes.run(compose) : await compose();
      } catch (err) {
        if (err instanceof MessageTooLargeError) return fail('message-too-large');
        // A service key that expired (or was revoked) since start-up fails every delivery: named, so the
        // job's reason on each attempt and the recorded failure on the last say what to fix. Retried meanwhile:
        // replacing the key and restarting the workers within the retry window loses nothing.
        if (!(await canSign())) throw new SigningKeyCannotSignError();
        throw err;
      }

      let smtpStatus = 250;
      try {
        const res = await deps.transport.send({ from: email.envelopeFrom, to: recipient.email, raw: email.raw });
        smtpStatus = Number(/^\d{3}/.exec(res.response)?.[0] ?? 250);
      } catch (err) {
        if (err instanceof MailRejectedError) return fail(`smtp-rejected-${err.responseCode}`);
        if (last) return fail('smtp-unavailable');
        // The detail is a nodemailer code and the relay's status (EAUTH: relay answered 535), never its text.
        log.warn({ voicemailId, recipientId, attemptsMade: job.attemptsMade, detail: err instanceof MailTemporaryError ? err.detail : reasonCode(err) }, 'relay did not take the message; will retry');
        throw err;
      }
      // The relay has it. From here on a failure is never recorded for this recipient (see `stage`).
      stage = 'sent';
      const entry: DeliveryEntry = {
        voicemailId,
        recipientId,
        messageId: email.messageId,
        keyFingerprint: key.fingerprint,
        acceptedAt: new Date().toISOString(),
        smtpStatus,
        withAudio: email.withAudio,
      };
      // Not on the last attempt, a write that stays failing past the patience fails the job, and its retry
      // resends (same Message-ID, which clients collapse). On the last attempt there is no retry: giving up
      // would leave the recipient neither delivered nor failed, and the voicemail never complete. So it
      // keeps trying for as long as it takes (an S3 outage stops every other stage too, and the write is
      // one small object); a shutdown meanwhile abandons the job, whose re-run resends as above.
      await recordDeliveredPatiently(entry, last ? Number.POSITIVE_INFINITY : LEDGER_WRITE_PATIENCE_MS);
      await run.completed();
      log.info({ voicemailId, recipientId, practiceId: data.practiceId, mailboxId: data.mailboxId, keyFingerprint: key.fingerprint }, 'delivered');
      await Promise.all([deps.activity.outcome('delivered'), settle(entry)]);
      return { voicemailId, recipientId, status: 'delivered', messageId: email.messageId, withAudio: email.withAudio };
    }
  };

  /** Whether the service key can sign right now. */
  function canSign(): Promise<boolean> {
    return deps.signingKey.getSigningKey(undefined, new Date()).then(
      () => true,
      () => false,
    );
  }
}
