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
import { prepareEmailAudio } from '../services/voicemail/email-audio.ts';
import { redactTranscript } from '../services/redaction/transcript-redaction.ts';
import { policyTypes } from '../services/redaction/policy.ts';
import { transcriptIssue, type ActivityRecorder } from '../services/dashboard/activity.ts';
import { OVERSIZE_REASON, oversizeNote } from '../services/intake/oversize.ts';
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
};

/**
 * Masks PHI per the mailbox policy, in text and in audio, and stores the one package every
 * recipient's email is built from; then fans out one deliver job per recipient.
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
      const notes: string[] = [];
      const masked = tr.status === 'ok' ? redactTranscript(tr.transcript, mailbox.policy, { maskProviders: mailbox.maskProviders }) : null;
      if (tr.status === 'ok' && tr.truncated) notes.push('This recording is longer than the transcription limit: only its first part was transcribed. The full audio is attached.');
      if (tr.status === 'ok' && tr.lowConfidence) notes.push('The recogniser was unsure of much of this recording: listen to the audio before acting on the transcript.');
      if (tr.status === 'unavailable') notes.push(UNAVAILABLE_NOTES[tr.reason] ?? 'The transcript is unavailable: the recording could not be transcribed.');
      const tooLarge = tr.status === 'unavailable' && tr.reason === OVERSIZE_REASON;
      if (tooLarge) notes.push(oversizeNote({ voicemailId, source: record.source, sizeBytes: record.sizeBytes, limitBytes: deps.config.raw.intake.maxBytes, keepDays: deps.config.raw.retention.keepDays }));

      let audioMeta: DeliveryPackage['audio'] = null;
      // Too large to process: never decoded, so there is nothing to attach (services/intake/oversize.ts).
      if (!tooLarge) {
        const dir = await mkdtemp(join(tmpdir(), 'ql-pr-'));
        try {
          const src = join(dir, `source${record.formatHint ? '.' + record.formatHint.replace(/[^a-z0-9]/g, '') : ''}`);
          // Streamed to and from disk: neither the recording nor the attachment is held in memory here.
          if (!(await deps.sealed.getSealedToFile(keys.source(voicemailId), src))) throw new UnrecoverableError('source-missing');
          const audio = await prepareEmailAudio(src, {
            workDir: dir,
            maskIntervals: masked?.maskedIntervals ?? [],
            maskMode: mailbox.audioMask,
            maxMessageBytes: deps.maxMessageBytes,
            ...(record.formatHint ? { nameHint: `source.${record.formatHint}` } : {}),
            // The transcribe stage probed these same bytes.
            ...(tr.sourceInfo ? { info: tr.sourceInfo } : {}),
          });
          notes.push(...audio.notes);
          if (audio.file) {
            await deps.sealed.putSealedFile(keys.packageAudio(voicemailId), audio.file.path);
            audioMeta = { filename: audio.file.filename, contentType: audio.file.contentType, durationSec: audio.file.durationSec, bytes: audio.file.bytes };
          }
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      }

      const hidesCaller = policyTypes(mailbox.policy, { maskProviders: mailbox.maskProviders }).has('PHONE');
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
            : { status: 'unavailable', reason: tr.status === 'unavailable' ? tr.reason : 'unknown', lowConfidence: false },
        maskedTypes: [...(masked?.maskedTypes ?? []), ...(record.callerNumber && hidesCaller ? ['PHONE'] : [])].filter((t, i, a) => a.indexOf(t) === i),
        notes,
        audio: audioMeta,
      };
      // Before the package: a retry after a crash records it again, and the record is idempotent.
      const issue = transcriptIssue(tr);
      if (issue) await deps.activity?.intakeIssue({ subjectId: voicemailId, practiceId, mailboxId, reason: issue, outcome: 'delivered-with-note', at: new Date() });
      await deps.sealed.putJson(keys.package(voicemailId), pkg);
      await deps.audit.append(voicemailId, { event: 'masked', policy: mailbox.policy, maskedTypes: pkg.maskedTypes });
    }

    const recipients = deps.config.recipients(practiceId, mailboxId);
    await deps.deliverQueue.addBulk(
      recipients.map((r) => ({
        name: 'deliver',
        data: { voicemailId, practiceId, mailboxId, recipientId: r.id },
        opts: { jobId: jobIds.deliver(voicemailId, r.id), attempts: deps.deliveryAttempts },
      })),
    );
    log.info({ voicemailId, recipients: recipients.length, maskedTypes: pkg.maskedTypes }, 'delivery prepared');
    return { voicemailId, recipients: recipients.length, maskedTypes: pkg.maskedTypes };
  };
}
