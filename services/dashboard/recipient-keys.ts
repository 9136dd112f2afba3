import type { LoadedConfig } from '../config/load-config.ts';
import { checkRecipientKeyFile, loadSigningKey, type KeyCheck } from '../pgp/keys.ts';
import { reasonCode } from './phi-filter.ts';

/**
 * Recipient keys that need a staff member's attention. Only practice, mailbox and recipient ids and
 * the key fingerprint are reported: never the address, name or user ID on the key.
 */
export interface KeyAttention {
  practiceId: string;
  mailboxId: string;
  recipientId: string;
  fingerprint: string | null;
  /** 'key-expires-soon' for a usable key near its end, else the refusal reason code. */
  problem: string;
  usable: boolean;
  daysLeft: number | null;
  expires: string | null;
}

/**
 * The service's signing key: every email is signed with it, so when it expires or cannot be opened
 * every delivery fails. Checked with the recipients' keys; listed in `attention` as recipient
 * "signing-key" of practice "(service)" when it needs someone.
 */
export interface SigningKeyState {
  usable: boolean;
  fingerprint: string | null;
  /** Null when it never expires (or cannot be read). */
  daysLeft: number | null;
  /** Reason code when unusable. */
  problem: string | null;
}

export const SIGNING_KEY_ROW = { practiceId: '(service)', mailboxId: '-', recipientId: 'signing-key' } as const;

const DAY_MS = 86_400_000;

async function checkSigningKey(config: LoadedConfig, now: Date): Promise<SigningKeyState> {
  const sk = config.raw.service.signingKey;
  try {
    const key = await loadSigningKey(config.resolvePath(sk.file), process.env[sk.passphraseEnv], now);
    const expires = await key.getExpirationTime();
    const daysLeft = expires instanceof Date ? Math.floor((expires.getTime() - now.getTime()) / DAY_MS) : null;
    return { usable: true, fingerprint: key.getFingerprint().toUpperCase(), daysLeft, problem: null };
  } catch (err) {
    // The error's message starts with its code (e.g. "signing-key-passphrase-wrong (FPR)").
    const code = /^[a-z0-9-]+/.exec((err as Error).message)?.[0] ?? 'signing-key-unusable';
    return { usable: false, fingerprint: (err as { fingerprint?: string }).fingerprint ?? null, daysLeft: null, problem: reasonCode(code) };
  }
}

export interface KeyReport {
  checkedAt: number;
  total: number;
  signing: SigningKeyState;
  attention: KeyAttention[];
  /** Fewest days left over all usable keys that expire; null when none expires. */
  minDaysLeft: number | null;
  unusable: number;
}

export const EXPIRY_ATTENTION_DAYS = 30;

export async function checkConfiguredKeys(config: LoadedConfig, now = new Date()): Promise<KeyReport> {
  const all = config.allRecipients();
  const attention: KeyAttention[] = [];
  let minDaysLeft: number | null = null;
  let unusable = 0;
  // Sequential: a config has tens of keys, and parsing them in parallel only spikes CPU.
  for (const { practice, mailbox, recipient } of all) {
    const ids = { practiceId: practice.id, mailboxId: mailbox.id, recipientId: recipient.id };
    const r: KeyCheck = await checkRecipientKeyFile(config.resolvePath(recipient.key), now).catch((): KeyCheck => ({ ok: false, reason: 'key-unreadable' }));
    if (!r.ok) {
      unusable++;
      attention.push({ ...ids, fingerprint: r.fingerprint ?? null, problem: reasonCode(r.reason), usable: false, daysLeft: null, expires: null });
      continue;
    }
    if (r.daysLeft !== null) minDaysLeft = minDaysLeft === null ? r.daysLeft : Math.min(minDaysLeft, r.daysLeft);
    if (r.daysLeft !== null && r.daysLeft <= EXPIRY_ATTENTION_DAYS) {
      attention.push({ ...ids, fingerprint: r.fingerprint, problem: 'key-expires-soon', usable: true, daysLeft: r.daysLeft, expires: r.expires?.toISOString() ?? null });
    }
  }
  const signing = await checkSigningKey(config, now);
  if (!signing.usable) {
    unusable++;
    attention.push({ ...SIGNING_KEY_ROW, fingerprint: signing.fingerprint, problem: signing.problem ?? 'signing-key-unusable', usable: false, daysLeft: null, expires: null });
  } else if (signing.daysLeft !== null && signing.daysLeft <= EXPIRY_ATTENTION_DAYS) {
    attention.push({ ...SIGNING_KEY_ROW, fingerprint: signing.fingerprint, problem: 'key-expires-soon', usable: true, daysLeft: signing.daysLeft, expires: new Date(now.getTime() + signing.daysLeft * DAY_MS).toISOString() });
  }
  attention.sort((a, b) => Number(a.usable) - Number(b.usable) || (a.daysLeft ?? 0) - (b.daysLeft ?? 0));
  return { checkedAt: now.getTime(), total: all.length, signing, attention, minDaysLeft, unusable };
}

/** Key files change rarely and parsing them costs CPU: re-check at most every `ttlMs`. */
export function cachedKeyReport(config: LoadedConfig, ttlMs = 5 * 60_000): () => Promise<KeyReport> {
  let current: { at: number; report: Promise<KeyReport> } | null = null;
  return () => {
    const now = Date.now();
    if (!current || now - current.at > ttlMs) {
      const report = checkConfiguredKeys(config);
      current = { at: now, report };
      report.catch(() => {
        current = null;
      });
    }
    return current.report;
  };
}
