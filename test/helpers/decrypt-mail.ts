/**
 * Reading delivered emails back in tests: the armored OpenPGP part, and the decrypted inner text.
 */
import { simpleParser } from 'mailparser';
import type { GnupgHome } from '../fixtures/keys-gen.ts';

const ARMOR = /-----BEGIN PGP MESSAGE-----[\s\S]+?-----END PGP MESSAGE-----/;
/** Every armored OpenPGP block (global, for stripping). */
export const ARMOR_BLOCKS = /-----BEGIN PGP MESSAGE-----[\s\S]+?-----END PGP MESSAGE-----/g;

/** The armored OpenPGP message inside a PGP/MIME email, or null. */
export function armoredBlock(raw: string | Buffer): string | null {
  const m = ARMOR.exec(typeof raw === 'string' ? raw : raw.toString('latin1'));
  return m ? m[0].replace(/\r\n/g, '\n') + '\n' : null;
}

/** The inner text (transcript and notes) of one email, or null when this GnuPG home cannot decrypt it. */
export async function decryptedInnerText(gnupg: GnupgHome, raw: string | Buffer): Promise<string | null> {
  const armored = armoredBlock(raw);
  if (!armored) return null;
  const res = await gnupg.decrypt(armored);
  if (res.code !== 0 || res.plaintext.length === 0) return null;
  const inner = await simpleParser(res.plaintext);
  return [inner.subject ?? '', inner.text ?? ''].join('\n');
}

/** Decrypted inner texts of up to `limit` emails (those this home can read), for the sweep's positive control. */
export async function decryptedInnerTexts(gnupg: GnupgHome, raws: (string | Buffer)[], limit = 12): Promise<string[]> {
  const out: string[] = [];
  for (const raw of raws.slice(0, limit)) {
    const t = await decryptedInnerText(gnupg, raw).catch(() => null);
    if (t !== null) out.push(t);
  }
  return out;
}
