import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import type { AfterHook, BeforeHook, IServerAdapter } from '@bull-board/api/typings/app';
import { FastifyAdapter } from '@bull-board/fastify';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../runtime/context.ts';
import { QUEUE_NAMES } from '../../workers/queues.ts';
import { identifiersOnly, reasonCode, safeJobId, safeJobName } from './phi-filter.ts';

/**
 * Job-level detail through bull-board, with its output passed through the same PHI gate as the
 * overview: payloads and return values reduced to identifiers, failure reasons to codes,
 * stack traces and job logs dropped (both can quote whatever a worker had in hand).
 */

function looksLikeJob(o: Record<string, unknown>): boolean {
  return 'id' in o && ('timestamp' in o || 'attempts' in o || 'failedReason' in o);
}

/** Walks a bull-board response body and scrubs every job found in it, wherever it is nested. */
export function scrubBoardBody(body: unknown, depth = 0): unknown {
  if (depth > 12 || body === null || typeof body !== 'object') return body;
  if (Array.isArray(body)) return body.map((v) => scrubBoardBody(v, depth + 1));
  const o = body as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const job = looksLikeJob(o);
  for (const [k, v] of Object.entries(o)) {
    if (job && k === 'stacktrace') out[k] = [];
    else if (job && (k === 'failedReason' || k === 'deferredFailure')) out[k] = typeof v === 'string' && v !== '' ? reasonCode(v) : v;
    else if (job && (k === 'data' || k === 'returnValue' || k === 'returnvalue')) out[k] = identifiersOnly(v);
    else if (job && k === 'id') out[k] = typeof v === 'string' ? safeJobId(v) : v;
    else if (job && k === 'name') out[k] = safeJobName(v);
    else if (job && k === 'progress') out[k] = typeof v === 'number' || typeof v === 'boolean' ? v : identifiersOnly(v);
    else if (job && k === 'opts' && v && typeof v === 'object') out[k] = scrubOpts(v as Record<string, unknown>);
    else out[k] = scrubBoardBody(v, depth + 1);
  }
  return out;
}

/** Job options are scheduling settings; only those are kept (a custom option could carry anything). */
const SHOWN_OPTS = new Set(['attempts', 'backoff', 'delay', 'priority', 'lifo', 'jobId', 'removeOnComplete', 'removeOnFail', 'timestamp', 'repeatJobKey']);
function scrubOpts(opts: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(opts).filter(([k]) => SHOWN_OPTS.has(k)).map(([k, v]) => [k, k === 'jobId' ? safeJobId(v) : v]));
}

export interface BoardOptions {
  basePath: string;
  /** DASHBOARD_BULLBOARD_ACTIONS: let bull-board retry, clean, pause... Default false (read-only). */
  actions: boolean;
}

export async function mountBullBoard(app: FastifyInstance, ctx: Pick<AppContext, 'queues'>, opts: BoardOptions): Promise<void> {
  const adapters = QUEUE_NAMES.map((name) => {
    const a = new BullMQAdapter(ctx.queues[name], { readOnlyMode: !opts.actions, allowRetries: opts.actions, displayName: name });
    a.setFormatter('data', (d: unknown) => identifiersOnly(d));
    a.setFormatter('returnValue', (d: unknown) => identifiersOnly(d));
    a.setFormatter('name', (job: { name?: unknown }) => safeJobName(job?.name));
    a.setFormatter('progress', (p: unknown) => (typeof p === 'number' || typeof p === 'boolean' ? p : identifiersOnly(p)));
    return a;
  });

  const before: BeforeHook = ({ method }) => {
    // Belt and braces: bull-board's read-only mode covers queue routes, not e.g. "pause all".
    if (!opts.actions && method.toLowerCase() !== 'get') return { allow: false, status: 405, errorKey: 'ERRORS.QUEUE_READ_ONLY' };
    return { allow: true };
  };
  const after: AfterHook = ({ route }, result) => {
    if (/\/logs$/.test(route)) return { ...result, body: [] };
    return { ...result, body: scrubBoardBody(result.body) } as typeof result;
  };

  const server = new FastifyAdapter();
  server.setBasePath(opts.basePath);
  createBullBoard({
    queues: adapters,
    // @bull-board/fastify pins its own copy of @bull-board/api, so tsc sees two unrelated adapter
    // types (the lint's type service resolves them as one and calls the cast unnecessary).
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
    serverAdapter: server as unknown as IServerAdapter,
    options: {
      uiConfig: { boardTitle: 'Quietline jobs', hideDocsLink: true, miscLinks: [{ text: 'Overview', url: '/' }] },
      handlerHooks: { before, after },
    },
  });
  // bull-board's own handler answers with the error's message, which could quote anything.
  server.setErrorHandler((err: Error & { statusCode?: number }) => ({
    status: typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 600 ? (err.statusCode as 500) : 500,
    body: { error: 'internal-error' },
  }));
  await app.register(server.registerPlugin(), { prefix: opts.basePath });
}
