import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import type { AppContext } from '../../runtime/context.ts';
import { INCOMING_PREFIX } from '../../voicemail/object-keys.ts';
import { ingestObject } from '../s3-scanner.ts';
import { intakeDeps } from './deps.ts';
import { DoorRejection } from './errors.ts';
import { DEFAULTS, type S3EventOptions } from './options.ts';
import { createdObjectsOf, type S3ObjectRef } from './s3-event.ts';
import { parseSnsMessage, SnsCertCache, trustedSnsUrl, verifySnsMessage, type SnsMessage } from './sns.ts';
import { bearerToken, safeEqualStrings } from './upload-auth.ts';

export const S3_EVENTS_PATH = '/v1/events/s3';

interface IngestSummary {
  objects: number;
  created: number;
  duplicates: number;
  rejected: number;
  skipped: number;
}

/**
 * POST /v1/events/s3: an event only says "look at this key now"; ingestObject reads the object itself,
 * so a forged or repeated event can do no more than trigger an early scan of one incoming/ key.
 */
export function mountS3Events(app: FastifyInstance, ctx: AppContext, opts: S3EventOptions, logger: Logger): void {
  const sns = opts.sns;
  const certs = sns ? new SnsCertCache(sns.allowedHosts ?? [], sns.fetchTimeoutMs ?? DEFAULTS.snsFetchTimeoutMs) : null;
  if (sns && !sns.topicArns?.length) logger.warn({ door: 's3-events' }, 'SNS topic allow-list is empty: messages from any topic are accepted');
  const deps = intakeDeps(ctx);

  async function ingest(objects: S3ObjectRef[]): Promise<IngestSummary> {
    const summary: IngestSummary = { objects: objects.length, created: 0, duplicates: 0, rejected: 0, skipped: 0 };
    for (const o of objects) {
      // Keys elsewhere (voicemails/, rejected/) are Quietline's own; an event must never move them.
      if (o.bucket !== ctx.env.S3_BUCKET || !o.key.startsWith(INCOMING_PREFIX)) {
        summary.skipped++;
        continue;
      }
      const head = await ctx.store.head(o.key);
      if (!head) {
        summary.skipped++; // already ingested (by the scanner or an earlier copy of this event)
        continue;
      }
      const outcome = await ingestObject(deps, { key: o.key, etag: head.etag, size: head.size, lastModified: head.lastModified });
      if (outcome === 'created') summary.created++;
      else if (outcome === 'duplicate') summary.duplicates++;
      else if (outcome === 'rejected') summary.rejected++;
      else summary.skipped++;
    }
    return summary;
  }

  function parseJson(text: unknown): unknown {
    if (typeof text !== 'string') throw new DoorRejection(400, 'body-not-json');
    try {
      return JSON.parse(text);
    } catch {
      throw new DoorRejection(400, 'body-not-json');
    }
  }

  async function handleSns(req: FastifyRequest, reply: FastifyReply, headerType: string): Promise<unknown> {
    if (!sns || !certs) throw new DoorRejection(404, 'sns-not-enabled');
    const m: SnsMessage | null = typeof req.body === 'string' ? parseSnsMessage(req.body) : null;
    if (!m || m.Type !== headerType) throw new DoorRejection(400, 'sns-message-malformed');
    if (sns.topicArns?.length && !sns.topicArns.includes(m.TopicArn)) throw new DoorRejection(403, 'sns-topic-not-allowed');
    const verdict = await verifySnsMessage(m, certs);
    if (verdict !== 'ok') {
      logger.warn({ door: 's3-events', reason: verdict, snsMessageId: m.MessageId }, 'SNS message refused');
      throw new DoorRejection(403, verdict);
    }
    if (m.Type === 'SubscriptionConfirmation') {
      const url = trustedSnsUrl(m.SubscribeURL ?? '', sns.allowedHosts ?? []);
      if (!url) throw new DoorRejection(403, 'sns-subscribe-url-untrusted');
      const res = await fetch(url, { redirect: 'error', signal: AbortSignal.timeout(sns.fetchTimeoutMs ?? DEFAULTS.snsFetchTimeoutMs) }).catch(() => null);
      await res?.body?.cancel().catch(() => undefined);
      if (!res?.ok) {
        logger.warn({ door: 's3-events', reason: 'sns-confirm-failed', status: res?.status }, 'SNS subscription not confirmed');
        throw new DoorRejection(502, 'sns-confirm-failed');
      }
      logger.info({ door: 's3-events', topicArn: m.TopicArn }, 'SNS subscription confirmed');
      return reply.code(200).send({ confirmed: true });
    }
    if (m.Type === 'UnsubscribeConfirmation') {
      logger.warn({ door: 's3-events', topicArn: m.TopicArn }, 'SNS reports this endpoint unsubscribed');
      return reply.code(200).send({ ok: true });
    }
    const objects = createdObjectsOf(parseJson(m.Message));
    if (!objects) throw new DoorRejection(400, 's3-event-malformed');
    const summary = await ingest(objects);
    logger.info({ door: 's3-events', via: 'sns', snsMessageId: m.MessageId, ...summary }, 's3 event handled');
    return reply.code(200).send({ objects: summary.objects });
  }

  async function handlePlain(req: FastifyRequest, reply: FastifyReply): Promise<unknown> {
    const plain = opts.plain;
    if (!plain) throw new DoorRejection(404, 'plain-events-not-enabled');
    if (plain.token !== undefined) {
      const presented = bearerToken(req.headers.authorization) ?? '';
      if (!safeEqualStrings(presented, plain.token)) throw new DoorRejection(401, 'unauthorized', { 'www-authenticate': 'Bearer' });
    }
    const objects = createdObjectsOf(parseJson(req.body));
    if (!objects) throw new DoorRejection(400, 's3-event-malformed');
    const summary = await ingest(objects);
    logger.info({ door: 's3-events', via: 'plain', ...summary }, 's3 event handled');
    return reply.code(200).send({ objects: summary.objects });
  }

  app.register((scope, _o, registered) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'string' }, (_req, body, done) => done(null, body));
    scope.post(S3_EVENTS_PATH, { bodyLimit: DEFAULTS.eventBodyLimit }, async (req, reply) => {
      const snsType = req.headers['x-amz-sns-message-type'];
      if (typeof snsType === 'string') return handleSns(req, reply, snsType);
      return handlePlain(req, reply);
    });
    registered();
  });
}
