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
import { createContext, type AppContext } from '../runtime/context.ts';
import type { OriginalDue } from '../intake/oversize.ts';
import { policyTypes } from '../redaction/policy.ts';
import type { VoicemailRecord } from '../voicemail/record.ts';
import { keys } from '../voicemail/object-keys.ts';

/**
 * When a recording could not go out with its email (too large even at the smallest size, over
 * intake.maxBytes, or left out by a fallback), the email tells staff that IT can get it, quoting the
 * voicemail id. This is how: the kept recording, encrypted and signed for one recipient of that
 * voicemail's own mailbox, written to a file that can travel by any means (only that recipient's key
 * opens it). The masked attachment prepare made is used when there is one. Otherwise the original is
 * all there is; if the mailbox's policy masks anything, it is written only with `unmasked` (an
 * operator's deliberate release, recorded in the audit trail like every export). Plain audio never
 * leaves the scratch dir.
 */
export async function voicemailAudio(id: string, o: { recipient: string; out?: string; unmasked?: boolean }): Promise<number> {
  if (!/^[A-Za-z0-9_-]{1,120}$/.test(id)) throw new ConfigError('voicemail id: letters, digits, - and _ only');
  const env = parseEnv();
  const config = loadConfig(env.QUIETLINE_CONFIG);
  const signingKey = await loadSigningKey(config.resolvePath(config.raw.service.signingKey.file), process.env[config.raw.service.signingKey.passphraseEnv]);
  const out = resolve(o.out ?? `${id}.audio.pgp`);
  const ctx = await createContext(config, env, { startEmbedded: false });
  const work = await mkdtemp(join(tmpdir(), 'ql-export-'));
  try {
    const where = await mailboxOf(ctx, id);
    if (!where) {
      console.error(`quietline: no recording kept for ${id} (never received, or deleted at the end of its keep period)`);
      return 1;
    }
    const mailbox = config.mailbox(where.practiceId, where.mailboxId);
    const recipient = config.recipients(where.practiceId, where.mailboxId).find((r) => r.id === o.recipient);
    if (!mailbox || !recipient) {
      console.error(`quietline: ${o.recipient} is not a recipient of ${where.practiceId}/${where.mailboxId}, the mailbox of ${id}`);
      return 1;
    }
    const key = await checkRecipientKeyFile(config.resolvePath(recipient.key));
    if (!key.ok) {
      console.error(`quietline: the key of ${o.recipient} cannot be used: ${key.reason}`);
      return 1;
    }
    const plain = join(work, 'audio');
    let masked = true;
    if (!(await ctx.sealed.getSealedToFile(keys.packageAudio(id), plain))) {
      // No masked attachment: the original (a delivered voicemail's source, or a kept oversized original).
      const needsMasking = policyTypes(mailbox.policy, { maskProviders: mailbox.maskProviders }).size > 0;
      if (needsMasking && !o.unmasked) {
        console.error(
          `quietline: only the unmasked original of ${id} is kept, and ${where.practiceId}/${where.mailboxId} masks ${mailbox.policy} identifiers; add --unmasked to release it to ${o.recipient} anyway (recorded in the audit trail)`,
        );
        return 1;
      }
      masked = !needsMasking;
      const found =
        (await ctx.sealed.getSealedToFile(keys.source(id), plain)) || (await ctx.sealed.getSealedToFile(intakeKeys.originalSealed(id), plain));
      if (!found) {
        console.error(`quietline: no recording kept for ${id} (never received, or deleted at the end of its keep period)`);
        return 1;
      }
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
    await ctx.audit.append(id, { event: 'exported', recipientId: recipient.id, keyFingerprint: key.fingerprint, masked });
    console.log(
      `${out}: the ${masked ? 'recording' : 'UNMASKED original recording'} of ${id}, encrypted to ${o.recipient} (key ${key.fingerprint}) and signed; open with: gpg --decrypt ${out} > ${id}.audio`,
    );
    return 0;
  } finally {
    await rm(work, { recursive: true, force: true });
    await ctx.close();
  }
}

/** The voicemail's mailbox: from its record, or (once the record is purged) from its kept original's index entry. */
async function mailboxOf(ctx: AppContext, id: string): Promise<{ practiceId: string; mailboxId: string } | null> {
  const record = await ctx.sealed.getJson<VoicemailRecord>(keys.record(id));
  if (record) return { practiceId: record.practiceId, mailboxId: record.mailboxId };
  for (const o of await ctx.store.list(intakeKeys.originalsDuePrefix, { limit: 5_000 })) {
    if (!o.key.endsWith(`/${id}.json`)) continue;
    const raw = await ctx.store.get(o.key);
    const entry = raw ? (JSON.parse(raw.toString('utf8')) as OriginalDue) : null;
    if (entry?.practiceId && entry.mailboxId) return { practiceId: entry.practiceId, mailboxId: entry.mailboxId };
  }
  return null;
}
