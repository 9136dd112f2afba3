import { spawn } from 'node:child_process';
import type { Readable } from 'node:stream';

export interface RunToolOptions {
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Stdout beyond this is dropped (the result says so); protects memory from runaway tools. */
  maxStdoutBytes?: number;
  /** Stderr is kept only as a bounded tail, for diagnosis by reason code, never for messages. */
  maxStderrBytes?: number;
  /** When given, stdout is handed to this consumer instead of being collected. */
  consumeStdout?: (stdout: Readable) => Promise<void>;
}

export interface RunToolResult {
  exitCode: number | null;
  killedBy: NodeJS.Signals | null;
  stdout: string;
  stdoutTruncated: boolean;
  stderr: string;
  timedOut: boolean;
  aborted: boolean;
  /** Set when the process could not be started (e.g. ENOENT). */
  spawnError?: NodeJS.ErrnoException;
  /** Set when consumeStdout rejected. */
  consumerError?: unknown;
}

/**
 * Runs a command-line tool without a shell, with a deadline and abort support. The child is killed
 * (SIGKILL: these tools hold no state worth a graceful exit) on timeout or abort; the promise
 * settles only after the process has exited, so callers can safely delete its files afterwards.
 */
export function runTool(cmd: string, args: readonly string[], opts: RunToolOptions = {}): Promise<RunToolResult> {
  const maxOut = opts.maxStdoutBytes ?? 64 * 1024 * 1024;
  const maxErr = opts.maxStderrBytes ?? 16 * 1024;
  return new Promise((resolve) => {
    const result: RunToolResult = {
      exitCode: null,
      killedBy: null,
      stdout: '',
      stdoutTruncated: false,
      stderr: '',
      timedOut: false,
      aborted: false,
    };
    if (opts.signal?.aborted) {
      result.aborted = true;
      resolve(result);
      return;
    }
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const outChunks: Buffer[] = [];
    let outBytes = 0;
    let errTail = Buffer.alloc(0);
    let consumerDone: Promise<void> = Promise.resolve();

    if (opts.consumeStdout) {
      consumerDone = opts.consumeStdout(child.stdout).catch((err: unknown) => {
        result.consumerError = err;
        child.kill('SIGKILL');
      });
    } else {
      child.stdout.on('data', (chunk: Buffer) => {
        if (outBytes + chunk.length > maxOut) {
          result.stdoutTruncated = true;
          return;
        }
        outChunks.push(chunk);
        outBytes += chunk.length;
      });
    }
    child.stderr.on('data', (chunk: Buffer) => {
      errTail = Buffer.concat([errTail, chunk]);
      if (errTail.length > maxErr) errTail = errTail.subarray(errTail.length - maxErr);
    });

    const onAbort = (): void => {
      result.aborted = true;
      child.kill('SIGKILL');
    };
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    const timer =
      opts.timeoutMs !== undefined
        ? setTimeout(() => {
            result.timedOut = true;
            child.kill('SIGKILL');
          }, opts.timeoutMs)
        : undefined;

    let settled = false;
    const finish = (): void => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      void consumerDone.then(() => {
        result.stdout = Buffer.concat(outChunks).toString('utf8');
        result.stderr = errTail.toString('utf8');
        resolve(result);
      });
    };
    child.on('error', (err: NodeJS.ErrnoException) => {
      result.spawnError = err;
      finish();
    });
    child.on('close', (code, sig) => {
      result.exitCode = code;
      result.killedBy = sig;
      finish();
    });
  });
}
