import type { Queue } from 'bullmq';
import type { LoadedConfig } from '../config/load-config.ts';
import { log } from '../common/log.ts';
import type { SealedStore } from '../storage/sealed-store.ts';
import type { AuditTrail } from '../audit/audit-trail.ts';
import type { ActivityRecorder } from '../dashboard/activity.ts';
import { keys } from '../voicemail/object-keys.ts';
import type { VoicemailRecord } from '../voicemail/record.ts';
import { jobIds } from '../../workers/queues.ts';

export interface NewVoicemail {
  id: string;
  source: VoicemailRecord['source'];
  sourceId: string;
  practiceId: string;
  mailboxId: string;
  callerNumber?: string;
  receivedAt: Date;
  formatHint?: string;
  contentType?: string;
  audio: Buffer;
}

/** The mailbox a door named is not in the configuration. */
export class UnknownMailboxError extends Error {
  override readonly name = 'UnknownMailboxError';
  readonly code = 'unknown-mailbox';
  constructor() {
    super('unknown-mailbox: no such practice/mailbox in the configuration');
  }
}

export type RegisterOutcome = 'created' | 'duplicate';

export type RegisterDeps = { sealed: SealedStore; config: LoadedConfig; transcribeQueue: Queue; audit: AuditTrail; activity: ActivityRecorder };

/** The record every door produces, for a recording of `sizeBytes` bytes. */
export function voicemailRecordOf(vm: Omit<NewVoicemail, 'audio'>, sizeBytes: number): VoicemailRecord {
  return {
    id: vm.id,
    source: vm.source,
    sourceId: vm.sourceId,
    practiceId: vm.practiceId,
    mailboxId: vm.mailboxId,
    ...(vm.callerNumber ? { callerNumber: vm.callerNumber } : {}),
    receivedAt: vm.receivedAt.toISOString(),
    ...(vm.formatHint ? { formatHint: vm.formatHint } : {}),
    ...(vm.contentType ? { contentType: vm.contentType } : {}),
    sizeBytes,
  };
}

/** Re-adding is harmless while the job exists; after it is gone, done.json (checked first) stops reruns. */
export async function queueTranscription(deps: Pick<RegisterDeps, 'transcribeQueue'>, vm: Pick<NewVoicemail, 'id' | 'practiceId' | 'mailboxId'>): Promise<void> {
  await deps.transcribeQueue.add('transcribe', { voicemailId: vm.id, practiceId: vm.practiceId, mailboxId: vm.mailboxId }, { jobId: jobIds.transcribe(vm.id) });
}

/**
 * Every door ends here: seal the audio and the record in S3, then queue transcription. Idempotent:
 * an id already registered is a duplicate, and re-queueing uses a deterministic job id.
 * Order matters for crash safety: audio first, record second (the record marks it complete), job last.
 */
export async function registerVoicemail(deps: RegisterDeps, vm: NewVoicemail): Promise<RegisterOutcome> {
  if (!deps.config.mailbox(vm.practiceId, vm.mailboxId)) throw new UnknownMailboxError();
  const store = deps.sealed.store;
  // Both checks in one round trip's wait.
  const [done, existing] = await Promise.all([store.head(keys.done(vm.id)), store.head(keys.record(vm.id))]);
  if (done) return 'duplicate';
  if (!existing) {
    await deps.sealed.putSealed(keys.source(vm.id), vm.audio);
    await deps.sealed.putJson(keys.record(vm.id), voicemailRecordOf(vm, vm.audio.length));
    await Promise.all([
      deps.audit.append(vm.id, { event: 'received', source: vm.source, practiceId: vm.practiceId, mailboxId: vm.mailboxId }),
      deps.activity.received({ voicemailId: vm.id, practiceId: vm.practiceId, mailboxId: vm.mailboxId, at: vm.receivedAt }),
    ]);
  }
  await queueTranscription(deps, vm);
  log.info({ voicemailId: vm.id, practiceId: vm.practiceId, mailboxId: vm.mailboxId, source: vm.source, duplicate: Boolean(existing) }, 'voicemail registered');
  return existing ? 'duplicate' : 'created';
}
