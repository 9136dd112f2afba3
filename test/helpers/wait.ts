/** Polls until `probe` returns non-null, or fails with `what` once the deadline passes. No fixed sleeps. */
export async function waitFor<T>(what: string, deadlineMs: number, probe: () => Promise<T | null> | T | null, everyMs = 100): Promise<T> {
  const until = Date.now() + deadlineMs;
  for (;;) {
    const v = await probe();
    if (v !== null) return v;
    if (Date.now() > until) throw new Error(`timed out after ${deadlineMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
