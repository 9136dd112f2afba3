/**
 * The one "poll with a deadline" of the tests and benches: no fixed sleeps, only a probe repeated until it
 * answers or the deadline passes. Two call shapes exist for historical reasons and both stay:
 * `waitFor` (probe answers null = not yet) and `waitUntil` (probe answers undefined or false = not yet,
 * re-exported as `waitFor` by dashboard-context.ts).
 */

export interface PollOptions {
  /** Default 100 ms. */
  everyMs?: number;
}

async function poll<T>(what: string, deadlineMs: number, probe: () => unknown, ready: (v: unknown) => boolean, everyMs: number): Promise<T> {
  const until = Date.now() + deadlineMs;
  for (;;) {
    const v = await probe();
    if (ready(v)) return v as T;
    if (Date.now() > until) throw new Error(`timed out after ${deadlineMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** Polls until `probe` returns non-null, or fails with `what` once the deadline passes. */
export function waitFor<T>(what: string, deadlineMs: number, probe: () => Promise<T | null> | T | null, everyMs = 100): Promise<T> {
  return poll<T>(what, deadlineMs, probe, (v) => v !== null, everyMs);
}

/** Polls until `check` returns a value other than undefined/false, or fails after `timeoutMs`. */
export function waitUntil<T>(what: string, check: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 20_000, opts: PollOptions = {}): Promise<T> {
  return poll<T>(what, timeoutMs, check, (v) => v !== undefined && v !== false, opts.everyMs ?? 100);
}
