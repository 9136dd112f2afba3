/**
 * The dashboard's PHI gate. Job failure reasons are reason codes by design and job payloads carry
 * identifiers only, but a bug elsewhere (a thrown Error with a caller number in its message, a
 * payload field someone added) must still not reach an operator's screen. Everything the
 * dashboard shows from Redis passes through these functions: an allow-list, not a deny-list.
 */

const REASON_CODE = /^[a-z0-9-]{1,80}$/;
/**
 * Errors from this codebase read "code: detail" or "code (ref)" with a hyphenated code; only that
 * shape yields its code. A bare lower-case first word ("maria: ...") is not taken for one.
 */
const CODE_THEN_DETAIL = /^([a-z0-9]+(?:-[a-z0-9]+)+)(?::\s| \()/;

/** A failure reason as shown: the code itself when it is one, else "other". */
export function reasonCode(reason: unknown): string {
  if (typeof reason !== 'string') return 'other';
  if (REASON_CODE.test(reason)) return reason;
  const m = CODE_THEN_DETAIL.exec(reason);
  return m?.[1] && m[1].length <= 80 ? m[1] : 'other';
}

const SHOWN_KEY = /(Id|id|status|reason|recipients|count)$/;
/**
 * Words that make a key PHI whatever its suffix says ("callerId", "patient_id"). Compared by word,
 * so "voicemailId" (not "mail") and "contextId" (not "text") stay shown.
 */
const NEVER_SHOWN_WORDS = new Set(['caller', 'phone', 'number', 'msisdn', 'ani', 'name', 'email', 'address', 'transcript', 'text', 'audio', 'body', 'dob', 'birth', 'patient', 'ssn', 'mrn']);

function keyWords(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}
/** Values shown: identifiers, codes and small numbers. No spaces, no '@', no '+' (phone numbers, addresses, sentences). */
const SHOWN_VALUE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,119}$/;
/** Identifiers here are slugs and hashes, never a bare run of digits; a phone number is one. */
const PHONE_LIKE = /^\d{7,}$/;
const MAX_DEPTH = 4;

function shownKey(key: string): boolean {
  return SHOWN_KEY.test(key) && !keyWords(key).some((w) => NEVER_SHOWN_WORDS.has(w));
}

function shownScalar(value: unknown, key: string): unknown {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'boolean' || value === null) return value;
  if (typeof value !== 'string') return undefined;
  if (/reason$/.test(key)) return reasonCode(value);
  return SHOWN_VALUE.test(value) && !PHONE_LIKE.test(value) ? value : '[hidden]';
}

function filterValue(value: unknown, key: string, depth: number): unknown {
  if (Array.isArray(value)) {
    if (depth >= MAX_DEPTH) return undefined;
    return value.slice(0, 100).map((v) => filterValue(v, key, depth + 1)).filter((v) => v !== undefined);
  }
  if (value && typeof value === 'object') return depth >= MAX_DEPTH ? undefined : filterObject(value as Record<string, unknown>, depth + 1);
  return shownScalar(value, key);
}

function filterObject(obj: Record<string, unknown>, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) {
    if (!shownKey(k)) continue;
    const f = filterValue(v, k, depth);
    if (f !== undefined) out[k] = f;
  }
  return out;
}

/**
 * Job data or a return value reduced to identifier-like fields. Non-objects (a bare string
 * returned by a worker, say) are dropped entirely.
 */
export function identifiersOnly(data: unknown): Record<string, unknown> {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return {};
  return filterObject(data as Record<string, unknown>, 0);
}

/**
 * Job ids are built from identifiers (see jobIds in workers/queues.ts) or are BullMQ's own
 * counters; anything else is masked.
 */
export function safeJobId(id: unknown): string {
  return typeof id === 'string' && SHOWN_VALUE.test(id) ? id : '[hidden]';
}

/** A job name as shown: job names are code-like in this codebase. */
export function safeJobName(name: unknown): string {
  return typeof name === 'string' && /^[A-Za-z][A-Za-z0-9_.-]{0,59}$/.test(name) ? name : 'job';
}
