import { createVerify, X509Certificate, type KeyObject } from 'node:crypto';

/** An SNS message as posted to an HTTP(S) subscription. */
export interface SnsMessage {
  Type: 'Notification' | 'SubscriptionConfirmation' | 'UnsubscribeConfirmation';
  MessageId: string;
  TopicArn: string;
  Message: string;
  Timestamp: string;
  SignatureVersion: string;
  Signature: string;
  SigningCertURL: string;
  Subject?: string;
  SubscribeURL?: string;
  Token?: string;
}

const SNS_HOST = /^sns\.[a-z0-9-]+\.amazonaws\.com$/;
const TYPES = new Set(['Notification', 'SubscriptionConfirmation', 'UnsubscribeConfirmation']);

/** Parses and shape-checks an SNS message body; null when it is not one. */
export function parseSnsMessage(text: string): SnsMessage | null {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return null;
  }
  if (!v || typeof v !== 'object') return null;
  const m = v as Record<string, unknown>;
  const str = (k: string) => typeof m[k] === 'string';
  if (!TYPES.has(m.Type as string)) return null;
  for (const k of ['MessageId', 'TopicArn', 'Message', 'Timestamp', 'SignatureVersion', 'Signature', 'SigningCertURL']) if (!str(k)) return null;
  if (m.Subject !== undefined && m.Subject !== null && !str('Subject')) return null;
  if (m.Type !== 'Notification' && (!str('SubscribeURL') || !str('Token'))) return null;
  return m as unknown as SnsMessage;
}

/**
 * The string SNS signs, per the AWS documentation ("Verifying the signatures of Amazon SNS messages"):
 * "Name\nvalue\n" for a fixed list of fields in byte order; Subject only when present.
 */
export function snsStringToSign(m: SnsMessage): string {
  const fields =
    m.Type === 'Notification'
      ? ['Message', 'MessageId', ...(typeof m.Subject === 'string' ? ['Subject'] : []), 'Timestamp', 'TopicArn', 'Type']
      : ['Message', 'MessageId', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type'];
  return fields.map((f) => `${f}\n${(m as unknown as Record<string, string>)[f]}\n`).join('');
}

/**
 * Whether a URL may be fetched for SNS: HTTPS on sns.<region>.amazonaws.com, or a host the operator
 * allow-listed (hostname or hostname:port, HTTP or HTTPS).
 */
export function trustedSnsUrl(raw: string, allowedHosts: readonly string[]): URL | null {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return null;
  }
  if (u.username || u.password) return null;
  if (u.protocol === 'https:' && SNS_HOST.test(u.hostname) && (u.port === '' || u.port === '443')) return u;
  if ((u.protocol === 'https:' || u.protocol === 'http:') && (allowedHosts.includes(u.host) || allowedHosts.includes(u.hostname))) return u;
  return null;
}

export type SnsVerdict = 'ok' | 'sns-cert-url-untrusted' | 'sns-cert-unavailable' | 'sns-signature-version' | 'sns-signature-invalid';

/** Fetches SNS signing certificates once per URL and keeps their public keys. */
export class SnsCertCache {
  private readonly keys = new Map<string, { key: KeyObject; until: number }>();
  private readonly pending = new Map<string, Promise<KeyObject | null>>();

  constructor(
    private readonly allowedHosts: readonly string[],
    private readonly timeoutMs: number,
    private readonly maxEntries = 32,
  ) {}

  async publicKey(certUrl: string): Promise<KeyObject | 'untrusted' | null> {
    const u = trustedSnsUrl(certUrl, this.allowedHosts);
    if (!u || !u.pathname.endsWith('.pem')) return 'untrusted';
    const hit = this.keys.get(u.href);
    if (hit && hit.until > Date.now()) return hit.key;
    let p = this.pending.get(u.href);
    if (!p) {
      p = this.fetchKey(u).finally(() => this.pending.delete(u.href));
      this.pending.set(u.href, p);
    }
    return p;
  }

  private async fetchKey(u: URL): Promise<KeyObject | null> {
    try {
      const res = await fetch(u, { redirect: 'error', signal: AbortSignal.timeout(this.timeoutMs) });
      if (!res.ok) return null;
      const pem = await res.text();
      if (pem.length > 64 * 1024) return null;
      const cert = new X509Certificate(pem);
      const until = Date.parse(cert.validTo);
      if (!(until > Date.now()) || Date.parse(cert.validFrom) > Date.now()) return null;
      if (this.keys.size >= this.maxEntries) this.keys.delete(this.keys.keys().next().value as string);
      this.keys.set(u.href, { key: cert.publicKey, until });
      return cert.publicKey;
    } catch {
      return null;
    }
  }
}

/** Verifies an SNS message's signature: SignatureVersion 1 is RSA-SHA1, 2 is RSA-SHA256. */
export async function verifySnsMessage(m: SnsMessage, certs: SnsCertCache): Promise<SnsVerdict> {
  const algorithm = m.SignatureVersion === '1' ? 'RSA-SHA1' : m.SignatureVersion === '2' ? 'RSA-SHA256' : null;
  if (!algorithm) return 'sns-signature-version';
  const key = await certs.publicKey(m.SigningCertURL);
  if (key === 'untrusted') return 'sns-cert-url-untrusted';
  if (!key) return 'sns-cert-unavailable';
  const v = createVerify(algorithm);
  v.update(snsStringToSign(m), 'utf8');
  try {
    return v.verify(key, m.Signature, 'base64') ? 'ok' : 'sns-signature-invalid';
  } catch {
    return 'sns-signature-invalid';
  }
}
