import { parseEnv } from '../config/env.ts';
import { ConfigError, loadConfig } from '../config/load-config.ts';
import { listRejected, replayRejected, ReplayError } from '../intake/rejected.ts';
import { createContext } from '../runtime/context.ts';

const REPLAY_REFUSALS: Record<ReplayError['code'], string> = {
  'not-found': 'no rejected object with that id (see `quietline rejected list`)',
  'source-gone': 'its sealed copy is gone (deleted at the end of its keep period, or replayed already)',
  'unknown-mailbox': 'that practice/mailbox is not in the configuration',
  'too-large': 'it is larger than intake.maxBytes',
};

/** One line per kept rejected object, oldest first: identifiers, reason codes and sizes only. */
export async function rejectedList(): Promise<number> {
  const env = parseEnv();
  const config = loadConfig(env.QUIETLINE_CONFIG);
  const ctx = await createContext(config, env, { startEmbedded: false });
  try {
    const entries = await listRejected(ctx.store);
    for (const e of entries) {
      const where = e.practiceId ? `${e.practiceId}/${e.mailboxId ?? '-'}` : '-';
      console.log([e.id, e.at, e.reason, where, `${e.sizeBytes} bytes`, e.keepUntil ? `kept until ${e.keepUntil.slice(0, 10)}` : ''].join('  ').trimEnd());
    }
    console.log(`${entries.length} rejected object(s)`);
    return 0;
  } finally {
    await ctx.close();
  }
}

/** Registers a rejected object as a voicemail of the mailbox given; a running worker delivers it. */
export async function rejectedReplay(id: string, o: { practice: string; mailbox: string }): Promise<number> {
  const env = parseEnv();
  const config = loadConfig(env.QUIETLINE_CONFIG);
  if (!config.mailbox(o.practice, o.mailbox)) throw new ConfigError(`--practice/--mailbox: ${o.practice}/${o.mailbox} is not in ${config.path}`);
  const ctx = await createContext(config, env, { startEmbedded: false });
  try {
    const outcome = await replayRejected(
      { sealed: ctx.sealed, config, transcribeQueue: ctx.queues.transcribe, audit: ctx.audit, activity: ctx.activity, maxBytes: config.raw.intake.maxBytes },
      id,
      { practiceId: o.practice, mailboxId: o.mailbox },
    );
    console.log(`${id}: ${outcome === 'created' ? 'queued as a voicemail of' : 'already a voicemail; re-queued for'} ${o.practice}/${o.mailbox}`);
    return 0;
  } catch (err) {
    if (!(err instanceof ReplayError)) throw err;
    console.error(`quietline: cannot replay ${id}: ${REPLAY_REFUSALS[err.code]}`);
    return 1;
  } finally {
    await ctx.close();
  }
}
