import { readFileSync } from 'node:fs';

/**
 * The overview page: a static shell with its CSS and script inline (no CDN, no external asset),
 * filled in by the script from /api/overview. The shell holds no data, so nothing PHI-like can be
 * cached in it. overview.html carries three placeholders: __NONCE__ (CSP nonce of the inline style
 * and script), __CSRF_TOKEN__ and __REFRESH_MS__.
 */
const TEMPLATE = readFileSync(new URL('./overview.html', import.meta.url), 'utf8');

export function renderPage(opts: { nonce: string; csrfToken: string; refreshMs: number }): string {
  // Both values are generated here (base64 / base64url), never taken from a request.
  if (!/^[A-Za-z0-9+/=_-]+$/.test(opts.nonce) || !/^[A-Za-z0-9_-]+$/.test(opts.csrfToken)) throw new Error('page-token-invalid');
  return TEMPLATE.split('__NONCE__')
    .join(opts.nonce)
    .split('__CSRF_TOKEN__')
    .join(opts.csrfToken)
    .split('__REFRESH_MS__')
    .join(String(Math.trunc(opts.refreshMs)));
}
