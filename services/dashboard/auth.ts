import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Who may see the dashboard and who may act on jobs.
 *
 * - Bound to loopback (127.0.0.1, ::1, localhost) with no token set: open, and everyone is an
 *   operator (a developer's machine). Other 127/8 addresses count as non-loopback on purpose: they
 *   are usually a container or proxy address.
 * - Any other bind address needs a token; the dashboard refuses to start without one.
 * - Once any token is set it is always required, on every bind address.
 * - DASHBOARD_TOKEN alone: that token views and acts. DASHBOARD_OPERATOR_TOKEN alone: likewise.
 *   Both set: DASHBOARD_TOKEN views only, DASHBOARD_OPERATOR_TOKEN views and acts.
 * The token is accepted as "Authorization: Bearer <token>" or as the password of HTTP Basic auth
 * (any user name), so a browser can log in with its own password prompt.
 */

export type Role = 'viewer' | 'operator';

/** Refusal to start: listening beyond loopback without a token would publish the dashboard. */
export class DashboardAuthConfigError extends Error {
  override readonly name = 'DashboardAuthConfigError';
  readonly code = 'dashboard-token-required';
  constructor(host: string) {
    super(`dashboard-token-required: DASHBOARD_HOST=${host} is not loopback; set DASHBOARD_TOKEN (at least 16 characters) or bind to 127.0.0.1`);
  }
}

export class DashboardTokenTooShortError extends Error {
  override readonly name = 'DashboardTokenTooShortError';
  readonly code = 'dashboard-token-too-short';
  constructor(variable: string) {
    super(`dashboard-token-too-short: ${variable} must be at least 16 characters`);
  }
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '::1', '[::1]', 'localhost']);

export function isLoopbackBind(host: string): boolean {
  return LOOPBACK_HOSTS.has(host.toLowerCase());
}

function digest(s: string): Buffer {
  return createHash('sha256').update(s, 'utf8').digest();
}

/** Constant-time comparison; hashing first makes the lengths equal. */
export function tokenMatches(given: string, expectedDigest: Buffer): boolean {
  return timingSafeEqual(digest(given), expectedDigest);
}

export interface AuthPolicy {
  /** False only for loopback without any token. */
  readonly required: boolean;
  /** Role for a request, or null when it must be refused with 401. `via` says how it authenticated. */
  identify(authorization: string | undefined): { role: Role; via: 'bearer' | 'basic' | 'open' } | null;
}

export function createAuthPolicy(opts: { host: string; token?: string; operatorToken?: string }): AuthPolicy {
  for (const [name, t] of [
    ['DASHBOARD_TOKEN', opts.token],
    ['DASHBOARD_OPERATOR_TOKEN', opts.operatorToken],
  ] as const) {
    if (t !== undefined && t.length < 16) throw new DashboardTokenTooShortError(name);
  }
  const tokens: { digest: Buffer; role: Role }[] = [];
  if (opts.token && opts.operatorToken) {
    tokens.push({ digest: digest(opts.operatorToken), role: 'operator' }, { digest: digest(opts.token), role: 'viewer' });
  } else if (opts.token || opts.operatorToken) {
    tokens.push({ digest: digest((opts.token ?? opts.operatorToken) as string), role: 'operator' });
  }
  if (tokens.length === 0 && !isLoopbackBind(opts.host)) throw new DashboardAuthConfigError(opts.host);

  const required = tokens.length > 0;
  const roleOf = (presented: string): Role | null => {
    let found: Role | null = null;
    // Every token is compared, so timing does not reveal which one matched.
    for (const t of tokens) if (tokenMatches(presented, t.digest) && found === null) found = t.role;
    return found;
  };

  return {
    required,
    identify(authorization) {
      if (!required) return { role: 'operator', via: 'open' };
      const presented = parseAuthorization(authorization);
      if (!presented) return null;
      const role = roleOf(presented.secret);
      return role ? { role, via: presented.scheme } : null;
    },
  };
}

export function parseAuthorization(h: string | undefined): { scheme: 'bearer' | 'basic'; secret: string } | null {
  if (!h) return null;
  const m = /^(Bearer|Basic)\s+(\S+)\s*$/i.exec(h);
  if (!m?.[1] || !m[2]) return null;
  if (m[1].toLowerCase() === 'bearer') return { scheme: 'bearer', secret: m[2] };
  const decoded = Buffer.from(m[2], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? null : { scheme: 'basic', secret: decoded.slice(colon + 1) };
}

export function newCsrfToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Compares the CSRF header with the cookie in constant time. */
export function csrfMatches(header: string | undefined, cookie: string | undefined): boolean {
  if (!header || !cookie) return false;
  return timingSafeEqual(digest(header), digest(cookie));
}

export function readCookie(cookieHeader: string | undefined, name: string): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/**
 * Same-origin check for state-changing requests: Origin (sent by browsers on every POST/PUT) must
 * name the host the request was addressed to. Sec-Fetch-Site, when present, must agree.
 */
export function isSameOrigin(headers: { origin?: string; host?: string; 'sec-fetch-site'?: string }): boolean {
  const site = headers['sec-fetch-site'];
  if (site && site !== 'same-origin') return false;
  if (!headers.origin || !headers.host) return false;
  try {
    return new URL(headers.origin).host === headers.host;
  } catch {
    return false;
  }
}

/**
 * Without a token the dashboard relies on being reachable from this machine only; checking the
 * Host header as well stops DNS-rebinding pages from talking to it through the browser.
 */
export function isLoopbackHostHeader(host: string | undefined): boolean {
  if (!host) return false;
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.replace(/:\d+$/, '');
  return isLoopbackBind(name);
}
