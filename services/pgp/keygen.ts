import * as openpgp from 'openpgp';

export interface GenerateKeyPairInput {
  name: string;
  email: string;
  type: 'ecc' | 'rsa';
  /** RSA only; below 2048 is refused by openpgp and by checkRecipientKey anyway. */
  rsaBits?: number;
  /** Omitted or 0 = never expires. */
  expiresInDays?: number;
  /** Omitted = the private key is stored unprotected (fine for throw-away test keys only). */
  passphrase?: string;
  /** Creation time; defaults to now. */
  date?: Date;
}

export interface GeneratedKeyPair {
  privateKey: string;
  publicKey: string;
  revocationCertificate: string;
  fingerprint: string;
}

/**
 * GnuPG 2.2 reads only v4 keys with the legacy curve25519 encodings and has no AEAD (SEIPDv2), so
 * openpgp v6's newer defaults are switched off here: keys made by this helper work with every
 * mail client still in use at practices.
 */
const GNUPG22_COMPATIBLE: openpgp.PartialConfig = { v6Keys: false, aeadProtect: false };

export async function generateKeyPair(input: GenerateKeyPairInput): Promise<GeneratedKeyPair> {
  const base = {
    userIDs: [{ name: input.name, email: input.email }],
    keyExpirationTime: input.expiresInDays ? Math.round(input.expiresInDays * 86_400) : 0,
    format: 'armored' as const,
    config: GNUPG22_COMPATIBLE,
    ...(input.passphrase ? { passphrase: input.passphrase } : {}),
    ...(input.date ? { date: input.date } : {}),
  };
  const generated =
    input.type === 'rsa'
      ? await openpgp.generateKey({ ...base, type: 'rsa', rsaBits: input.rsaBits ?? 3072 })
      : await openpgp.generateKey({ ...base, type: 'ecc', curve: 'curve25519Legacy' });
  const pub = await openpgp.readKey({ armoredKey: generated.publicKey });
  return {
    privateKey: generated.privateKey,
    publicKey: generated.publicKey,
    revocationCertificate: generated.revocationCertificate,
    fingerprint: pub.getFingerprint().toUpperCase(),
  };
}
