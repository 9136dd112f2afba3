import { parseEnv, type QuietlineEnv } from '../config/env.ts';
import { ConfigError, loadConfig, type LoadedConfig } from '../config/load-config.ts';
import { log } from '../common/log.ts';
import { checkRecipientKeyFile } from '../pgp/keys.ts';
import { createContext, type AppContext } from '../runtime/context.ts';
import { engineResolver } from '../runtime/engines.ts';
import { claimScratchRoot } from '../runtime/scratch-dir.ts';
import { ROLES, startWorkers, type Role } from '../../workers/runner.ts';

export interface RunningQuietline {
  ctx: AppContext;
  dashboardUrl?: string;
  stop(): Promise<void>;
}

/** Start-up key check: unusable keys are reported (by mailbox and recipient id) but do not stop the others. */
async function reportKeys(config: LoadedConfig): Promise<void> {
  for (const { practice, mailbox, recipient } of config.allRecipients()) {
    const c = await checkRecipientKeyFile(config.resolvePath(recipient.key));
    const where = { practiceId: practice.id, mailboxId: mailbox.id, recipientId: recipient.id };
    if (!c.ok) log.error({ ...where, reason: c.reason }, 'recipient key unusable: this recipient will receive nothing until it is replaced');
    else if (c.warnings.includes('key-expires-soon')) log.warn({ ...where, fingerprint: c.fingerprint, daysLeft: c.daysLeft }, 'recipient key expires soon');
  }
}

async function startDoors(ctx: AppContext, config: LoadedConfig) {
  const [{ startIntakeDoors }, { doorsOptionsFromConfig }] = await Promise.all([import('../intake/doors/index.ts'), import('../intake/doors/from-config.ts')]);
  return startIntakeDoors(ctx, doorsOptionsFromConfig(config));
}

export async function startQuietline(role: Role, opts: { env?: QuietlineEnv; config?: LoadedConfig } = {}): Promise<RunningQuietline> {
  const env = opts.env ?? parseEnv();
  const config = opts.config ?? loadConfig(env.QUIETLINE_CONFIG);
  // Only the all-in-one process runs the embedded servers; other roles on the same machine connect to them.
  const ctx = await createContext(config, env, { startEmbedded: role === 'all' });
  if (role === 'all' || role === 'worker') await reportKeys(config);
  // A part that cannot start (a door's secret missing, a port taken, no dashboard token on a public
  // address) stops start-up as a whole: what already started is closed, so the process exits instead
  // of processing jobs half-configured while a supervisor shows it "up".
  let workers: Awaited<ReturnType<typeof startWorkers>> | null = null;
  let doors: Awaited<ReturnType<typeof startDoors>> | null = null;
  let dashboard: { url: string; close(): Promise<void> } | null = null;
  try {
    workers =
      role === 'dashboard'
        ? null
        : await startWorkers(ctx, role, {
            engineFor: engineResolver(ctx),
            concurrency: env.WORKER_CONCURRENCY,
            backoffBaseMs: env.DELIVER_BACKOFF_MS,
            lockDurationMs: env.WORKER_LOCK_DURATION_MS,
            stalledIntervalMs: env.WORKER_STALLED_INTERVAL_MS,
          });
    // Imported only by the roles that serve them: the HTTP/SMTP doors and the dashboard (fastify,
    // bull-board) are some 30 MB of a worker process that would never use them.
    doors = role === 'all' || role === 'intake' ? await startDoors(ctx, config) : null;
    dashboard =
      role === 'all' || role === 'dashboard'
        ? await (await import('../dashboard/server.ts')).startDashboard(ctx, { host: env.DASHBOARD_HOST, port: env.DASHBOARD_PORT, ...(env.DASHBOARD_TOKEN ? { token: env.DASHBOARD_TOKEN } : {}) })
        : null;
  } catch (err) {
    await doors?.close().catch(() => undefined);
    await workers?.close(env.SHUTDOWN_TIMEOUT_SEC * 1000).catch(() => undefined);
    await ctx.close().catch(() => undefined);
    throw err;
  }
  log.info({ role, embeddedS3: Boolean(ctx.embedded.s3), embeddedSmtp: Boolean(ctx.embedded.smtp), dashboard: dashboard?.url }, 'quietline started');
  let stopping: Promise<void> | null = null;
  return {
    ctx,
    ...(dashboard ? { dashboardUrl: dashboard.url } : {}),
    stop: () =>
      (stopping ??= (async () => {
        await doors?.close();
        await workers?.close(env.SHUTDOWN_TIMEOUT_SEC * 1000);
        await dashboard?.close();
        await ctx.close();
      })()),
  };
}

export async function start(roleArg: string): Promise<number | undefined> {
  if (!(ROLES as readonly string[]).includes(roleArg)) throw new ConfigError(`--role: must be one of ${ROLES.join(', ')}`);
  // Before anything can make a work dir: from here on TMPDIR is this process's own scratch root.
  const scratch = await claimScratchRoot();
  let running: RunningQuietline;
  try {
    running = await startQuietline(roleArg as Role);
  } catch (err) {
    await scratch.release();
    // Whatever a half-started part left open must not keep the process alive after the error is shown.
    setTimeout(() => process.exit(), 1_000).unref();
    throw err;
  }
  if (running.ctx.embedded.mailDir && running.ctx.embedded.smtp) console.log(`embedded SMTP sink: delivered mail is stored in ${running.ctx.embedded.mailDir}`);
  if (running.dashboardUrl) console.log(`dashboard: ${running.dashboardUrl}`);
  await new Promise<void>((resolve) => {
    const onSignal = (sig: NodeJS.Signals) => {
      log.info({ signal: sig }, 'shutting down');
      void running.stop().then(resolve, (err: unknown) => {
        log.error({ reason: (err as Error).name }, 'error during shutdown');
        resolve();
      });
    };
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
  });
  await scratch.release();
  // Jobs abandoned at the shutdown bound may still hold sockets or child processes that would keep
  // the process alive past the bound promised to the supervisor; the timer ends it if they do.
  setTimeout(() => process.exit(), 1_000).unref();
  return 0;
}
