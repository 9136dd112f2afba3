import type { JobsOptions } from 'bullmq';
import { z } from 'zod';

/**
 * The one catalogue of queues and their job payloads.
 * WARNING: renaming a queue strands every job waiting in it under the old name; drain first.
 * Payloads carry identifiers only. Caller numbers, names, transcripts and audio live sealed in S3.
 */
const id = z.string().regex(/^[A-Za-z0-9_-]{1,80}$/);

export const jobSchemas = {
  /** Lists incoming/ and turns each new object into a voicemail. Repeatable. */
  intake: z.object({ reason: z.enum(['schedule', 'manual', 'event']).default('schedule') }).strict(),
  /**
   * Downloads a recording a door was told about (a Twilio webhook) and registers it. The media URL
   * names the account and the recording (identifiers, no caller data), but stays out of logs. The
   * caller number the webhook carried is sealed in S3 meanwhile, never here.
   */
  fetch: z
    .object({
      voicemailId: id,
      practiceId: id,
      mailboxId: id,
      recordingSid: z.string().regex(/^RE[0-9a-fA-F]{32}$/),
      accountSid: z.string().regex(/^AC[0-9a-f]{32}$/),
      mediaUrl: z.string().url().max(500),
      receivedAt: z.string().datetime(),
    })
    .strict(),
  /** Normalises audio and runs speech recognition. */
  transcribe: z.object({ voicemailId: id, practiceId: id, mailboxId: id }).strict(),
  /** Masks PHI per the mailbox policy and prepares what every recipient's email carries. */
  prepare: z.object({ voicemailId: id, practiceId: id, mailboxId: id }).strict(),
  /** Encrypts and sends to one recipient. */
  deliver: z.object({ voicemailId: id, practiceId: id, mailboxId: id, recipientId: id }).strict(),
} as const;

export type QueueName = keyof typeof jobSchemas;
export const QUEUE_NAMES = Object.keys(jobSchemas) as QueueName[];
export type JobData<Q extends QueueName> = z.infer<(typeof jobSchemas)[Q]>;

/**
 * Retry and retention per queue. Completed jobs are kept a day so a deterministic job id still
 * deduplicates; failed ones two weeks, for operators.
 */
export const jobOptions: Record<QueueName, JobsOptions> = {
  intake: { attempts: 1, removeOnComplete: { age: 3600, count: 100 }, removeOnFail: { age: 86_400, count: 100 } },
  // 30 s doubling, 10 attempts: about 4 hours for the phone system's media store to come back.
  fetch: { attempts: 10, backoff: { type: 'exponential', delay: 30_000, jitter: 0.2 }, removeOnComplete: { age: 86_400, count: 10_000 }, removeOnFail: { age: 14 * 86_400 } },
  transcribe: { attempts: 3, backoff: { type: 'exponential', delay: 5_000 }, removeOnComplete: { age: 86_400, count: 10_000 }, removeOnFail: { age: 14 * 86_400 } },
  prepare: { attempts: 5, backoff: { type: 'exponential', delay: 5_000 }, removeOnComplete: { age: 86_400, count: 10_000 }, removeOnFail: { age: 14 * 86_400 } },
  // Only a fallback: prepare sets each deliver job's attempts from config delivery.attempts (same default,
  // services/config/schema.ts): 50 attempts span 10.6 to 21.2 hours, a relay outage of most of a day.
  deliver: { attempts: 50, backoff: { type: 'jitteredExponential', delay: 10_000 }, removeOnComplete: { age: 86_400, count: 10_000 }, removeOnFail: { age: 14 * 86_400 } },
};

/** Exponential backoff with full jitter, so a relay coming back is not hit by every job at once. */
export function backoffStrategy(attemptsMade: number, type?: string, baseMs = 10_000): number {
  const base = baseMs * 2 ** Math.max(0, attemptsMade - 1);
  const capped = Math.min(base, 30 * 60_000);
  return type === 'jitteredExponential' ? Math.round(capped / 2 + Math.random() * (capped / 2)) : capped;
}

/**
 * How long a deliver job keeps trying: the waits between its first and its last attempt add up to
 * between minMs and maxMs (each wait is jittered to half..full of its capped value). Time spent in the
 * attempts themselves (connection timeouts) comes on top.
 */
export function deliverRetryWindowMs(attempts: number, baseMs = 10_000): { minMs: number; maxMs: number } {
  let maxMs = 0;
  for (let made = 1; made < attempts; made++) maxMs += backoffStrategy(made, undefined, baseMs);
  return { minMs: maxMs / 2, maxMs };
}

/** Deterministic job ids (no ':' and never all digits, as BullMQ requires) make enqueueing idempotent. */
export const jobIds = {
  /** One fetch per recording, whatever number of webhooks announce it. */
  fetch: (recordingSid: string) => `fe-${recordingSid}`,
  transcribe: (voicemailId: string) => `tr-${voicemailId}`,
  prepare: (voicemailId: string) => `pr-${voicemailId}`,
  deliver: (voicemailId: string, recipientId: string) => `dl-${voicemailId}-${recipientId}`,
};

/** Parses a payload handed back by Redis; a malformed one is a permanent failure. */
export function parseJobData<Q extends QueueName>(queue: Q, data: unknown): JobData<Q> {
  const r = jobSchemas[queue].safeParse(data);
  if (!r.success) throw new MalformedJobError(queue);
  return r.data;
}

export class MalformedJobError extends Error {
  override readonly name = 'MalformedJobError';
  readonly code = 'job-malformed';
  constructor(queue: string) {
    super(`job-malformed: payload of a ${queue} job does not match its schema`);
  }
}
