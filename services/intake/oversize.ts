import { log } from '../common/log.ts';
import type { AuditTrail } from '../audit/audit-trail.ts';
import type { StoredObjectInfo } from '../storage/object-store.ts';
import type { SealedStore } from '../storage/sealed-store.ts';
import { keys } from '../voicemail/object-keys.ts';
import type { TranscriptResult, VoicemailRecord } from '../voicemail/record.ts';
import { KEEP_AFTER_FAILURE_DAYS } from '../voicemail/retention.ts';
import { intakeKeys } from './intake-keys.ts';
import { queueTranscription, UnknownMailboxError, voicemailRecordOf, type NewVoicemail, type RegisterDeps, type RegisterOutcome } from './register-voicemail.ts';
import { sealCopyOf } from './seal-object.ts';

/**
 * A recording bigger than intake.maxBytes is never decoded (that is what the limit protects), but it
 * is not dropped either: the voicemail is registered without audio and with the transcript already
 * decided ("audio-too-large"), so every recipient gets the encrypted email with a note saying so and
 * where the original is. The original is kept, sealed under the voicemail id, like the content of a
 * voicemail whose delivery failed: max(retention.keepDays, KEEP_AFTER_FAILURE_DAYS) days, then deleted
 * by the intake pass.
 */
export const OVERSIZE_REASON = 'audio-too-large';

const DAY_MS = 86_400_000;

/** Where the original of an oversized recording comes from, and so how it is kept. */
export type KeptOriginal =
  /**
   * An object under incoming/ (S3 drop): streamed into the sealed copy, never read whole. The door
   * removes the object from incoming/ once this is registered.
   */
  | { kept: 'object'; object: StoredObjectInfo }
  /** A door received it in memory (PBX mail, bounded by the door's own size limit): sealed copy. */
  | { kept: 'sealed'; audio: Buffer }
  /** Still with the phone system (a Twilio recording stays in the account): nothing to keep here. */
  | { kept: 'phone-system' };

/**
 * The PHI-free index entry of a kept original. Every original is now kept sealed under
 * originals/sealed/<id>; 'incoming' entries were written by an earlier version that left the object
 * in incoming/ (its key sealed in `sealedKey`) and are still honoured when they fall due.
 */
export interface OriginalDue {
  voicemailId: string;
  /** The voicemail's mailbox (ids): who may be sent the original (quietline voicemail audio) after the record is gone. */
  practiceId?: string;
  mailboxId?: string;
  kept: 'incoming' | 'sealed';
  keepUntil: string;
  sealedKey?: string;
  etag?: string;
}

/** The object under incoming/ changed or went away between listing and copying: nothing was registered. */
export class OriginalChangedError extends Error {
  override readonly name = 'OriginalChangedError';
  readonly code = 'original-changed';
  constructor() {
    super('original-changed: the incoming object is gone or was replaced');
  }
}

export function oversizeKeepDays(keepDays: number): number {
  return Math.max(keepDays, KEEP_AFTER_FAILURE_DAYS);
}

/** "250 MB", "12.5 MB", "640 KB": sizes as staff read them. */
function size(bytes: number): string {
  const mib = bytes / (1024 * 1024);
  if (mib >= 10) return `${Math.round(mib)} MB`;
  if (mib >= 1) return `${mib.toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** The staff-facing note (inside the encrypted email): size, limit, and where the original is kept. */
export function oversizeNote(o: { voicemailId: string; source: VoicemailRecord['source']; sizeBytes: number; limitBytes: number; keepDays: number }): string {
  const what = `It is ${size(o.sizeBytes)}; the limit is ${size(o.limitBytes)}.`;
  if (o.source === 'twilio') return `${what} The original stays in the practice's Twilio account; ask your administrator for voicemail ${o.voicemailId} if you need it.`;
  return `${what} Quietline keeps the original for ${oversizeKeepDays(o.keepDays)} days under voicemail id ${o.voicemailId}; ask your administrator if you need it.`;
}

const callerKeyAad = (voicemailId: string) => `original-key:${voicemailId}`;

/** Sealed copy first, index entry second: an entry always names a copy that exists (or existed). */
async function keepOriginal(deps: RegisterDeps, id: string, where: { practiceId: string; mailboxId: string }, original: KeptOriginal, now: Date): Promise<void> {
  if (original.kept === 'phone-system') return;
  const keepUntil = new Date(now.getTime() + oversizeKeepDays(deps.config.raw.retention.keepDays) * DAY_MS);
  const entry: OriginalDue = { voicemailId: id, practiceId: where.practiceId, mailboxId: where.mailboxId, kept: 'sealed', keepUntil: keepUntil.toISOString() };
  if (original.kept === 'sealed') await deps.sealed.putSealed(intakeKeys.originalSealed(id), original.audio);
  else if (!(await sealCopyOf(deps.sealed, original.object, intakeKeys.originalSealed(id)))) throw new OriginalChangedError();
  await deps.sealed.store.put(intakeKeys.originalDue(entry.keepUntil.slice(0, 10), id), JSON.stringify(entry), { contentType: 'application/json' });
}

/**
 * Registers an oversized recording: record (with its real size) and an "audio-too-large" transcript
 * result, no audio. Transcription is queued as for any voicemail: the stage finds the result already
 * there and passes it on, so the pipeline after intake is the same for every voicemail.
 * Crash-safe in the same order as registerVoicemail: original kept, transcript, record, job. Throws
 * {@link OriginalChangedError} when an incoming object to keep is gone or replaced.
 */
export async function registerOversizedVoicemail(
  deps: RegisterDeps,
  vm: Omit<NewVoicemail, 'audio'> & { sizeBytes: number; original: KeptOriginal },
): Promise<RegisterOutcome> {
  if (!deps.config.mailbox(vm.practiceId, vm.mailboxId)) throw new UnknownMailboxError();
  const store = deps.sealed.store;
  const [done, record] = await Promise.all([store.head(keys.done(vm.id)), store.head(keys.record(vm.id))]);
  const existing = done ?? record;
  // Registered before, and the object met again: it may leave incoming/ only once a sealed copy is
  // kept (an earlier version left originals in incoming/ and kept no copy).
  if (existing && vm.original.kept === 'object' && !(await store.head(intakeKeys.originalSealed(vm.id)))) {
    await keepOriginal(deps, vm.id, vm, vm.original, new Date());
  }
  if (done) return 'duplicate';
  if (!existing) {
    const now = new Date();
    await keepOriginal(deps, vm.id, vm, vm.original, now);
    const result: TranscriptResult = { status: 'unavailable', reason: OVERSIZE_REASON };
    await deps.sealed.putJson(keys.transcript(vm.id), result);
    await deps.sealed.putJson(keys.record(vm.id), voicemailRecordOf(vm, vm.sizeBytes));
    await deps.audit.append(vm.id, { event: 'received', source: vm.source, practiceId: vm.practiceId, mailboxId: vm.mailboxId });
    await deps.audit.append(vm.id, { event: 'transcribed', status: 'unavailable', reason: OVERSIZE_REASON });
    await deps.activity.received({ voicemailId: vm.id, practiceId: vm.practiceId, mailboxId: vm.mailboxId, at: vm.receivedAt });
    await deps.activity.intakeIssue({ subjectId: vm.id, practiceId: vm.practiceId, mailboxId: vm.mailboxId, reason: OVERSIZE_REASON, outcome: 'delivered-with-note', at: now });
  }
  await queueTranscription(deps, vm);
  if (!existing) {
    log.warn(
      { voicemailId: vm.id, practiceId: vm.practiceId, mailboxId: vm.mailboxId, source: vm.source, sizeBytes: vm.sizeBytes, kept: vm.original.kept, reason: OVERSIZE_REASON },
      'oversized recording registered without audio; staff get a note',
    );
  }
  return existing ? 'duplicate' : 'created';
}

/** Deletes kept originals whose keep period has ended. Run periodically (the intake pass does). */
export async function purgeExpiredOriginals(sealed: SealedStore, audit: AuditTrail, now = new Date(), limit = 200): Promise<number> {
  const store = sealed.store;
  const today = now.toISOString().slice(0, 10);
  let purged = 0;
  for (const o of await store.list(intakeKeys.originalsDuePrefix, { limit: 5_000 })) {
    const m = /^originals\/due\/(\d{4}-\d{2}-\d{2})\/([A-Za-z0-9_-]+)\.json$/.exec(o.key);
    if (!m?.[1] || !m[2] || m[1] > today) continue;
    const raw = await store.get(o.key);
    const entry = raw ? (JSON.parse(raw.toString('utf8')) as OriginalDue) : null;
    if (entry && new Date(entry.keepUntil) > now) continue;
    // Also for an 'incoming' entry: its object may have been moved into a sealed copy since.
    await store.delete(intakeKeys.originalSealed(m[2]));
    if (entry?.kept === 'incoming' && entry.sealedKey) {
      const key = sealed.openString(entry.sealedKey, callerKeyAad(m[2]));
      // Only the object that was registered: a newer one under the same key is a new recording.
      const head = await store.head(key);
      if (head && head.etag === entry.etag) await store.delete(key);
    }
    await audit.append(m[2], { event: 'deleted', what: ['original'] });
    await store.delete(o.key);
    log.info({ voicemailId: m[2], kept: entry?.kept }, 'kept original of an oversized recording deleted');
    if (++purged >= limit) break;
  }
  return purged;
}
