import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { ApiKeyHash } from './options.ts';

export interface ApiKeyPrincipal {
  practiceId: string;
  keyId: string;
}

export type HmacVerdict = 'ok' | 'signature-malformed' | 'signature-expired' | 'signature-invalid';

const HEX64 = /^[0-9a-f]{64}$/;

/**
 * Finds which practice's key was presented. Every configured hash is compared in constant time and
 * the loop never stops early, so response time does not depend on which key (if any) matched.
 */
export function identifyApiKey(apiKeys: Map<string, ApiKeyHash[]>, presented: string): ApiKeyPrincipal | null {
  const digest = createHash('sha256').update(presented, 'utf8').digest();
  let found: ApiKeyPrincipal | null = null;
  for (const [practiceId, list] of apiKeys) {
    for (const k of list) {
      const want = HEX64.test(k.sha256.toLowerCase()) ? Buffer.from(k.sha256.toLowerCase(), 'hex') : Buffer.alloc(32);
      const match = timingSafeEqual(digest, want) && HEX64.test(k.sha256.toLowerCase());
      if (match && !found) found = { practiceId, keyId: k.id };
    }
  }
  return found;
}

/** Parses "t=<unix>,v1=<hex>[,v1=<hex>...]"; null when malformed. */
export function parseSignatureHeader(header: string): { t: number; v1: string[] } | null {
  let t: number | undefined;
  const v1: string[] = [];
  for (const part of header.split(',')) {
    const eq = part.indexOf('=');
    if (eq < 0) return null;
    const k = part.slice(0, eq).trim();
    const v = part.slice(eq + 1).trim();
    if (k === 't') {
      if (!/^\d{1,12}$/.test(v)) return null;
      t = Number(v);
    } else if (k === 'v1') {
      if (!HEX64.test(v.toLowerCase())) return null;
      v1.push(v.toLowerCase());
    }
  }
  return t === undefined || v1.length === 0 ? null : { t, v1 };
}

/** The v1 signature of a body: hex HMAC-SHA256(secret, t + "." + body). */
export function signBody(secret: string, t: number, body: Buffer): string {
  return createHmac('sha256', secret).update(`${t}.`).update(body).digest('hex');
}

/**
 * Checks X-Quietline-Signature against every secret of the practice (rotation) and every v1 given.
 * The timestamp bounds replays; replaying within the window only re-submits a deduplicated voicemail.
 */
export function verifyHmac(secrets: string[], header: string, body: Buffer, nowSec: number, toleranceSec: number): HmacVerdict {
  const parsed = parseSignatureHeader(header);
  if (!parsed) return 'signature-malformed';
  if (Math.abs(nowSec - parsed.t) > toleranceSec) return 'signature-expired';
  let ok = false;
  for (const secret of secrets) {
    const want = Buffer.from(signBody(secret, parsed.t, body), 'hex');
    for (const v of parsed.v1) {
      if (timingSafeEqual(want, Buffer.from(v, 'hex'))) ok = true;
    }
  }
  return ok ? 'ok' : 'signature-invalid';
}

/** The key after "Bearer ", or null. */
export function bearerToken(authorization: string | undefined): string | null {
  const m = /^Bearer\s+(\S{1,512})\s*$/i.exec(authorization ?? '');
  return m?.[1] ?? null;
}

/** Constant-time equality of two strings of any length. */
export function safeEqualStrings(a: string, b: string): boolean {
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb) && a.length === b.length;
}
