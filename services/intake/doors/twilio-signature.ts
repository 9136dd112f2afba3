import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Twilio's X-Twilio-Signature for a form-encoded POST: base64 HMAC-SHA1, keyed with the auth token,
 * of the full URL followed by every POST parameter name and value, sorted by name (repeated names by
 * value), concatenated without separators.
 */
export function twilioSignature(authToken: string, url: string, params: readonly (readonly [string, string])[]): string {
  const sorted = [...params].sort(([ak, av], [bk, bv]) => (ak < bk ? -1 : ak > bk ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  const h = createHmac('sha1', authToken).update(url, 'utf8');
  for (const [k, v] of sorted) h.update(k, 'utf8').update(v, 'utf8');
  return h.digest('base64');
}

/**
 * The URL with and without its scheme's default port: Twilio's own validators accept either, because
 * which one Twilio signed depends on how the webhook URL was entered.
 */
export function urlVariants(url: string): string[] {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return [url];
  }
  const out = new Set([url]);
  const def = u.protocol === 'https:' ? '443' : u.protocol === 'http:' ? '80' : '';
  if (def) {
    const rest = url.slice(u.protocol.length + 2 + u.host.length);
    const userinfo = u.username ? `${u.username}${u.password ? ':' + u.password : ''}@` : '';
    out.add(`${u.protocol}//${userinfo}${u.hostname}${rest}`);
    out.add(`${u.protocol}//${userinfo}${u.hostname}:${def}${rest}`);
  }
  return [...out];
}

export function verifyTwilioSignature(authToken: string, url: string, params: readonly (readonly [string, string])[], presented: string): boolean {
  const got = Buffer.from(presented, 'utf8');
  let ok = false;
  for (const candidate of urlVariants(url)) {
    const want = Buffer.from(twilioSignature(authToken, candidate, params), 'utf8');
    if (want.length === got.length && timingSafeEqual(want, got)) ok = true;
  }
  return ok;
}
