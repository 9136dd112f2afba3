import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import type { AppContext } from '../../runtime/context.ts';
import { keys } from '../../voicemail/object-keys.ts';
import { registerVoicemail } from '../register-voicemail.ts';
import { jobIds } from '../../../workers/queues.ts';
import { intakeKeys } from '../intake-keys.ts';
import { voicemailIdFor } from '../voicemail-id.ts';
import { cleanCallerNumber } from './caller.ts';
import { intakeDeps } from './deps.ts';
import { DoorRejection, DoorsConfigError } from './errors.ts';
import { DEFAULTS, type HttpDoorOptions, type MailboxTarget, type TwilioOptions } from './options.ts';
import { doorVoicemailId } from './register.ts';
import { allowedMediaUrl } from './twilio-media.ts';
import { verifyTwilioSignature } from './twilio-signature.ts';

export const TWILIO_PATH = '/v1/twilio/recording';
export const EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>';

const RECORDING_SID = /^RE[0-9a-fA-F]{32}$/;
const SLUG = /^[a-z0-9][a-z0-9_-]{0,62}$/;

/** The URL Twilio called: the configured public base (proxies hide scheme and host) plus path and query. */
export function signedUrlOf(req: FastifyRequest, http: HttpDoorOptions): string {
  const base = http.publicUrl ? http.publicUrl.replace(/\/+$/, '') : `http://${req.headers.host ?? ''}`;
  return base + req.url;
}

function targetOf(req: FastifyRequest, params: URLSearchParams, numbers: Map<string, MailboxTarget> | undefined): MailboxTarget {
  const q = req.query as Record<string, unknown>;
  if (typeof q.practice === 'string' && typeof q.mailbox === 'string') {
    if (!SLUG.test(q.practice) || !SLUG.test(q.mailbox)) throw new DoorRejection(400, 'mailbox-invalid');
    return { practiceId: q.practice, mailboxId: q.mailbox };
  }
  const to = (params.get('To') ?? params.get('Called') ?? '').replace(/[\s()-]/g, '');
  const t = to ? numbers?.get(to) : undefined;
  if (!t) throw new DoorRejection(422, 'unmapped-number');
  return t;
}

function receivedAtOf(params: URLSearchParams): Date {
  const t = Date.parse(params.get('RecordingStartTime') ?? '');
  return Number.isFinite(t) && t < Date.now() + 3_600_000 ? new Date(t) : new Date();
}

/** What a fetch job needs besides its payload: the caller number is PHI and waits sealed in S3. */
export interface PendingCall {
  callerNumber?: string;
}

/**
 * POST /v1/twilio/recording: the <Record action> or RecordingStatusCallback webhook. Only a request
 * signed with the account's auth token is believed. The recording is not downloaded here: a durable
 * "fetch" job (one per RecordingSid) does it, with retries over hours (workers/fetch.ts), so a media
 * store that is down for a while loses nothing. Twilio gets empty TwiML at once.
 */
export function mountTwilio(app: FastifyInstance, ctx: AppContext, opts: TwilioOptions, http: HttpDoorOptions, logger: Logger): void {
  if (opts.accounts.length === 0) throw new DoorsConfigError('twilio.accounts: at least one account is needed to verify webhooks');
  for (const a of opts.accounts) {
    if (!/^AC[0-9a-f]{32}$/.test(a.accountSid)) throw new DoorsConfigError('twilio.accounts: accountSid must be AC followed by 32 hex digits');
    if (a.authToken.length < 16) throw new DoorsConfigError(`twilio.accounts.${a.accountSid}: authToken is too short`);
  }
  const accounts = new Map(opts.accounts.map((a) => [a.accountSid, a]));
  const bases = opts.mediaBaseUrls ?? DEFAULTS.twilioMediaBaseUrls;

  app.register((scope, _o, registered) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) => done(null, body));

    scope.post(TWILIO_PATH, { bodyLimit: DEFAULTS.twilioBodyLimit }, async (req, reply) => {
      const params = new URLSearchParams(typeof req.body === 'string' ? req.body : '');
      const account = accounts.get(params.get('AccountSid') ?? '');
      const signature = req.headers['x-twilio-signature'];
      // An unknown account and a bad signature look the same from outside.
      if (!account || typeof signature !== 'string' || !verifyTwilioSignature(account.authToken, signedUrlOf(req, http), [...params.entries()], signature)) {
        logger.warn({ door: 'twilio', reason: 'twilio-signature-invalid' }, 'twilio webhook refused');
        throw new DoorRejection(403, 'twilio-signature-invalid');
      }
      const status = params.get('RecordingStatus');
      const sid = params.get('RecordingSid') ?? '';
      if (status !== null && status !== 'completed') {
        logger.info({ door: 'twilio', recordingSid: RECORDING_SID.test(sid) ? sid : undefined, recordingStatus: status.slice(0, 20) }, 'twilio recording not completed; nothing to fetch');
        return reply.code(200).type('text/xml').send(EMPTY_TWIML);
      }
      if (!RECORDING_SID.test(sid)) throw new DoorRejection(400, 'recording-sid-invalid');
      const recUrl = params.get('RecordingUrl') ?? '';
      const media = allowedMediaUrl(`${recUrl.replace(/\.(wav|mp3)$/i, '')}.wav`, bases);
      if (!media || !media.pathname.endsWith(`/Recordings/${sid}.wav`)) throw new DoorRejection(400, 'recording-url-not-allowed');
      let target: MailboxTarget;
      try {
        target = targetOf(req, params, opts.numbers);
        if (!ctx.config.mailbox(target.practiceId, target.mailboxId)) throw new DoorRejection(422, 'unknown-mailbox');
      } catch (err) {
        // A signed webhook for a recording no mailbox takes: Twilio's debugger is not where an operator looks.
        if (err instanceof DoorRejection && err.status === 422) {
          await ctx.activity
            .intakeIssue({ subjectId: voicemailIdFor(ctx.sealed, 'twilio', sid), reason: err.code, outcome: 'rejected', at: new Date() })
            .catch(() => logger.warn({ door: 'twilio', reason: 'activity-unavailable' }, 'intake issue not recorded'));
        }
        throw err;
      }

      const base = { source: 'twilio' as const, sourceId: sid, ...target };
      const id = doorVoicemailId(ctx, base);
      // done.json outlives the record (purged with the content): a re-sent webhook of a delivered voicemail
      // must not download the recording again.
      const [done, registered] = await Promise.all([ctx.store.head(keys.done(id)), ctx.store.head(keys.record(id))]);
      if (done || registered) {
        // Already registered: no download. registerVoicemail stores nothing for a known id and only
        // re-queues transcription (deterministic job id), which recovers a crash between the two.
        await registerVoicemail(intakeDeps(ctx), { ...base, id, receivedAt: new Date(), audio: Buffer.alloc(0) });
        logger.info({ door: 'twilio', voicemailId: id, recordingSid: sid, outcome: 'duplicate' }, 'twilio recording already registered');
        return reply.code(200).type('text/xml').send(EMPTY_TWIML);
      }
      if (await ctx.queues.fetch.getJob(jobIds.fetch(sid))) {
        logger.info({ door: 'twilio', voicemailId: id, recordingSid: sid, outcome: 'duplicate' }, 'twilio recording already queued for fetch');
        return reply.code(200).type('text/xml').send(EMPTY_TWIML);
      }
      // Sealed before the job exists, so a worker never finds the job without it.
      const callerNumber = cleanCallerNumber(params.get('From') ?? params.get('Caller'));
      const pending: PendingCall = callerNumber ? { callerNumber } : {};
      await ctx.sealed.putJson(intakeKeys.pendingCall(id), pending);
      await ctx.queues.fetch.add(
        'fetch',
        { voicemailId: id, practiceId: target.practiceId, mailboxId: target.mailboxId, recordingSid: sid, accountSid: account.accountSid, mediaUrl: media.href, receivedAt: receivedAtOf(params).toISOString() },
        {
          jobId: jobIds.fetch(sid),
          ...(opts.fetchAttempts ? { attempts: opts.fetchAttempts } : {}),
          ...(opts.fetchBackoffMs ? { backoff: { type: 'exponential', delay: opts.fetchBackoffMs, jitter: 0.2 } } : {}),
        },
      );
      logger.info({ door: 'twilio', voicemailId: id, recordingSid: sid, practiceId: target.practiceId, mailboxId: target.mailboxId }, 'twilio recording queued for fetch');
      return reply.code(200).type('text/xml').send(EMPTY_TWIML);
    });
    registered();
  });
}
