import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseEnv } from '../config/env.ts';
import { ConfigError, loadConfig } from '../config/load-config.ts';
import { CALLER_METADATA, callerAad } from '../intake/s3-scanner.ts';
import { createContext } from '../runtime/context.ts';
import { keys } from '../voicemail/object-keys.ts';

/**
 * Uploads a recording to S3 intake under a random name (never the caller's number or the original
 * file name). The caller number travels sealed in object metadata, which S3 does not encrypt.
 */
export async function submit(file: string, o: { practice: string; mailbox: string; caller?: string }): Promise<number> {
  const env = parseEnv();
  const config = loadConfig(env.QUIETLINE_CONFIG);
  if (!config.mailbox(o.practice, o.mailbox)) throw new ConfigError(`--practice/--mailbox: ${o.practice}/${o.mailbox} is not in ${config.path}`);
  const ctx = await createContext(config, env, { startEmbedded: false });
  try {
    const ext = extname(file).toLowerCase().replace(/[^.a-z0-9]/g, '').slice(0, 6);
    const key = keys.incoming(o.practice, o.mailbox, `${randomUUID()}${ext}`);
    const metadata = o.caller ? { [CALLER_METADATA]: ctx.sealed.sealString(o.caller, callerAad(key)) } : undefined;
    await ctx.store.put(key, await readFile(file), { contentType: 'application/octet-stream', ...(metadata ? { metadata } : {}) });
    console.log(key);
    return 0;
  } finally {
    await ctx.close();
  }
}
