import { UnrecoverableError, type Job } from 'bullmq';
import { log } from '../services/common/log.ts';
import type { AppContext } from '../services/runtime/context.ts';
import { intakeKeys } from '../services/intake/intake-keys.ts';
import { fetchAndRegisterRecording, type TwilioFetchSettings } from '../services/intake/twilio-fetch.ts';
import type { RegisterOutcome } from '../services/intake/register-voicemail.ts';
import { isLastAttempt, isPermanent, reasonCode } from './attempts.ts';
import { MalformedJobError, parseJobData } from './queues.ts';

export interface FetchDeps {
  ctx: AppContext;
  twilio: TwilioFetchSettings;
}

export interface FetchJobResult {
  voicemailId: string;
  outcome: RegisterOutcome;
  oversized: boolean;
}

/**
 * Downloads a recording a Twilio webhook announced and registers it. A passing failure (media store
 * down, recording not there yet) is retried with the queue's backoff; when the attempts are used up,
 * or retrying cannot help, the recording is given up: there is no audio to deliver, so the operator
 * sees it on the dashboard (fetch-failed, by practice) and may retry it from there.
 */
export function createFetchProcessor(deps: FetchDeps) {
  return async (job: Job): Promise<FetchJobResult> => {
    let data;
    try {
      data = parseJobData('fetch', job.data);
    } catch (err) {
      if (err instanceof MalformedJobError) throw new UnrecoverableError(err.code);
      throw err;
    }
    try {
      return await fetchAndRegisterRecording(deps.ctx, deps.twilio, data);
    } catch (err) {
      const code = reasonCode(err, 'recording-fetch-failed');
      const where = { voicemailId: data.voicemailId, practiceId: data.practiceId, mailboxId: data.mailboxId, recordingSid: data.recordingSid };
      if (!isPermanent(err) && !isLastAttempt(job)) {
        log.warn({ ...where, reason: code, attemptsMade: job.attemptsMade + 1 }, 'recording fetch failed; will retry');
        // The message is the code alone: it becomes the job's failedReason in Redis.
        throw Object.assign(new Error(code), { code });
      }
      await deps.ctx.activity.intakeIssue({ subjectId: data.voicemailId, practiceId: data.practiceId, mailboxId: data.mailboxId, reason: code, outcome: 'fetch-failed', at: new Date() });
      // Nothing will be registered: the sealed caller number has no voicemail to belong to.
      await deps.ctx.store.delete(intakeKeys.pendingCall(data.voicemailId)).catch(() => undefined);
      log.error({ ...where, reason: code }, 'recording could not be fetched; given up (shown on the dashboard)');
      throw new UnrecoverableError(code);
    }
  };
}
