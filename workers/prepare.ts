import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UnrecoverableError, type Job, type Queue } from 'bullmq';
import type { LoadedConfig } from '../services/config/load-config.ts';
import { log } from '../services/common/log.ts';
import type { SealedStore } from '../services/storage/sealed-store.ts';
import type { AuditTrail } from '../services/audit/audit-trail.ts';
import { keys } from '../services/voicemail/object-keys.ts';
import type { TranscriptResult, VoicemailRecord } from '../services/voicemail/record.ts';
import type { DeliveryPackage } from '../services/voicemail/delivery-package.ts';
import { prepareEmailAudio, type EmailAudioOptions } from '../services/voicemail/email-audio.ts';
import { redactTranscript, type RedactedTranscript } from '../services/redaction/transcript-redaction.ts';
import { policyTypes } from '../services/redaction/policy.ts';
import { transcriptIssue, type ActivityRecorder } from '../services/dashboard/activity.ts';
import { OVERSIZE_REASON, oversizeNote } from '../services/intake/oversize.ts';
import { ASR_CRASHED_REASON } from '../services/voicemail/transcribe-voicemail.ts';
import { audioMissingNote } from '../services/mail/compose-voicemail.ts';
import { isLastAttempt, reasonCode } from './attempts.ts';
import { CRASHED_RUNS_LIMIT, noCrashGuard, type CrashGuard } from './crash-guard.ts';
import { jobIds, parseJobData } from './queues.ts';

export interface PrepareDeps {
  sealed: SealedStore;
  config: LoadedConfig;
  deliverQueue: Queue;
  audit: AuditTrail;
  maxMessageBytes: number;
  /** Attempts of each deliver job (config delivery.attempts). */
  deliveryAttempts: number;
  /** PHI-free bad-input counts for the dashboard (reason codes and ids). */
  activity?: ActivityRecorder;
  /** Counts runs that died mid-way (workers/crash-guard.ts); default none (every run is the first). */
  crashGuard?: CrashGuard;
}

/**
 * The words staff see: a masked run becomes one "[TYPE]" token, so the package never holds a masked
 * word's text, whatever the renderer does with it.
 */
export function maskedWordList(words: readonly { word: string; confidence: number; masked?: string }[]): DeliveryPackage['transcript']['words'] {
  const out: NonNullable<DeliveryPackage['transcript']['words']> = [];
  for (const w of words) {
    if (!w.masked) {
      out.push({ word: w.word, confidence: w.confidence });
      continue;
    }
    const prev = out[out.length - 1];
    if (prev?.masked === w.masked) continue;
    out.push({ word: `[${w.masked}]`, confidence: 1, masked: w.masked });
  }
  return out;
}

const UNAVAILABLE_NOTES: Record<string, string> = {
  'no-speech': 'No speech was detected in this recording.',
  'audio-empty': 'The phone system sent an empty recording.',
  'audio-not-audio': 'The phone system sent a file that is not audio; it is attached as received.',
  'audio-corrupt': 'The recording is damaged and could not be transcribed; it is attached as received.',
  'audio-too-large': 'The recording was too large to process, so it was not transcribed and is not attached.',
  [ASR_CRASHED_REASON]: 'Our transcription system could not process this recording, so there is no transcript.',
};

/** Reason codes (dashboard) for a part the prepare stage had to leave out. */
const PREPARE_CRASHED = 'prepare-crashed';
const AUDIO_PREPARE_FAILED = 'audio-prepare-failed';
const REDACTION_FAILED = 'redaction-failed';

/**
 * Notes written before the audio is made say it is attached (a truncated transcript, a file that is
 * not audio); when the audio was then left out they must not, or staff look for an attachment that
 * is not there.
 */
export function withoutAttachmentClaims(notes: readonly string[]): string[] {
  return notes.map((n) => n.replace(/ The full audio is attached\.$/, '').replace(/; it is attached as received\.$/, '.'));
}

const TRANSCRIPT_LEFT_OUT_NOTE = 'The transcript could not be checked for private details, so it has been left out of this email.';

/**
 * Masks PHI per the mailbox policy, in text and in audio, and stores the one package every
 * recipient's email is built from; then fans out one deliver job per recipient. A run that cannot be
 * retried (the last attempt, or earlier runs died: workers/crash-guard.ts) still sends: a part that
 * could not be made safely is left out, with a note saying so.
 */
export function createPrepareProcessor(deps: PrepareDeps) {
  return async (job: Job): Promise<{ voicemailId: string; recipients: number; maskedTypes: string[] }> => {
    const data = parseJobData('prepare', job.data);
    const { voicemailId, practiceId, mailboxId } = data;
    const practice = deps.config.practice(practiceId);
    const mailbox = deps.config.mailbox(practiceId, mailboxId);
    if (!practice || !mailbox) throw new UnrecoverableError('unknown-mailbox');
    // Three independent reads: one round trip's wait instead of three.
    const [record, tr, stored] = await Promise.all([
      deps.sealed.getJson<VoicemailRecord>(keys.record(voicemailId)),
      deps.sealed.getJson<TranscriptResult>(keys.transcript(voicemailId)),
      deps.sealed.getJson<DeliveryPackage>(keys.package(voicemailId)),
    ]);
    if (!record) throw new UnrecoverableError('record-missing');
    if (!tr) throw new UnrecoverableError('transcript-missing');

    let pkg = stored;
    if (!pkg) {
      const run = await (deps.crashGuard ?? noCrashGuard).start('prepare', voicemailId);
      try {
        const final = isLastAttempt(job);
        const types = policyTypes(mailbox.policy, { maskProviders: mailbox.maskProviders });
        const notes: string[] = [];
        // Why a part is missing, as reason codes for the dashboard.
        let transcriptLeftOut: string | null = null;
        let audioLeftOut: string | null = null;

        let masked: RedactedTranscript | null = null;
        if (tr.status === 'ok') {
          // Audio is the heavy step and is dropped first; if runs keep dying without it, redaction goes too.
          if (run.crashedRuns >= 2 * CRASHED_RUNS_LIMIT) transcriptLeftOut = PREPARE_CRASHED;
          else {
            try {
              masked = redactTranscript(tr.transcript, mailbox.policy, { maskProviders: mailbox.maskProviders });
            } catch (err) {
              if (!final) throw err;
              transcriptLeftOut = REDACTION_FAILED;
              log.warn({ voicemailId, reason: reasonCode(err, REDACTION_FAILED) }, 'transcript could not be masked on the last attempt; sending without it');
            }
          }
        }
        if (masked && tr.status === 'ok' && tr.truncated) notes.push('This recording is longer than the transcription limit: only its first part was transcribed. The full audio is attached.');
        if (tr.status === 'unavailable') notes.push(UNAVAILABLE_NOTES[tr.reason] ?? 'The transcript is unavailable: the recording could not be transcribed.');
        if (transcriptLeftOut) notes.push(TRANSCRIPT_LEFT_OUT_NOTE);
        const tooLarge = tr.status === 'unavailable' && tr.reason === OVERSIZE_REASON;
        if (tooLarge) notes.push(oversizeNote({ voicemailId, source: record.source, sizeBytes: record.sizeBytes, limitBytes: deps.config.raw.intake.maxBytes, keepDays: deps.config.raw.retention.keepDays }));

        let audioMeta: DeliveryPackage['audio'] = null;
        // Too large to process: never decoded, so there is nothing to attach (services/intake/oversize.ts).
        if (!tooLarge) {
          if (run.crashLooping) audioLeftOut = PREPARE_CRASHED;
          // Words the policy would hide may be in it, and nobody knows where: never sent unmasked.
          else if (transcriptLeftOut && types.size > 0) audioLeftOut = transcriptLeftOut;
          else {
            try {
              const audio = await storeEmailAudio(deps, voicemailId, record, tr, masked?.maskedIntervals ?? [], mailbox.audioMask);
              audioMeta = audio.meta;
              notes.push(...audio.notes);
            } catch (err) {
              if (err instanceof UnrecoverableError || !final) throw err;
              audioLeftOut = AUDIO_PREPARE_FAILED;
              log.warn({ voicemailId, reason: reasonCode(err, AUDIO_PREPARE_FAILED) }, 'audio could not be prepared on the last attempt; sending without it');
            }
          }
          // Staff cannot fetch it themselves: the note says whom to ask and what to quote (the email's wording for it).
          if (audioLeftOut) notes.push(audioMissingNote(voicemailId));
        }

        const hidesCaller = types.has('PHONE');
        pkg = {
          voicemailId,
          practiceId,
          mailboxId,
          practiceName: practice.name,
          mailboxName: mailbox.name,
          receivedAt: record.receivedAt,
          durationSec: tr.status === 'ok' ? tr.transcript.durationSec : (tr.durationSec ?? audioMeta?.durationSec ?? 0),
          ...(record.callerNumber && !hidesCaller ? { caller: record.callerNumber } : {}),
          transcript:
            tr.status === 'ok' && masked
              ? { status: 'ok', text: masked.text, words: maskedWordList(masked.words), lowConfidence: tr.lowConfidence }
              : { status: 'unavailable', reason: tr.status === 'unavailable' ? tr.reason : (transcriptLeftOut ?? 'unknown'), lowConfidence: false },
          maskedTypes: [...(masked?.maskedTypes ?? []), ...(record.callerNumber && hidesCaller ? ['PHONE'] : [])].filter((t, i, a) => a.indexOf(t) === i),
          notes: audioMeta ? notes : withoutAttachmentClaims(notes),
          audio: audioMeta,
          recipientIds: deps.config.recipients(practiceId, mailboxId).map((r) => r.id),
        };
        // Before the package: a retry after a crash records them again, and the record is idempotent.
        const issues = [transcriptIssue(tr), transcriptLeftOut, audioLeftOut].filter((r, i, a): r is string => r !== null && a.indexOf(r) === i);
        for (const reason of issues) await deps.activity?.intakeIssue({ subjectId: voicemailId, practiceId, mailboxId, reason, outcome: 'delivered-with-note', at: new Date() });
        await deps.sealed.putJson(keys.package(voicemailId), pkg);
        await deps.audit.append(voicemailId, { event: 'masked', policy: mailbox.policy, maskedTypes: pkg.maskedTypes });
        await run.completed();
      } finally {
        await run.finished();
      }
    }

    // The package's list, not today's configuration: a retry after a crash fans out to exactly the
    // recipients completion will wait for (workers/deliver.ts), even if the config changed meanwhile.
    const recipientIds = pkg.recipientIds ?? deps.config.recipients(practiceId, mailboxId).map((r) => r.id);
    await deps.deliverQueue.addBulk(
      recipientIds.map((recipientId) => ({
        name: 'deliver',
        data: { voicemailId, practiceId, mailboxId, recipientId },
        opts: { jobId: jobIds.deliver(voicemailId, recipientId), attempts: deps.deliveryAttempts },
      })),
    );
    log.info({ voicemailId, recipients: recipientIds.length, maskedTypes: pkg.maskedTypes }, 'delivery prepared');
    return { voicemailId, recipients: recipientIds.length, maskedTypes: pkg.maskedTypes };
  };
}

/** Masks and encodes the recording for email and stores it sealed beside the package; meta null when there is nothing to attach. */
async function storeEmailAudio(
  deps: PrepareDeps,
  voicemailId: string,
  record: VoicemailRecord,
  tr: TranscriptResult,
  maskIntervals: { start: number; end: number }[],
  maskMode: EmailAudioOptions['maskMode'],
): Promise<{ meta: DeliveryPackage['audio']; notes: string[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'ql-pr-'));
  try {
    const src = join(dir, `source${record.formatHint ? '.' + record.formatHint.replace(/[^a-z0-9]/g, '') : ''}`);
    // Streamed to and from disk: neither the recording nor the attachment is held in memory here.
    if (!(await deps.sealed.getSealedToFile(keys.source(voicemailId), src))) throw new UnrecoverableError('source-missing');
    const audio = await prepareEmailAudio(src, {
      workDir: dir,
      maskIntervals,
      maskMode,
      maxMessageBytes: deps.maxMessageBytes,
      ...(record.formatHint ? { nameHint: `source.${record.formatHint}` } : {}),
      // The transcribe stage probed these same bytes.
      ...(tr.sourceInfo ? { info: tr.sourceInfo } : {}),
    });
    if (!audio.file) return { meta: null, notes: audio.notes };
    await deps.sealed.putSealedFile(keys.packageAudio(voicemailId), audio.file.path);
    return { meta: { filename: audio.file.filename, contentType: audio.file.contentType, durationSec: audio.file.durationSec, bytes: audio.file.bytes }, notes: audio.notes };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
