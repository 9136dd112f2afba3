import type { Redis } from 'ioredis';
import { log } from '../services/common/log.ts';
import { reasonCode } from './attempts.ts';

/**
 * Crash-loop guard for the stages that run risky work on a recording (speech recognition, audio
 * masking). A recording that kills its worker process (the OOM killer, a native crash) never lets the
 * processor throw, so neither its retry logic nor its last-attempt fallback runs; BullMQ just hands the
 * job to the next worker, which dies the same way. Counting runs that started and never finished, per
 * voicemail and stage, lets the next run see the loop and skip the step that kills it.
 *
 * Redis holds `<prefix>:starts:<stage>:<voicemailId>`: identifiers and a number, no PHI.
 */

export const GUARDED_STAGES = ['transcribe', 'prepare', 'deliver'] as const;
export type GuardedStage = (typeof GUARDED_STAGES)[number];

/**
 * Earlier runs that died mid-way before the risky step is skipped: the third start after two deaths
 * skips it. One death is usually not the recording's fault (a deploy, a host lost); two in a row are.
 */
export const CRASHED_RUNS_LIMIT = 2;

/**
 * How long the count lives. Longer than any realistic gap between a crash and the next start (lock
 * expiry, stalled check, process restart, retry backoff), short enough that a forgotten key goes soon.
 */
export const STARTS_TTL_MS = 24 * 3_600_000;

/** For deliver, the id is `<voicemailId>-<recipientId>`: each recipient's email is its own run. */
export const startsKey = (prefix: string, stage: GuardedStage, voicemailId: string): string => `${prefix}:starts:${stage}:${voicemailId}`;

export interface GuardedRun {
  /** Earlier runs of this stage for this voicemail that started and never finished (their process died). */
  readonly crashedRuns: number;
  /** True once {@link CRASHED_RUNS_LIMIT} earlier runs died: skip the step that kills them. */
  readonly crashLooping: boolean;
  /** Call once the stage's result is stored: the count goes, crashed runs and all (nothing risky is left to run). */
  completed(): Promise<void>;
  /**
   * Call when the run ends, whether it succeeded or threw (a `finally`): it did not crash. A no-op
   * after {@link completed}. Neither throws: a count left too high only makes a later run more
   * careful, and the key expires.
   */
  finished(): Promise<void>;
}

export interface CrashGuard {
  start(stage: GuardedStage, voicemailId: string): Promise<GuardedRun>;
  /**
   * The process is leaving its running jobs behind on purpose (the shutdown bound was reached): they did
   * not die of their recording, so their counts are undone now. Otherwise two deploys during one long
   * recognition would count as two crashes, and the next run would send it out "transcript unavailable".
   */
  releaseRunning(): Promise<void>;
}

// INCR and refresh the TTL in one round trip; the count includes this run.
const START = `
local n = redis.call('INCR', KEYS[1])
redis.call('PEXPIRE', KEYS[1], ARGV[1])
return n`;

// Undo this run's INCR; the key goes when no unfinished run is left.
const FINISH = `
local n = redis.call('DECR', KEYS[1])
if n <= 0 then redis.call('DEL', KEYS[1]) end
return n`;

/** A run with nothing counted: no earlier deaths, nothing to clear. */
const FIRST_RUN: GuardedRun = { crashedRuns: 0, crashLooping: false, completed: () => Promise.resolve(), finished: () => Promise.resolve() };

export function redisCrashGuard(redis: Redis, prefix: string, ttlMs = STARTS_TTL_MS): CrashGuard {
  /** The `finished` of each run of this process that has not ended yet. */
  const running = new Set<() => Promise<void>>();
  return {
    async releaseRunning() {
      await Promise.all([...running].map((finish) => finish()));
    },
    async start(stage, voicemailId) {
      const key = startsKey(prefix, stage, voicemailId);
      let started: number;
      try {
        started = Number(await redis.eval(START, 1, key, String(ttlMs)));
      } catch (err) {
        // Fails open: a count Redis cannot give for a moment must not cost the job an attempt.
        log.warn({ stage, voicemailId, reason: reasonCode(err, 'redis-error') }, 'could not count this run; treating it as the first');
        return FIRST_RUN;
      }
      const crashedRuns = Math.max(0, started - 1);
      const crashLooping = crashedRuns >= CRASHED_RUNS_LIMIT;
      if (crashedRuns > 0) log.warn({ stage, voicemailId, crashedRuns, crashLooping }, 'earlier runs of this stage died mid-way');
      let done = false;
      const end = async (run: () => Promise<unknown>) => {
        if (done) return;
        done = true;
        running.delete(finished);
        await run().catch((err: unknown) => log.warn({ stage, voicemailId, reason: reasonCode(err, 'redis-error') }, 'could not update the run count'));
      };
      const finished = () => end(() => redis.eval(FINISH, 1, key));
      running.add(finished);
      return { crashedRuns, crashLooping, completed: () => end(() => redis.del(key)), finished };
    },
  };
}

/** For processors built without Redis (unit tests, benches): every run looks like the first. */
export const noCrashGuard: CrashGuard = { start: () => Promise.resolve(FIRST_RUN), releaseRunning: () => Promise.resolve() };
