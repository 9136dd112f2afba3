import type { AppContext } from '../runtime/context.ts';
import { keys } from '../voicemail/object-keys.ts';
import { bareContentType } from './doors/caller.ts';
import { intakeDeps } from './doors/deps.ts';
import { DoorRejection } from './doors/errors.ts';
import { DEFAULTS, type TwilioAccount, type TwilioOptions } from './doors/options.ts';
import { doorVoicemailId } from './doors/register.ts';
import type { PendingCall } from './doors/twilio-route.ts';
import { allowedMediaUrl, fetchRecording, RecordingTooLargeError } from './doors/twilio-media.ts';
import { intakeKeys } from './intake-keys.ts';
import { registerOversizedVoicemail } from './oversize.ts';
import { registerVoicemail, UnknownMailboxError, type RegisterOutcome } from './register-voicemail.ts';

/** The recording reference a Twilio webhook left in the fetch queue (identifiers only). */
export interface TwilioRecordingRef {
  voicemailId: string;
  practiceId: string;
  mailboxId: string;
  recordingSid: string;
  accountSid: string;
  mediaUrl: string;
  receivedAt: string;
}

/** Why a fetch did not succeed; the message is the code alone. `permanent`: retrying cannot help. */
export class RecordingFetchError extends Error {
  override readonly name = 'RecordingFetchError';
  constructor(
    readonly code: string,
    readonly permanent: boolean,
  ) {
    super(code);
  }
}

export interface TwilioFetchSettings {
  accounts: ReadonlyMap<string, TwilioAccount>;
  mediaBaseUrls: readonly string[];
  maxBytes: number;
  timeoutMs: number;
}

/** What the fetch worker needs from the door's options; no options (Twilio not configured) = no account. */
export function twilioFetchSettings(opts: TwilioOptions | undefined, intakeMaxBytes: number): TwilioFetchSettings {
  return {
    accounts: new Map((opts?.accounts ?? []).map((a) => [a.accountSid, a])),
    mediaBaseUrls: opts?.mediaBaseUrls ?? DEFAULTS.twilioMediaBaseUrls,
    maxBytes: Math.min(opts?.maxMediaBytes ?? intakeMaxBytes, intakeMaxBytes),
    timeoutMs: opts?.mediaTimeoutMs ?? DEFAULTS.twilioMediaTimeoutMs,
  };
}

/** Door refusals the media download can end in: those that no retry will change are permanent. */
const PERMANENT_MEDIA = new Set(['recording-fetch-unauthorized', 'recording-redirect-refused']);

/**
 * Downloads one announced recording with the account's credentials and registers it as the door
 * did before fetching became a job: same id, same record, deduplicated by RecordingSid. Too large
 * to take: registered without audio, so staff still get the note. The sealed caller number the
 * webhook left is removed once the record holds it.
 */
export async function fetchAndRegisterRecording(
  ctx: AppContext,
  settings: TwilioFetchSettings,
  ref: TwilioRecordingRef,
): Promise<{ voicemailId: string; outcome: RegisterOutcome; oversized: boolean }> {
  const account = settings.accounts.get(ref.accountSid);
  if (!account) throw new RecordingFetchError('twilio-account-unknown', true);
  const media = allowedMediaUrl(ref.mediaUrl, settings.mediaBaseUrls);
  if (!media || !media.pathname.endsWith(`/Recordings/${ref.recordingSid}.wav`)) throw new RecordingFetchError('recording-url-not-allowed', true);
  const base = { source: 'twilio' as const, sourceId: ref.recordingSid, practiceId: ref.practiceId, mailboxId: ref.mailboxId };
  const id = doorVoicemailId(ctx, base);
  if (id !== ref.voicemailId) throw new RecordingFetchError('job-malformed', true);
  const deps = intakeDeps(ctx);
  const vm = { ...base, id, receivedAt: new Date(ref.receivedAt), formatHint: 'wav' };

  try {
    // Registered by an earlier attempt that died before finishing (record), or already delivered and its
    // record purged (done.json): no download; registerVoicemail re-queues or reports the duplicate.
    const [done, registered] = await Promise.all([ctx.store.head(keys.done(id)), ctx.store.head(keys.record(id))]);
    if (done || registered) {
      const outcome = await registerVoicemail(deps, { ...vm, audio: Buffer.alloc(0) });
      await ctx.store.delete(intakeKeys.pendingCall(id));
      return { voicemailId: id, outcome, oversized: false };
    }
    const pending = (await ctx.sealed.getJson<PendingCall>(intakeKeys.pendingCall(id))) ?? {};
    const caller = pending.callerNumber ? { callerNumber: pending.callerNumber } : {};
    let fetched: { audio: Buffer; contentType?: string };
    try {
      fetched = await fetchRecording(media, {
        accountSid: account.accountSid,
        authToken: account.authToken,
        allowedBases: settings.mediaBaseUrls,
        maxBytes: settings.maxBytes,
        // One try per job attempt: the queue's backoff spaces the retries (over hours, not seconds).
        attempts: 1,
        timeoutMs: settings.timeoutMs,
      });
    } catch (err) {
      if (err instanceof RecordingTooLargeError) {
        const outcome = await registerOversizedVoicemail(deps, { ...vm, ...caller, sizeBytes: err.sizeBytes, original: { kept: 'phone-system' } });
        await ctx.store.delete(intakeKeys.pendingCall(id));
        return { voicemailId: id, outcome, oversized: true };
      }
      if (err instanceof DoorRejection) throw new RecordingFetchError(err.code, PERMANENT_MEDIA.has(err.code));
      throw err;
    }
    const type = bareContentType(fetched.contentType);
    const outcome = await registerVoicemail(deps, { ...vm, ...caller, ...(type?.startsWith('audio/') ? { contentType: type } : {}), audio: fetched.audio });
    await ctx.store.delete(intakeKeys.pendingCall(id));
    return { voicemailId: id, outcome, oversized: false };
  } catch (err) {
    if (err instanceof UnknownMailboxError) throw new RecordingFetchError(err.code, true);
    throw err;
  }
}
