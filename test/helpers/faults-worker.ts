/**
 * Runs `node bin/quietline.mjs start --role <role>` as a real child process, with its stdout and
 * stderr kept in memory (for readiness and for PHI sweeps), and lets a test SIGKILL or SIGTERM it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { waitFor } from './wait.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

export interface QuietlineProcess {
  readonly name: string;
  readonly pid: number;
  readonly role: string;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** Parsed pino lines from stdout. */
  logLines(): Record<string, unknown>[];
  /** Resolves with the exit code / signal. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
  readonly alive: boolean;
  waitForLog(msg: string, deadlineMs?: number): Promise<Record<string, unknown>>;
  signal(sig: NodeJS.Signals): void;
  /** SIGKILL to the node process only, as a crash or the OOM killer would. */
  crash(): Promise<void>;
  /** SIGTERM and wait for the exit; SIGKILL after `deadlineMs`. */
  stop(deadlineMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Kills whatever is left of the process group (orphaned ffmpeg / pocketsphinx after a crash). */
  reap(): void;
}

export async function spawnQuietline(role: 'worker' | 'intake' | 'all', env: Record<string, string>, opts: { name?: string; readyDeadlineMs?: number } = {}): Promise<QuietlineProcess> {
  const child: ChildProcess = spawn(process.execPath, ['bin/quietline.mjs', 'start', '--role', role], {
    cwd: REPO,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Own process group, so the test can reap orphaned tools after SIGKILLing the node process.
    detached: true,
  });
  const name = opts.name ?? `${role}-${child.pid ?? '?'}`;
  let out = '';
  let stdout = '';
  child.stdout?.on('data', (c: Buffer) => {
    out += c.toString('utf8');
    stdout += c.toString('utf8');
  });
  child.stderr?.on('data', (c: Buffer) => (out += c.toString('utf8')));
  let alive = true;
  const exited = once(child, 'exit').then(([code, signal]) => {
    alive = false;
    return { code: code as number | null, signal: signal as NodeJS.Signals | null, at: Date.now() };
  });
  const logLines = () =>
    stdout
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .flatMap((l) => {
        try {
          return [JSON.parse(l) as Record<string, unknown>];
        } catch {
          return [];
        }
      });
  const proc: QuietlineProcess = {
    name,
    pid: child.pid ?? -1,
    role,
    output: () => out,
    logLines,
    exited,
    get alive() {
      return alive;
    },
    waitForLog: (msg, deadlineMs = 30_000) =>
      waitFor(`"${msg}" from ${name}`, deadlineMs, () => {
        if (!alive) throw new Error(`${name} exited before logging "${msg}":\n${out.slice(-2000)}`);
        return logLines().find((l) => l.msg === msg) ?? null;
      }, 50),
    signal: (sig) => {
      if (alive) child.kill(sig);
    },
    async crash() {
      if (!alive) return;
      child.kill('SIGKILL');
      await exited;
    },
    async stop(deadlineMs = 20_000) {
      if (!alive) return exited;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), deadlineMs);
      const r = await exited;
      clearTimeout(timer);
      return r;
    },
    reap() {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* the group is already gone */
      }
    },
  };
  await proc.waitForLog('workers started', opts.readyDeadlineMs ?? 60_000);
  return proc;
}
