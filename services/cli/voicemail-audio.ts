import { createReadStream } from 'node:fs';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { parseEnv } from '../config/env.ts';
import { ConfigError, loadConfig } from '../config/load-config.ts';
import { intakeKeys } from '../intake/intake-keys.ts';
import { signAndEncryptStream } from '../pgp/encrypt.ts';
import { checkRecipientKeyFile, loadSigningKey } from '../pgp/keys.ts';
import { createContext } from '../runtime/context.ts';
import { keys } from '../voicemail/object-keys.ts';

/**
 * When a recording could not go out with its email (too large even at the smallest size, or over
 * intake.maxBytes), the email tells staff that IT can get it, quoting the voicemail id. This is how:
 * the sealed recording, encrypted and signed for one configured recipient, written to a file that can
 * travel by any means (only that recipient's key opens it). Plain audio never leaves the scratch dir.
 */
export async function voicemailAudio(id: string, o: { recipient: string; out?: string }): Promise<number> {
  if (!/^[A-Za-z0-9_-]{1,120}$/.test(id)) throw new ConfigError('voicemail id: letters, digits, - and _ only');
  const env = parseEnv();
  const config = loadConfig(env.QUIETLINE_CONFIG);
  const entry = config.allRecipients().find((r) => r.recipient.id === o.recipient);
  if (!entry) throw new ConfigError(`--recipient: ${o.recipient} is not a recipient in ${config.path}`);
  const key = await checkRecipientKeyFile(config.resolvePath(entry.recipient.key));
  if (!key.ok) {
    console.error(`quietline: the key of ${o.recipient} cannot be used: ${key.reason}`);
    return 1;
  }
  const signingKey = await loadSigningKey(config.resolvePath(config.raw.service.signingKey.file), process.env[config.raw.service.signingKey.passphraseEnv]);
  const out = resolve(o.out ?? `${id}.audio.pgp`);
  const ctx = await createContext(config, env, { startEmbedded: false });
  const work = await mkdtemp(join(tmpdir(), 'ql-export-'));
  try {
    // A delivered voicemail's recording, or the kept original of one too large to process.
    const plain = join(work, 'audio');
    const found =
      (await ctx.sealed.getSealedToFile(keys.source(id), plain)) || (await ctx.sealed.getSealedToFile(intakeKeys.originalSealed(id), plain));
    if (!found) {
      console.error(`quietline: no recording kept for ${id} (never received, or deleted at the end of its keep period)`);
      return 1;
    }
    // 'wx': never overwrite a file that is already there.
    const file = await open(out, 'wx', 0o600);
    try {
      const input = Readable.toWeb(createReadStream(plain)) as ReadableStream<Uint8Array>;
      for await (const chunk of signAndEncryptStream(input, key.key, signingKey)) await file.write(chunk);
    } catch (err) {
      await file.close().catch(() => undefined);
      await rm(out, { force: true });
      throw err;
    }
    await file.close();
    console.log(`${out}: the recording of ${id}, encrypted to ${o.recipient} (key ${key.fingerprint}) and signed; open with: gpg --decrypt ${out} > ${id}.audio`);
    return 0;
  } finally {
    await rm(work, { recursive: true, force: true });
    await ctx.close();
  }
}
