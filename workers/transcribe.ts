import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UnrecoverableError, type Job, type Queue } from 'bullmq';
import { log } from '../services/common/log.ts';
import type { SealedStore } from '../services/storage/sealed-store.ts';
import type { AuditTrail } from '../services/audit/audit-trail.ts';
import { keys } from '../services/voicemail/object-keys.ts';
import type { TranscriptResult, VoicemailRecord } from '../services/voicemail/record.ts';
import type { TranscriptionEngine } from '../services/transcription/engine.ts';
import { ASR_CRASHED_REASON, transcribeVoicemailAudio } from '../services/voicemail/transcribe-voicemail.ts';
import { noCrashGuard, type CrashGuard } from './crash-guard.ts';
import { isLastAttempt, isPermanent, reasonCode } from './attempts.ts';
import { jobIds, parseJobData } from './queues.ts';

export interface TranscribeDeps {
  sealed: SealedStore;
  engineFor(practiceId: string): TranscriptionEngine;
  prepareQueue: Queue;
  audit: AuditTrail;
  maxDurationSec: number;
  /** Counts runs that died mid-way (workers/crash-guard.ts); default none (every run is the first). */
  crashGuard?: CrashGuard;
}

export interface TranscribeJobResult {
  voicemailId: string;
  status: TranscriptResult['status'];
  reason?: string;
}

/**
 * Speech recognition for one voicemail. A recording that cannot be transcribed, for good, still goes on
 * to delivery, marked "transcript unavailable": a voicemail is never lost because a recogniser failed.
 */
export function createTranscribeProcessor(deps: TranscribeDeps) {
  return async (job: Job): Promise<TranscribeJobResult> => {
    const data = parseJobData('transcribe', job.data);
    const { voicemailId } = data;
    // Independent reads, side by side.
    const [record, stored] = await Promise.all([
      deps.sealed.getJson<VoicemailRecord>(keys.record(voicemailId)),
      deps.sealed.getJson<TranscriptResult>(keys.transcript(voicemailId)),
    ]);
    if (!record) throw new UnrecoverableError('record-missing');

    let result: TranscriptResult | null = stored;
    if (!result) {
      const run = await (deps.crashGuard ?? noCrashGuard).start('transcribe', voicemailId);
      try {
        // Earlier runs on this recording killed their worker: recognising it again would too, and BullMQ
        // would keep handing it on. Its audio still goes out, marked "transcript unavailable".
        result = run.crashLooping ? { status: 'unavailable', reason: ASR_CRASHED_REASON } : await recognise(deps, job, voicemailId, record);
        await deps.sealed.putJson(keys.transcript(voicemailId), result);
        await deps.audit.append(voicemailId, result.status === 'ok' ? { event: 'transcribed', status: 'ok', engine: result.transcript.engine } : { event: 'transcribed', status: 'unavailable', reason: result.reason });
        await run.completed();
      } finally {
        await run.finished();
      }
    }
    await deps.prepareQueue.add('prepare', { voicemailId, practiceId: data.practiceId, mailboxId: data.mailboxId }, { jobId: jobIds.prepare(voicemailId) });
    log.info({ voicemailId, status: result.status, reason: result.status === 'unavailable' ? result.reason : undefined }, 'transcription stage done');
    return { voicemailId, status: result.status, ...(result.status === 'unavailable' ? { reason: result.reason } : {}) };
  };
}

/** Speech recognition proper; a failure that is permanent, or final, becomes "unavailable". */
async function recognise(deps: TranscribeDeps, job: Job, voicemailId: string, record: VoicemailRecord): Promise<TranscriptResult> {
  const dir = await mkdtemp(join(tmpdir(), 'ql-tr-'));
  try {
    const src = join(dir, `source${record.formatHint ? '.' + record.formatHint.replace(/[^a-z0-9]/g, '') : ''}`);
    // Streamed to disk, where the audio tools read it: the recording is never held in memory.
    if (!(await deps.sealed.getSealedToFile(keys.source(voicemailId), src))) throw new UnrecoverableError('source-missing');
    return await transcribeVoicemailAudio(src, deps.engineFor(record.practiceId), {
      workDir: dir,
      voicemailId,
      maxDurationSec: deps.maxDurationSec,
      ...(record.formatHint ? { nameHint: `source.${record.formatHint}` } : {}),
    });
  } catch (err) {
    if (err instanceof UnrecoverableError) throw err;
    if (!isPermanent(err) && !isLastAttempt(job)) throw err;
    return { status: 'unavailable', reason: reasonCode(err, 'asr-failed') };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
