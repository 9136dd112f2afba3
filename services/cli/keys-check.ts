import { parseEnv } from '../config/env.ts';
import { loadConfig } from '../config/load-config.ts';
import { checkRecipientKeyFile, loadSigningKey } from '../pgp/keys.ts';

/** Prints one line per recipient: where, fingerprint, algorithm, expiry, days left or the problem. */
export async function keysCheck(): Promise<number> {
  const env = parseEnv();
  const config = loadConfig(env.QUIETLINE_CONFIG);
  let bad = 0;
  const sk = config.raw.service.signingKey;
  try {
    const key = await loadSigningKey(config.resolvePath(sk.file), process.env[sk.passphraseEnv]);
    console.log(`signing key  OK  ${key.getFingerprint().toUpperCase()}`);
  } catch (err) {
    bad++;
    console.log(`signing key  UNUSABLE  ${(err as Error).message}`);
  }
  for (const { practice, mailbox, recipient } of config.allRecipients()) {
    const where = `${practice.id}/${mailbox.id}/${recipient.id} <${recipient.email}>`;
    const c = await checkRecipientKeyFile(config.resolvePath(recipient.key));
    if (!c.ok) {
      bad++;
      console.log(`${where}  UNUSABLE  ${c.reason}${c.detail ? ` (${c.detail})` : ''}${c.fingerprint ? `  ${c.fingerprint}` : ''}`);
      continue;
    }
    const expiry = c.expires ? `expires ${c.expires.toISOString().slice(0, 10)} (${c.daysLeft} days left)` : 'no expiry';
    const alg = `${c.algorithm}${c.bits ? ` ${c.bits}` : ''}${c.curve ? ` ${c.curve}` : ''}`;
    const warn = c.warnings.includes('key-expires-soon') ? '  WARNING: expires within 30 days' : '';
    console.log(`${where}  OK  ${c.fingerprint}  ${alg}  ${expiry}${warn}`);
  }
  return bad > 0 ? 1 : 0;
}
