import { createHmac } from 'node:crypto';

/**
 * X-Twilio-Signature as Twilio computes it (written from Twilio's documentation, independently of the
 * code under test): the full URL, then each POST parameter sorted by name with its value appended,
 * HMAC-SHA1 with the auth token, base64.
 */
export function twilioSign(authToken: string, url: string, params: Record<string, string>): string {
  const data = Object.keys(params)
    .sort()
    .reduce((acc, k) => acc + k + params[k], url);
  return createHmac('sha1', authToken).update(Buffer.from(data, 'utf8')).digest('base64');
}
