import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { AppContext } from '../../runtime/context.ts';
import { DoorRejection } from './errors.ts';
import { OPENAPI_PATH, openApiDocument } from './openapi.ts';
import { DEFAULTS, type DoorsOptions, type HttpDoorOptions } from './options.ts';
import { mountS3Events } from './s3-events-route.ts';
import { mountTwilio } from './twilio-route.ts';
import { mountUpload } from './upload-route.ts';

/** Fastify's own client errors, mapped to reason codes (its messages can echo request content). */
const FASTIFY_CODES: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'body-too-large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported-media-type',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'body-empty',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'content-length-invalid',
  FST_ERR_CTP_INVALID_TYPE: 'content-type-invalid',
};

/** Builds the doors' HTTP app (not yet listening). */
export function buildDoorsApp(ctx: AppContext, opts: DoorsOptions, http: HttpDoorOptions, logger: Logger): FastifyInstance {
  const app = Fastify({
    logger: false,
    // The largest route limit; each route sets its own.
    bodyLimit: Math.max(opts.upload?.bodyLimit ?? DEFAULTS.uploadBodyLimit, DEFAULTS.eventBodyLimit),
    trustProxy: false,
    return503OnClosing: true,
  });

  app.addHook('onRequest', async (_req, reply) => {
    reply.header('x-content-type-options', 'nosniff').header('cache-control', 'no-store');
  });

  app.setErrorHandler((err: FastifyError | DoorRejection, req, reply) => {
    if (err instanceof DoorRejection) {
      for (const [k, v] of Object.entries(err.headers)) reply.header(k, v);
      if (err.status >= 500) logger.warn({ door: 'http', path: req.routeOptions.url, reason: err.code }, 'door request failed');
      return reply.code(err.status).send({ error: err.code });
    }
    const status = typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    if (status < 500) return reply.code(status).send({ error: FASTIFY_CODES[err.code] ?? 'bad-request' });
    // Only the error class and code: messages from storage or queue clients are not vetted for PHI.
    logger.error({ door: 'http', path: req.routeOptions.url, reason: err.name, code: err.code }, 'door request failed');
    return reply.code(503).send({ error: 'temporarily-unavailable' });
  });
  app.setNotFoundHandler((_req, reply) => reply.code(404).send({ error: 'not-found' }));

  app.get(OPENAPI_PATH, async (_req, reply) => reply.type('application/json').send(openApiDocument(http.publicUrl)));

  if (opts.s3Events?.sns || opts.s3Events?.plain) mountS3Events(app, ctx, opts.s3Events, logger);
  mountUpload(app, ctx, opts.upload ?? {}, logger);
  if (opts.twilio) mountTwilio(app, ctx, opts.twilio, http, logger);
  return app;
}

export async function listenDoors(app: FastifyInstance, http: HttpDoorOptions): Promise<string> {
  const host = http.host ?? DEFAULTS.httpHost;
  await app.listen({ host, port: http.port ?? DEFAULTS.httpPort });
  const addr = app.server.address() as AddressInfo;
  const h = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  return `http://${h}:${addr.port}`;
}
