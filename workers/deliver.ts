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
import { MailRejectedError } from '../services/mail/transport.ts';
import { composeVoicemailEmail, MessageTooLargeError } from '../services/mail/compose-voicemail.ts';
import type { SealedStore } from '../services/storage/sealed-store.ts';
import type { AuditTrail } from '../services/audit/audit-trail.ts';
import type { ActivityRecorder } from '../services/dashboard/activity.ts';
import type { VoicemailRecord } from '../services/voicemail/record.ts';
import type { DeliveryPackage } from '../services/voicemail/delivery-package.ts';
import { keys } from '../services/voicemail/object-keys.ts';
import { completeVoicemail } from '../services/voicemail/retention.ts';
import { isLastAttempt, reasonCode } from './attempts.ts';
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
}

/**
 * Composing an email needs a few times its attachment in memory (the encrypted message, the finished
 * message, transient pieces): above this size one compose at a time per process, so concurrent
 * deliveries of long recordings do not add up. Smaller ones run side by side.
 */
const LARGE_ATTACHMENT_BYTES = 1_000_000;
const largeComposes = new Semaphore(1);

/** How long the ledger write after an accepted send keeps retrying before the job fails (and would resend). */
const LEDGER_WRITE_PATIENCE_MS = 120_000;

export type DeliverJobResult = { voicemailId: string; recipientId: string; status: 'delivered' | 'already-delivered'; messageId: string; withAudio: boolean };

/**
 * One recipient, one email, exactly once: the S3 ledger is checked before building the message and
 * written right after the relay accepts it. The remaining crash window is the moment between the
 * relay's "250" and the ledger write; a crash there resends on retry, with the same Message-ID, which
 * mail clients and most relays collapse.
 */
export function createDeliverProcessor(deps: DeliverDeps) {
  const ledger = new DeliveryLedger(deps.sealed.store);

  async function failFor(data: { voicemailId: string; practiceId: string; mailboxId: string; recipientId: string }, reason: string): Promise<never> {
    await ledger.recordFailure({ ...data, reason, at: new Date().toISOString() });
    await deps.audit.append(data.voicemailId, { event: 'delivery-failed', recipientId: data.recipientId, reason });
    await deps.activity.outcome('failed');
    await maybeComplete(data.voicemailId, data.practiceId, data.mailboxId);
    log.warn({ voicemailId: data.voicemailId, practiceId: data.practiceId, mailboxId: data.mailboxId, recipientId: data.recipientId, reason }, 'recipient not served');
    throw new UnrecoverableError(reason);
  }

  /** The last recipient served completes the voicemail; the lock makes sure only one job does. */
  async function maybeComplete(voicemailId: string, practiceId: string, mailboxId: string): Promise<void> {
    const ids = deps.config.recipients(practiceId, mailboxId).map((r) => r.id);
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
  async function recordDeliveredPatiently(entry: DeliveryEntry): Promise<void> {
    const until = Date.now() + LEDGER_WRITE_PATIENCE_MS;
    for (let attempt = 1, delay = 250; ; attempt++, delay = Math.min(delay * 2, 5_000)) {
      try {
        await ledger.recordDelivered(entry);
        return;
      } catch (err) {
        if (Date.now() + delay > until) throw err;
        log.warn({ voicemailId: entry.voicemailId, recipientId: entry.recipientId, attempt, reason: reasonCode(err, 'storage-unavailable') }, 'delivery ledger write failed; retrying');
        await new Promise((r) => setTimeout(r, delay));
      }
    }
  }

  return async (job: Job): Promise<DeliverJobResult> => {
    const data = parseJobData('deliver', job.data);
    const { voicemailId, recipientId } = data;
    const recipient: RecipientConfig | undefined = deps.config.recipients(data.practiceId, data.mailboxId).find((r) => r.id === recipientId);
    // Independent reads side by side: the ledger, the key (checked before every send, not only at
    // start-up: keys expire and get replaced while we run), the package and its attachment (read into
    // one buffer as it is decrypted, shared with the other recipients' jobs running here; a package
    // without audio makes that a cheap miss). Only a retry of a delivered job wastes the package reads.
    const [already, key, [pkg, storedAudio]] = await Promise.all([
      ledger.delivered(voicemailId, recipientId),
      recipient ? checkRecipientKeyFile(deps.config.resolvePath(recipient.key)) : null,
      readPackage(voicemailId),
    ]);
    if (already) {
      await Promise.all([auditDelivered(already), deps.activity.outcome('skipped')]);
      await maybeComplete(voicemailId, data.practiceId, data.mailboxId);
      return { voicemailId, recipientId, status: 'already-delivered', messageId: already.messageId, withAudio: already.withAudio };
    }
    if (!recipient || !key) return failFor(data, 'recipient-not-configured');
    if (!key.ok) return failFor(data, key.reason);
    if (!pkg) return failFor(data, 'package-missing');
    const audio = pkg.audio ? storedAudio : null;

    const compose = () =>
      composeVoicemailEmail({
        pkg,
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
      if (err instanceof MessageTooLargeError) return failFor(data, 'message-too-large');
      throw err;
    }

    let smtpStatus = 250;
    try {
      const res = await deps.transport.send({ from: email.envelopeFrom, to: recipient.email, raw: email.raw });
      smtpStatus = Number(/^\d{3}/.exec(res.response)?.[0] ?? 250);
    } catch (err) {
      if (err instanceof MailRejectedError) return failFor(data, `smtp-rejected-${err.responseCode}`);
      if (isLastAttempt(job)) return failFor(data, 'smtp-unavailable');
      throw err;
    }
    const entry: DeliveryEntry = {
      voicemailId,
      recipientId,
      messageId: email.messageId,
      keyFingerprint: key.fingerprint,
      acceptedAt: new Date().toISOString(),
      smtpStatus,
      withAudio: email.withAudio,
    };
    await recordDeliveredPatiently(entry);
    await Promise.all([deps.activity.outcome('delivered'), auditDelivered(entry)]);
    log.info({ voicemailId, recipientId, practiceId: data.practiceId, mailboxId: data.mailboxId, keyFingerprint: key.fingerprint }, 'delivered');
    await maybeComplete(voicemailId, data.practiceId, data.mailboxId);
    return { voicemailId, recipientId, status: 'delivered', messageId: email.messageId, withAudio: email.withAudio };
  };
}
