/**
 * Pieces for the crash-loop fault tests (test/faults-crash-loop.test.ts): command-line tools that kill
 * the worker process that runs them, as the OOM killer or a native crash would, and a loop that keeps
 * starting workers, as systemd or Docker would, until the voicemail is done.
 *
 * The tools live in a directory the test puts first on a child's PATH; nothing in Quietline refers to
 * them, so no production configuration can reach them.
 */
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { statusHas } from '../fixtures/keys-gen.ts';
import { keys } from '../../services/voicemail/object-keys.ts';
import { armoredBlock } from './decrypt-mail.ts';
import type { FaultStack } from './faults-stack.ts';
import type { QuietlineProcess } from './faults-worker.ts';
import { waitFor } from './wait.ts';

/**
 * A directory holding one executable per name that SIGKILLs its parent (the worker's node process:
 * tools are spawned without a shell) and fails. Put it first on PATH.
 */
export async function workerKillingTools(dir: string, names: string[]): Promise<string> {
  await mkdir(dir, { recursive: true });
  for (const name of names) {
    const path = join(dir, name);
    await writeFile(path, '#!/bin/sh\nkill -KILL "$PPID"\nexit 1\n');
    await chmod(path, 0o755);
  }
  return dir;
}

export interface CrashLoopRun {
  /** Workers that died before the voicemail was done, in order. */
  died: QuietlineProcess[];
  /** The worker running when it was done. */
  survivor: QuietlineProcess;
}

/**
 * Starts a worker with `env`; each time it dies, starts another, until the voicemail is complete (every
 * recipient served). Fails after `maxWorkers` workers or when one stage takes longer than `deadlineMs`.
 */
export async function restartUntilDone(stack: FaultStack, voicemailId: string, env: Record<string, string>, label: string, maxWorkers = 6, deadlineMs = 90_000): Promise<CrashLoopRun> {
  const died: QuietlineProcess[] = [];
  for (let i = 1; i <= maxWorkers; i++) {
    const w = await stack.spawnWorker(env, `${label}-${i}`);
    const r = await waitFor(`${label}-${i} to die or the voicemail to complete`, deadlineMs, async () => {
      if (await stack.ctx.store.head(keys.done(voicemailId))) return 'done' as const;
      return w.alive ? null : ('died' as const);
    }, 100);
    if (r === 'done') {
      await stack.waitForDone([voicemailId], 30_000);
      return { died, survivor: w };
    }
    died.push(w);
  }
  throw new Error(`${label}: still not done after ${maxWorkers} workers`);
}

/** The decrypted inner message of one email (the test's GnuPG home holds the recipients' keys). */
/** `text` is the inner plain-text body with white space collapsed. */
export async function decryptedMail(stack: FaultStack, raw: Buffer): Promise<{ mail: ParsedMail; text: string; validSig: boolean }> {
  const armored = armoredBlock(raw);
  if (!armored) throw new Error('no armored OpenPGP message in the email');
  const res = await stack.gnupg.decrypt(armored);
  if (!statusHas(res.status, 'DECRYPTION_OKAY')) throw new Error('the email did not decrypt');
  const sig = statusHas(res.status, 'VALIDSIG');
  const mail = await simpleParser(res.plaintext);
  // Plain-text bodies are wrapped: one space per run of white space, so a sentence matches whole.
  return { mail, text: (mail.text ?? '').replace(/\s+/g, ' '), validSig: Boolean(sig?.includes(stack.serviceFingerprint)) };
}
