import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import type { AppContext } from '../../runtime/context.ts';
import { bareContentType, cleanCallerNumber, formatHintFrom, formatHintFromType } from './caller.ts';
import { DoorRejection, MultipartError } from './errors.ts';
import { parseMultipart } from './multipart.ts';
import { DEFAULTS, type ApiKeyHash, type UploadOptions } from './options.ts';
import { TokenBuckets } from './rate-limit.ts';
import { registerFromDoor } from './register.ts';
import { bearerToken, identifyApiKey, verifyHmac } from './upload-auth.ts';

export const UPLOAD_PATH = '/v1/voicemails';

const H = {
  practice: 'x-quietline-practice',
  mailbox: 'x-quietline-mailbox',
  caller: 'x-quietline-caller',
  sourceId: 'x-quietline-source-id',
  signature: 'x-quietline-signature',
} as const;

const SLUG = /^[a-z0-9][a-z0-9_-]{0,62}$/;
const SOURCE_ID = /^[\x21-\x7e]{1,200}$/;

type Principal = { practiceId: string; via: 'api-key'; bucket: string; keyId: string } | { practiceId: string; via: 'hmac'; bucket: string };

declare module 'fastify' {
  interface FastifyRequest {
    uploadPrincipal?: Principal;
  }
}

function header(req: FastifyRequest, name: string): string | undefined {
  const v = req.headers[name];
  return typeof v === 'string' ? v : undefined;
}

function tooMany(retryAfterSec: number): DoorRejection {
  return new DoorRejection(429, 'rate-limited', { 'retry-after': String(retryAfterSec) });
}

interface UploadFields {
  practice?: string;
  mailbox?: string;
  caller?: string;
  sourceId?: string;
  audio: Buffer;
  contentType?: string;
  formatHint?: string;
}

function fromMultipart(req: FastifyRequest, body: Buffer, contentType: string): UploadFields {
  let parts;
  try {
    parts = parseMultipart(body, contentType);
  } catch (err) {
    if (err instanceof MultipartError) throw new DoorRejection(400, err.code);
    throw err;
  }
  const field = (n: string) => {
    const p = parts.find((x) => x.name === n && x.filename === undefined);
    return p ? p.data.toString('utf8').trim() : undefined;
  };
  const file = parts.find((p) => p.name === 'file') ?? parts.find((p) => p.filename !== undefined);
  if (!file) throw new DoorRejection(400, 'no-audio');
  const type = bareContentType(file.contentType);
  return {
    practice: field('practice') ?? header(req, H.practice),
    mailbox: field('mailbox') ?? header(req, H.mailbox),
    caller: field('caller') ?? header(req, H.caller),
    sourceId: field('sourceId') ?? header(req, H.sourceId),
    audio: file.data,
    ...(type && type !== 'application/octet-stream' ? { contentType: type } : {}),
    formatHint: formatHintFrom(file.filename) ?? formatHintFromType(type),
  };
}

function fromRaw(req: FastifyRequest, body: Buffer, contentType: string): UploadFields {
  const type = bareContentType(contentType);
  if (!type || !(type.startsWith('audio/') || type === 'application/octet-stream')) throw new DoorRejection(415, 'unsupported-media-type');
  return {
    practice: header(req, H.practice),
    mailbox: header(req, H.mailbox),
    caller: header(req, H.caller),
    sourceId: header(req, H.sourceId),
    audio: body,
    ...(type !== 'application/octet-stream' ? { contentType: type } : {}),
    formatHint: formatHintFromType(type),
  };
}

/**
 * POST /v1/voicemails: a recording as multipart/form-data (field "file" plus practice, mailbox,
 * caller, sourceId) or as the raw body with X-Quietline-* headers. Authenticated by a practice API key
 * (Authorization: Bearer) or an HMAC signature (X-Quietline-Signature with X-Quietline-Practice).
 * Keys are checked and rate-limited before the body is read; signatures need the body, so a signed
 * request only spends a token once its signature holds.
 */
export function mountUpload(app: FastifyInstance, ctx: AppContext, opts: UploadOptions, logger: Logger): void {
  const apiKeys = opts.apiKeys ?? new Map<string, ApiKeyHash[]>();
  const hmacSecrets = opts.hmacSecrets ?? new Map<string, string[]>();
  const buckets = new TokenBuckets(opts.rateLimit ?? DEFAULTS.rateLimit);
  const tolerance = opts.signatureToleranceSec ?? DEFAULTS.signatureToleranceSec;

  app.register((scope, _o, registered) => {
    scope.decorateRequest('uploadPrincipal', undefined);
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));

    function authenticate(req: FastifyRequest): void {
      const key = bearerToken(header(req, 'authorization'));
      if (key) {
        const who = identifyApiKey(apiKeys, key);
        if (!who) throw new DoorRejection(401, 'unauthorized', { 'www-authenticate': 'Bearer' });
        const bucket = `key:${who.practiceId}/${who.keyId}`;
        const t = buckets.take(bucket);
        if (!t.ok) throw tooMany(t.retryAfterSec);
        req.uploadPrincipal = { practiceId: who.practiceId, via: 'api-key', bucket, keyId: who.keyId };
        return;
      }
      const practice = header(req, H.practice);
      if (header(req, H.signature) && practice && (hmacSecrets.get(practice)?.length ?? 0) > 0) {
        const bucket = `hmac:${practice}`;
        const t = buckets.peek(bucket);
        if (!t.ok) throw tooMany(t.retryAfterSec);
        req.uploadPrincipal = { practiceId: practice, via: 'hmac', bucket };
        return;
      }
      throw new DoorRejection(401, 'unauthorized', { 'www-authenticate': 'Bearer' });
    }
    scope.addHook('onRequest', (req, _reply, done) => {
      try {
        authenticate(req);
        done();
      } catch (err) {
        done(err as Error);
      }
    });

    scope.post(UPLOAD_PATH, { bodyLimit: opts.bodyLimit ?? DEFAULTS.uploadBodyLimit }, async (req, reply) => {
      const who = req.uploadPrincipal;
      if (!who) throw new DoorRejection(401, 'unauthorized');
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      if (who.via === 'hmac') {
        const verdict = verifyHmac(hmacSecrets.get(who.practiceId) ?? [], header(req, H.signature) ?? '', body, Math.floor(Date.now() / 1000), tolerance);
        if (verdict !== 'ok') {
          logger.warn({ door: 'http', practiceId: who.practiceId, reason: verdict }, 'upload refused');
          throw new DoorRejection(401, verdict);
        }
        const t = buckets.take(who.bucket);
        if (!t.ok) throw tooMany(t.retryAfterSec);
      }
      const contentType = header(req, 'content-type') ?? '';
      const f = /^multipart\/form-data\b/i.test(contentType) ? fromMultipart(req, body, contentType) : fromRaw(req, body, contentType);
      const practiceId = f.practice || who.practiceId;
      if (practiceId !== who.practiceId) throw new DoorRejection(403, 'practice-mismatch');
      if (!f.mailbox) throw new DoorRejection(400, 'mailbox-required');
      if (!SLUG.test(f.mailbox)) throw new DoorRejection(400, 'mailbox-invalid');
      if (f.sourceId !== undefined && !SOURCE_ID.test(f.sourceId)) throw new DoorRejection(400, 'source-id-invalid');
      if (f.audio.length === 0) throw new DoorRejection(400, 'no-audio');
      // Without a client id, the same recording sent twice is the same voicemail.
      const sourceId = f.sourceId ?? `sha256:${createHash('sha256').update(f.audio).digest('hex')}`;
      const callerNumber = cleanCallerNumber(f.caller);
      const { id, outcome } = await registerFromDoor(ctx, {
        source: 'http',
        sourceId,
        practiceId,
        mailboxId: f.mailbox,
        ...(callerNumber ? { callerNumber } : {}),
        receivedAt: new Date(),
        ...(f.formatHint ? { formatHint: f.formatHint } : {}),
        ...(f.contentType ? { contentType: f.contentType } : {}),
        audio: f.audio,
      });
      logger.info({ door: 'http', voicemailId: id, practiceId, mailboxId: f.mailbox, via: who.via, keyId: who.via === 'api-key' ? who.keyId : undefined, outcome }, 'upload accepted');
      return reply.code(outcome === 'created' ? 201 : 200).header('cache-control', 'no-store').send({ id });
    });
    registered();
  });
}
