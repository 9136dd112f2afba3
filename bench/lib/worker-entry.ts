/**
 * Bench-only worker process: the `worker` role with the fixed-transcript engine, so a bench can
 * measure a worker process without speech recognition. Same env as `quietline start --role worker`.
 */
import { parseEnv } from '../../services/config/env.ts';
import { loadConfig } from '../../services/config/load-config.ts';
import { log } from '../../services/common/log.ts';
import { createContext } from '../../services/runtime/context.ts';
import { startWorkers } from '../../workers/runner.ts';
import { FixedTranscriptEngine } from './engines.ts';

const env = parseEnv();
const ctx = await createContext(loadConfig(env.QUIETLINE_CONFIG), env, { startEmbedded: false });
const engine = new FixedTranscriptEngine();
const workers = await startWorkers(ctx, 'worker', { engineFor: () => engine, concurrency: env.WORKER_CONCURRENCY });
log.info({ role: 'worker', engine: engine.name }, 'quietline started');
const stop = async () => {
  await workers.close(env.SHUTDOWN_TIMEOUT_SEC * 1000);
  await ctx.close();
  process.exit(0);
};
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
