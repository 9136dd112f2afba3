import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Job } from 'bullmq';
import Fastify, { type FastifyReply } from 'fastify';
import { log } from '../common/log.ts';
import type { AppContext } from '../runtime/context.ts';
import { QUEUE_NAMES, type QueueName } from '../../workers/queues.ts';
import { createAuthPolicy, csrfMatches, isLoopbackHostHeader, isSameOrigin, newCsrfToken, readCookie, type Role } from './auth.ts';
import { mountBullBoard } from './bullboard.ts';
import { cachedHealth } from './health.ts';
import { createMetrics } from './metrics.ts';
import { collectOverview, type Overview } from './overview.ts';
import { renderPage } from './page.ts';
import { cachedKeyReport } from './recipient-keys.ts';
import { resolveSettings, type DashboardOptions } from './settings.ts';

export type { DashboardOptions } from './settings.ts';

export interface RunningDashboard {
  url: string;
  close(): Promise<void>;
}

const CSRF_COOKIE = 'ql_csrf';
const JOB_ID = /^[A-Za-z0-9_.:-]{1,200}$/;
/** Routes a load balancer or orchestrator probes without credentials; they reveal no data. */
const OPEN_PATHS = new Set(['/healthz', '/readyz']);
const BOARD_PATH = '/jobs';
const OVERVIEW_SHARE_MS = 1_000;
const BOARD_CSP = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

declare module 'fastify' {
  interface FastifyRequest {
    dashboardRole?: Role;
    dashboardAuthVia?: 'bearer' | 'basic' | 'open';
  }
}

function pathOf(url: string): string {
  const q = url.indexOf('?');
  return q < 0 ? url : url.slice(0, q);
}

function deny(reply: FastifyReply, status: number, error: string): FastifyReply {
  return reply.code(status).header('cache-control', 'no-store').send({ error });
}

/**
 * Starts the ops dashboard: overview at /, JSON at /api/overview, job detail (bull-board) at /jobs,
 * Prometheus metrics at /metrics, probes at /healthz and /readyz. See auth.ts for who may see and
 * do what, settings.ts for the environment variables.
 */
export async function startDashboard(ctx: AppContext, opts: DashboardOptions = {}): Promise<RunningDashboard> {
  const settings = resolveSettings(ctx, opts);
  // Throws before anything listens when a non-loopback bind has no token.
  const auth = createAuthPolicy({ host: settings.host, token: settings.token, operatorToken: settings.operatorToken });
  const health = cachedHealth(ctx);
  const keys = cachedKeyReport(ctx.config);
  const metrics = createMetrics(ctx, { health: () => health(), keys });
  const overviewSources = { ctx, health: () => health(), keys, silenceHours: settings.silenceHours };

  const app = Fastify({ logger: false, bodyLimit: 16 * 1024, trustProxy: false, return503OnClosing: true });
  app.decorateRequest('dashboardRole', undefined);
  app.decorateRequest('dashboardAuthVia', undefined);

  app.addHook('onRequest', async (req, reply) => {
    const path = pathOf(req.url);
    reply.header('x-content-type-options', 'nosniff').header('referrer-policy', 'no-referrer').header('x-frame-options', 'DENY');
    if (path === BOARD_PATH || path.startsWith(`${BOARD_PATH}/`)) reply.header('content-security-policy', BOARD_CSP);
    if (OPEN_PATHS.has(path)) return;
    if (!auth.required && !isLoopbackHostHeader(req.headers.host)) return deny(reply, 403, 'host-not-allowed');
    const who = auth.identify(req.headers.authorization);
    if (!who) {
      reply.header('www-authenticate', 'Basic realm="Quietline dashboard", charset="UTF-8"');
      return deny(reply, 401, 'unauthorized');
    }
    req.dashboardRole = who.role;
    req.dashboardAuthVia = who.via;
    if (req.method === 'GET' || req.method === 'HEAD') return;
    if (who.role !== 'operator') return deny(reply, 403, 'operator-role-required');
    // A bearer token is never attached by a browser on its own, so such a request cannot be forged.
    if (who.via !== 'bearer' && !isSameOrigin(req.headers)) return deny(reply, 403, 'cross-origin-refused');
  });

  app.setErrorHandler((err: { statusCode?: number; code?: string }, req, reply) => {
    // Framework messages can quote request content; only a status and a code go out.
    const status = typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 600 ? err.statusCode : 500;
    if (status >= 500) log.error({ route: req.routeOptions.url, code: err.code }, 'dashboard request failed');
    return deny(reply, status, status >= 500 ? 'internal-error' : 'bad-request');
  });

  app.get('/', async (req, reply) => {
    const nonce = randomBytes(16).toString('base64');
    const existing = readCookie(req.headers.cookie, CSRF_COOKIE);
    const csrfToken = existing && /^[A-Za-z0-9_-]{32}$/.test(existing) ? existing : newCsrfToken();
    return reply
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .header(
        'content-security-policy',
        `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'`,
      )
      .header('set-cookie', `${CSRF_COOKIE}=${csrfToken}; Path=/; HttpOnly; SameSite=Strict`)
      .send(renderPage({ nonce, csrfToken, refreshMs: settings.refreshMs }));
  });

  // Every open tab polls; one collection serves them all for a moment. Actions invalidate it.
  let shared: { at: number; overview: Promise<Overview> } | null = null;
  const overviewFor = async (role: Role): Promise<Overview> => {
    if (!shared || Date.now() - shared.at > OVERVIEW_SHARE_MS) {
      const overview = collectOverview(overviewSources, 'viewer');
      shared = { at: Date.now(), overview };
      overview.catch(() => {
        shared = null;
      });
    }
    return { ...(await shared.overview), viewer: { role, canAct: role === 'operator' } };
  };

  app.get('/api/overview', async (req, reply) => {
    const overview = await overviewFor(req.dashboardRole ?? 'viewer');
    return reply.header('cache-control', 'no-store').send(overview);
  });

  app.post<{ Params: { queue: string; jobId: string; action: string } }>('/api/jobs/:queue/:jobId/:action', async (req, reply) => {
    const { queue, jobId, action } = req.params;
    if (action !== 'retry' && action !== 'discard') return deny(reply, 404, 'no-such-action');
    if (req.dashboardAuthVia !== 'bearer' && !csrfMatches(req.headers['x-csrf-token'] as string | undefined, readCookie(req.headers.cookie, CSRF_COOKIE))) {
      return deny(reply, 403, 'csrf-token-invalid');
    }
    if (!(QUEUE_NAMES as string[]).includes(queue) || !JOB_ID.test(jobId)) return deny(reply, 404, 'job-not-found');
    const q = ctx.queues[queue as QueueName];
    const job = await Job.fromId(q, jobId);
    if (!job) return deny(reply, 404, 'job-not-found');
    const state = await job.getState();
    if (state !== 'failed') return deny(reply, 409, 'job-not-failed');
    if (action === 'retry') await job.retry('failed');
    else await job.remove();
    shared = null;
    log.info({ queue, jobId, action, role: req.dashboardRole }, 'dead letter handled from dashboard');
    return reply.header('cache-control', 'no-store').send({ ok: true, queue, jobId, action });
  });

  app.get('/metrics', async (_req, reply) => {
    await metrics.refresh();
    return reply.header('content-type', metrics.registry.contentType).header('cache-control', 'no-store').send(await metrics.registry.metrics());
  });

  app.get('/healthz', async (_req, reply) => reply.header('cache-control', 'no-store').send({ status: 'ok' }));

  app.get('/readyz', async (_req, reply) => {
    // Readiness wants a recent answer, but a probe storm must not become an SMTP connection storm.
    const report = await health(2_000);
    const failed = Object.entries(report).filter(([, h]) => !h.ok).map(([name]) => name);
    return reply
      .code(failed.length ? 503 : 200)
      .header('cache-control', 'no-store')
      .send({ status: failed.length ? 'unavailable' : 'ready', failed, checks: report });
  });

  await mountBullBoard(app, ctx, { basePath: BOARD_PATH, actions: settings.bullBoardActions });

  await app.listen({ host: settings.host, port: settings.port });
  const addr = app.server.address() as AddressInfo;
  const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  const url = `http://${host}:${addr.port}`;
  log.info({ url, auth: auth.required, bullBoardActions: settings.bullBoardActions }, 'dashboard listening');
  return {
    url,
    close: async () => {
      await app.close();
    },
  };
}
