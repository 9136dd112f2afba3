import type { Job } from 'bullmq';

/** True when this run is the job's last allowed attempt: a failure now is final. */
export function isLastAttempt(job: Job): boolean {
  return job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
}

/** A PHI-free reason code from any error: its `code` when it is one of ours, else a generic one. */
export function reasonCode(err: unknown, fallback = 'internal-error'): string {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[a-z0-9-]{2,60}$/.test(code) ? code : fallback;
}

/** True for our named errors that declare retrying pointless. */
export function isPermanent(err: unknown): boolean {
  return (err as { permanent?: unknown } | null)?.permanent === true;
}
