import { readFile } from 'node:fs/promises';
import * as openpgp from 'openpgp';
import type { AlgorithmInfo, PrivateKey, PublicKey, Subkey } from 'openpgp';

/** PHI-free reason codes; safe for logs, ledger rows and operator dashboards. */
export type KeyProblem =
  | 'key-missing'
  | 'key-unreadable'
  | 'key-expired'
  | 'key-revoked'
  | 'key-no-encryption-subkey'
  | 'key-weak-rsa'
  | 'key-algorithm-refused'
  | 'key-v6-unsupported';

export type KeyWarning = 'key-expires-soon' | 'key-rfc9580-algorithm';

export interface KeyAccepted {
  ok: true;
  fingerprint: string;
  algorithm: string;
  bits?: number;
  curve?: string;
  /** Earliest of primary-key and encryption-subkey expiry; null = never. */
  expires: Date | null;
  daysLeft: number | null;
  warnings: KeyWarning[];
}

export interface KeyRefused {
  ok: false;
  reason: KeyProblem;
  fingerprint?: string;
  /** Technical, PHI-free detail such as "rsa 1024 bits" or "expired 2020-12-31". */
  detail?: string;
}

export type KeyCheck = KeyAccepted | KeyRefused;

/** Thrown where a caller needs an exception rather than a KeyCheck; message = reason code + identifiers. */
export class RecipientKeyError extends Error {
  constructor(
    readonly reason: KeyProblem,
    readonly ref?: string,
  ) {
    super(ref ? `${reason} (${ref})` : reason);
    this.name = 'RecipientKeyError';
  }
}

export class SigningKeyMissingError extends Error {
  constructor() {
    super('signing-key-missing');
    this.name = 'SigningKeyMissingError';
  }
}

export class SigningKeyUnreadableError extends Error {
  constructor() {
    super('signing-key-unreadable');
    this.name = 'SigningKeyUnreadableError';
  }
}

export class SigningKeyPassphraseError extends Error {
  constructor(readonly fingerprint: string) {
    super(`signing-key-passphrase-wrong (${fingerprint})`);
    this.name = 'SigningKeyPassphraseError';
  }
}

export class SigningKeyUnusableError extends Error {
  constructor(
    readonly fingerprint: string,
    readonly reason: string,
  ) {
    super(`signing-key-unusable: ${reason} (${fingerprint})`);
    this.name = 'SigningKeyUnusableError';
  }
}

const EXPIRY_WARNING_DAYS = 30;
const DAY_MS = 86_400_000;
const MIN_RSA_BITS = 2048;

const ACCEPTED_CURVES = new Set<string>([
  'curve25519Legacy',
  'ed25519Legacy',
  'nistP256',
  'nistP384',
  'nistP521',
  'brainpoolP256r1',
  'brainpoolP384r1',
  'brainpoolP512r1',
]);

/** RFC 9580 native curve algorithms: valid, but GnuPG 2.2 and other older clients cannot use them. */
const RFC9580_ALGORITHMS = new Set<string>(['x25519', 'ed25519', 'x448', 'ed448']);

/** Lets openpgp find an encryption key it would otherwise reject, so we can say *why* it is refused. */
const PERMISSIVE_CONFIG: openpgp.Config = {
  ...openpgp.config,
  rejectPublicKeyAlgorithms: new Set(),
  rejectCurves: new Set(),
  minRSABits: 0,
};

function isMissingFile(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR';
}

async function parseKey(bytes: Buffer): Promise<openpgp.Key> {
  const text = bytes.toString('utf8');
  return text.includes('-----BEGIN PGP')
    ? openpgp.readKey({ armoredKey: text })
    : openpgp.readKey({ binaryKey: new Uint8Array(bytes) });
}

/**
 * Reads a recipient's public key (armored or binary). A private key file is accepted and reduced to
 * its public part so secret material never travels further than this function.
 * @throws RecipientKeyError with 'key-missing' or 'key-unreadable'
 */
export async function loadPublicKeyFile(path: string, ref?: string): Promise<PublicKey> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    throw new RecipientKeyError(isMissingFile(err) ? 'key-missing' : 'key-unreadable', ref);
  }
  try {
    const key = await parseKey(bytes);
    return key.isPrivate() ? key.toPublic() : key;
  } catch {
    throw new RecipientKeyError('key-unreadable', ref);
  }
}

export async function readPublicKeyArmored(armored: string, ref?: string): Promise<PublicKey> {
  try {
    const key = await openpgp.readKey({ armoredKey: armored });
    return key.isPrivate() ? key.toPublic() : key;
  } catch {
    throw new RecipientKeyError('key-unreadable', ref);
  }
}

function algorithmProblem(info: AlgorithmInfo): { reason: KeyProblem; detail: string } | null {
  switch (info.algorithm) {
    case 'rsaEncryptSign':
    case 'rsaEncrypt':
    case 'rsaSign':
      return (info.bits ?? 0) < MIN_RSA_BITS ? { reason: 'key-weak-rsa', detail: `rsa ${info.bits ?? 0} bits` } : null;
    case 'ecdh':
    case 'ecdsa':
    case 'eddsaLegacy':
      return info.curve && ACCEPTED_CURVES.has(info.curve)
        ? null
        : { reason: 'key-algorithm-refused', detail: `${info.algorithm} ${info.curve ?? 'unknown-curve'}` };
    case 'x25519':
    case 'ed25519':
    case 'x448':
    case 'ed448':
      return null;
    case 'dsa':
    case 'elgamal':
      // Weak, and refused by openpgp v6 itself.
      return { reason: 'key-algorithm-refused', detail: info.algorithm };
    case 'aedh':
    case 'aedsa':
    case 'pqc_mlkem_x25519':
    case 'pqc_mldsa_ed25519':
      // Experimental or post-quantum: no practice mail client can decrypt these yet.
      return { reason: 'key-algorithm-refused', detail: info.algorithm };
    default:
      return { reason: 'key-algorithm-refused', detail: String(info.algorithm) };
  }
}

function toDate(expiry: Date | number | null): Date | null {
  return expiry instanceof Date ? expiry : null;
}

function earliest(...dates: (Date | null)[]): Date | null {
  const real = dates.filter((d): d is Date => d !== null);
  if (real.length === 0) return null;
  return real.reduce((a, b) => (a.getTime() <= b.getTime() ? a : b));
}

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Explains why no encryption subkey qualified, preferring the most actionable reason. */
async function diagnoseNoEncryptionKey(key: PublicKey, now: Date): Promise<{ reason: KeyProblem; detail?: string }> {
  try {
    const permissive = await key.getEncryptionKey(undefined, now, undefined, PERMISSIVE_CONFIG);
    const problem = algorithmProblem(permissive.getAlgorithmInfo());
    if (problem) return problem;
  } catch {
    // No encryption-capable key even when algorithm policy is ignored; look at subkey state below.
  }
  const subkeys: Subkey[] = key.getSubkeys();
  let revoked = 0;
  let expired: Date | null = null;
  for (const sub of subkeys) {
    // openpgp's typings require a signature argument; null means "any revocation signature".
    if (await sub.isRevoked(null as never, undefined as never, now)) {
      revoked++;
      continue;
    }
    const exp = toDate(await sub.getExpirationTime(now).catch(() => null));
    if (exp && exp.getTime() <= now.getTime()) expired = exp;
  }
  if (expired) return { reason: 'key-expired', detail: `subkey expired ${isoDay(expired)}` };
  if (subkeys.length > 0 && revoked === subkeys.length) return { reason: 'key-revoked', detail: 'all subkeys revoked' };
  return { reason: 'key-no-encryption-subkey' };
}

/**
 * Decides whether mail may be encrypted to this key at `now`. Order matters: a revoked or expired
 * key is reported as such even if it is also weak, because that is what the staff member must fix.
 */
export async function checkRecipientKey(key: PublicKey | null | undefined, now: Date = new Date()): Promise<KeyCheck> {
  if (!key) return { ok: false, reason: 'key-missing' };
  let fingerprint: string;
  try {
    fingerprint = key.getFingerprint().toUpperCase();
  } catch {
    return { ok: false, reason: 'key-unreadable' };
  }
  const refuse = (reason: KeyProblem, detail?: string): KeyRefused =>
    detail ? { ok: false, reason, fingerprint, detail } : { ok: false, reason, fingerprint };

  // GnuPG 2.2 and most practice mail clients cannot read v6 keys or the SEIPDv2 messages they imply.
  if (key.keyPacket.version !== 4) return refuse('key-v6-unsupported', `v${key.keyPacket.version}`);

  if (await key.isRevoked(undefined, undefined, now)) return refuse('key-revoked');

  let primaryExpiry: Date | null;
  try {
    primaryExpiry = toDate(await key.getExpirationTime());
  } catch {
    return refuse('key-unreadable', 'no valid self-signature');
  }
  if (primaryExpiry && primaryExpiry.getTime() <= now.getTime()) return refuse('key-expired', `expired ${isoDay(primaryExpiry)}`);

  try {
    await key.verifyPrimaryKey(now);
  } catch {
    // Not revoked and not expired, so the self-signatures themselves are unusable.
    return refuse('key-unreadable', 'no valid self-signature');
  }

  const primaryInfo = key.getAlgorithmInfo();
  const primaryProblem = algorithmProblem(primaryInfo);
  if (primaryProblem) return refuse(primaryProblem.reason, primaryProblem.detail);

  let encryptionKey: PublicKey | Subkey;
  try {
    encryptionKey = await key.getEncryptionKey(undefined, now);
  } catch {
    const diagnosis = await diagnoseNoEncryptionKey(key, now);
    return refuse(diagnosis.reason, diagnosis.detail);
  }
  const encInfo = encryptionKey.getAlgorithmInfo();
  const encProblem = algorithmProblem(encInfo);
  if (encProblem) return refuse(encProblem.reason, encProblem.detail);

  const subkeyExpiry =
    encryptionKey === key ? null : toDate(await (encryptionKey as Subkey).getExpirationTime(now).catch(() => null));
  const expires = earliest(primaryExpiry, subkeyExpiry);
  const daysLeft = expires ? Math.floor((expires.getTime() - now.getTime()) / DAY_MS) : null;

  const warnings: KeyWarning[] = [];
  if (daysLeft !== null && daysLeft <= EXPIRY_WARNING_DAYS) warnings.push('key-expires-soon');
  if (RFC9580_ALGORITHMS.has(primaryInfo.algorithm) || RFC9580_ALGORITHMS.has(encInfo.algorithm)) {
    warnings.push('key-rfc9580-algorithm');
  }

  const accepted: KeyAccepted = { ok: true, fingerprint, algorithm: primaryInfo.algorithm, expires, daysLeft, warnings };
  if (primaryInfo.bits !== undefined) accepted.bits = primaryInfo.bits;
  if (primaryInfo.curve !== undefined) accepted.curve = primaryInfo.curve;
  return accepted;
}

/** Loads and checks in one step; never throws for key problems. */
export async function checkRecipientKeyFile(
  path: string,
  now: Date = new Date(),
): Promise<(KeyAccepted & { key: PublicKey }) | KeyRefused> {
  let key: PublicKey;
  try {
    key = await loadPublicKeyFile(path);
  } catch (err) {
    if (err instanceof RecipientKeyError) return { ok: false, reason: err.reason };
    throw err;
  }
  const check = await checkRecipientKey(key, now);
  return check.ok ? { ...check, key } : check;
}

/**
 * Loads the service signing key. The passphrase is tried against the key itself so a wrong one is
 * reported as SigningKeyPassphraseError rather than as a generic openpgp failure at send time.
 */
export async function loadSigningKey(path: string, passphrase: string | undefined, now: Date = new Date()): Promise<PrivateKey> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    if (isMissingFile(err)) throw new SigningKeyMissingError();
    throw new SigningKeyUnreadableError();
  }
  return readSigningKey(bytes.toString('utf8'), passphrase, now);
}

export async function readSigningKey(armored: string, passphrase: string | undefined, now: Date = new Date()): Promise<PrivateKey> {
  let key: PrivateKey;
  try {
    key = await openpgp.readPrivateKey({ armoredKey: armored });
  } catch {
    throw new SigningKeyUnreadableError();
  }
  const fingerprint = key.getFingerprint().toUpperCase();
  let decrypted: PrivateKey = key;
  if (!key.isDecrypted()) {
    if (!passphrase) throw new SigningKeyPassphraseError(fingerprint);
    try {
      decrypted = await openpgp.decryptKey({ privateKey: key, passphrase });
    } catch {
      throw new SigningKeyPassphraseError(fingerprint);
    }
  }
  if (decrypted.keyPacket.version !== 4) throw new SigningKeyUnusableError(fingerprint, 'key-v6-unsupported');
  try {
    await decrypted.getSigningKey(undefined, now);
  } catch {
    throw new SigningKeyUnusableError(fingerprint, 'no-valid-signing-key');
  }
  return decrypted;
}
