import { extname } from 'node:path';
import type { Queue } from 'bullmq';
import type { LoadedConfig } from '../config/load-config.ts';
import { log } from '../common/log.ts';
import type { SealedStore } from '../storage/sealed-store.ts';
import type { AuditTrail } from '../audit/audit-trail.ts';
import type { ActivityRecorder } from '../dashboard/activity.ts';
import type { StoredObjectInfo } from '../storage/object-store.ts';
import { INCOMING_PREFIX, keys, parseIncomingKey } from '../voicemail/object-keys.ts';
import { OriginalChangedError, registerOversizedVoicemail } from './oversize.ts';
import { registerVoicemail, UnknownMailboxError, type NewVoicemail } from './register-voicemail.ts';
import { readExactly } from '../storage/s3-store.ts';
import { recordRejected } from './rejected.ts';
import { deleteIfUnchanged, sealCopyOf } from './seal-object.ts';
import { voicemailIdFor } from './voicemail-id.ts';

/** Object metadata naming the caller, sealed by `quietline submit` (S3 metadata is never encrypted at rest). */
export const CALLER_METADATA = 'ql-caller-sealed';
export const callerAad = (key: string) => `caller:${key}`;

export interface ScanDeps {
  sealed: SealedStore;
  config: LoadedConfig;
  transcribeQueue: Queue;
  audit: AuditTrail;
  activity: ActivityRecorder;
  maxBytes: number;
}

export interface ScanResult {
  /** Objects this scan worked on: at most its limit. */
  seen: number;
  created: number;
  duplicates: number;
  rejected: number;
  /** Objects that failed this time; each is tried again when a scan next reaches it. */
  failed: number;
  /** Passed over without a request: objects held back after repeated refusals, folder markers. */
  heldBack: number;
}

export type IngestOutcome = 'created' | 'duplicate' | 'rejected' | 'skipped';

/** Objects one scan works on; more wait for the next scan, which goes on where this one stopped. */
export const SCAN_LIMIT = 500;
/** Listing pages one scan may read past held-back objects before it stops looking. */
const MAX_PAGES_PER_SCAN = 10;
/** Refusals of one object in a row before it is held back and shown to operators. */
export const MAX_REFUSALS = 3;
/** How long a held-back object is passed over before it is tried again. */
export const HOLD_BACK_MS = 60 * 60_000;
/** Failing objects remembered per process, at most (the oldest are forgotten first). */
const MAX_TRACKED = 10_000;

/**
 * Where this process's scans are in the listing of incoming/, and which objects keep failing. The
 * position is an object key, which may name a caller: it stays in this process's memory, never in
 * Redis, a log or a job's return value. Lost on restart, the next scan simply starts from the top.
 */
interface ScanState {
  after: string | undefined;
  failing: Map<string, { refusals: number; retryAt: number }>;
}
const scanStates = new WeakMap<object, ScanState>();

function scanStateOf(deps: ScanDeps): ScanState {
  let state = scanStates.get(deps.sealed.store);
  if (!state) scanStates.set(deps.sealed.store, (state = { after: undefined, failing: new Map() }));
  return state;
}

/** The voicemail an incoming object becomes: deduplicated by key + ETag. */
export function incomingVoicemailId(deps: Pick<ScanDeps, 'sealed'>, obj: StoredObjectInfo): string {
  return voicemailIdFor(deps.sealed, 's3', `${obj.key}\n${obj.etag}`);
}

/**
 * One pass over incoming/: each object becomes exactly one voicemail (deduplicated by key + ETag), and
 * leaves incoming/ once its sealed copy is safe under a key made from the voicemail id; so does every
 * object that cannot become one (rejected, or too large: sealed copies, streamed). A scan works on at
 * most `limit` objects, starting after the last one the previous scan reached and starting over at
 * the end of the listing, so a listing of any length is drained over successive scans and an object
 * that stays (failing, or refused by S3) can never hide the ones after it. One object's failure does
 * not end the scan; an object S3 keeps refusing (access denied, archived) is held back after
 * MAX_REFUSALS passes, shown to operators, and tried again every HOLD_BACK_MS.
 */
export async function scanIncoming(deps: ScanDeps, opts: { limit?: number; now?: () => number } = {}): Promise<ScanResult> {
  const limit = Math.max(1, opts.limit ?? SCAN_LIMIT);
  const now = opts.now ?? Date.now;
  const state = scanStateOf(deps);
  const result: ScanResult = { seen: 0, created: 0, duplicates: 0, rejected: 0, failed: 0, heldBack: 0 };
  for (let pages = 0; pages < MAX_PAGES_PER_SCAN && result.seen < limit; pages++) {
    const page = await deps.sealed.store.list(INCOMING_PREFIX, { limit, ...(state.after ? { startAfter: state.after } : {}) });
    for (const obj of page) {
      if (result.seen >= limit) return result; // the rest is the next scan's, from here
      state.after = obj.key;
      const id = incomingVoicemailId(deps, obj);
      const failing = state.failing.get(id);
      if (obj.key.endsWith('/') || (failing && failing.retryAt > now())) {
        result.heldBack++;
        continue;
      }
      result.seen++;
      try {
        const outcome = await ingestObject(deps, obj);
        state.failing.delete(id);
        if (outcome === 'created') result.created++;
        else if (outcome === 'duplicate') result.duplicates++;
        else if (outcome === 'rejected') result.rejected++;
      } catch (err) {
        result.failed++;
        await noteFailure(deps, state, obj, id, err, now());
      }
    }
    if (page.length < limit) {
      state.after = undefined; // the end of the listing: the next scan starts from the top
      break;
    }
  }
  return result;
}

/** S3 refused this object itself (403 access denied or archived, 4xx): retrying soon will not help. */
function isRefusal(err: unknown): boolean {
  const status = (err as { $metadata?: { httpStatusCode?: unknown } } | null)?.$metadata?.httpStatusCode;
  return typeof status === 'number' && status >= 400 && status < 500;
}

/** A PHI-free name for an error: our codes, or the S3 error name (AccessDenied, InvalidObjectState). */
function errorCode(err: unknown): string {
  const e = err as { code?: unknown; name?: unknown } | null;
  if (typeof e?.code === 'string' && /^[a-z0-9-]{2,60}$/.test(e.code)) return e.code;
  if (typeof e?.name === 'string' && /^[A-Za-z]{2,60}$/.test(e.name)) return e.name;
  return 'internal-error';
}

/**
 * A failure is logged (ids and an error code only) and the object is tried again when a scan next
 * reaches it. Refusals by S3 are counted: at MAX_REFUSALS in a row the object is held back and shown
 * on the dashboard as object-unreadable; it stays in incoming/, untouched, for an operator. Other
 * failures (S3 or Redis unreachable, 5xx) are never counted: an outage must not hold objects back.
 */
async function noteFailure(deps: ScanDeps, state: ScanState, obj: StoredObjectInfo, id: string, err: unknown, at: number): Promise<void> {
  const refusal = isRefusal(err);
  const refusals = refusal ? (state.failing.get(id)?.refusals ?? 0) + 1 : 0;
  const heldBack = refusals >= MAX_REFUSALS;
  state.failing.delete(id); // re-inserted last: the map forgets the oldest first
  if (refusal) state.failing.set(id, { refusals, retryAt: heldBack ? at + HOLD_BACK_MS : 0 });
  if (state.failing.size > MAX_TRACKED) state.failing.delete(state.failing.keys().next().value!);
  const { practiceId, mailboxId } = configuredIds(deps, obj.key);
  const fields = { voicemailId: id, practiceId, mailboxId, error: errorCode(err), refusals };
  if (!heldBack) {
    log.warn(fields, 'incoming object could not be ingested; the next scan tries again');
    return;
  }
  if (refusals === MAX_REFUSALS) log.error(fields, 'incoming object refused repeatedly; held back and left in incoming/ for an operator');
  else log.warn(fields, 'held-back incoming object still refused; held back again');
  // Recorded on every held-back refusal (it counts once): one that fails here is made up for next time.
  await deps.activity
    .intakeIssue({ subjectId: id, ...(practiceId ? { practiceId } : {}), ...(mailboxId ? { mailboxId } : {}), reason: 'object-unreadable', outcome: 'rejected', at: new Date(at) })
    .catch((e: unknown) => log.warn({ voicemailId: id, error: errorCode(e) }, 'intake issue not recorded; retried at the next refusal'));
}

/**
 * Only ids the configuration knows are written down (marker, dashboard, log): a path segment of an
 * object key could be anything, a caller's number or name included.
 */
function configuredIds(deps: ScanDeps, key: string): { practiceId: string | undefined; mailboxId: string | undefined } {
  const where = parseIncomingKey(key);
  const practiceId = where && deps.config.practice(where.practiceId) ? where.practiceId : undefined;
  const mailboxId = where && practiceId && deps.config.mailbox(where.practiceId, where.mailboxId) ? where.mailboxId : undefined;
  return { practiceId, mailboxId };
}

export async function ingestObject(deps: ScanDeps, obj: StoredObjectInfo): Promise<IngestOutcome> {
  const store = deps.sealed.store;
  if (obj.key.endsWith('/')) return 'skipped';
  const id = incomingVoicemailId(deps, obj);
  const where = parseIncomingKey(obj.key);
  if (!where || !deps.config.mailbox(where.practiceId, where.mailboxId)) return reject(deps, obj, id, where ? 'unknown-mailbox' : 'bad-key-layout');
  if (obj.size > deps.maxBytes) return ingestOversized(deps, obj, id, where);
  // One GET gives the body, the version and the metadata (no HEAD first): a round trip per voicemail.
  const got = await store.getStream(obj.key);
  if (!got) return 'skipped';
  if (got.etag !== obj.etag) {
    got.body.destroy();
    return 'skipped'; // replaced since listing: the next scan sees the new one
  }
  const audio = await readExactly(got.body, got.size);
  const callerNumber = callerOf(deps, obj.key, got.metadata, id);
  try {
    const outcome = await registerVoicemail(deps, { ...voicemailOfObject(obj, id, where, callerNumber), audio });
    // Not a plain delete: a phone system that reused the file name meanwhile has left a new recording.
    await deleteIfUnchanged(deps.sealed, obj);
    return outcome;
  } catch (err) {
    if (err instanceof UnknownMailboxError) return reject(deps, obj, id, err.code);
    throw err;
  }
}

/** What a voicemail from an object under incoming/ is registered with, whichever way it is ingested. */
function voicemailOfObject(obj: StoredObjectInfo, id: string, where: { practiceId: string; mailboxId: string }, callerNumber: string | undefined): Omit<NewVoicemail, 'audio'> {
  return {
    id,
    source: 's3',
    sourceId: `${obj.key}\n${obj.etag}`,
    practiceId: where.practiceId,
    mailboxId: where.mailboxId,
    ...(callerNumber ? { callerNumber } : {}),
    receivedAt: obj.lastModified,
    formatHint: extname(obj.key).slice(1).toLowerCase().slice(0, 8) || undefined,
  };
}

function callerOf(deps: ScanDeps, key: string, metadata: Record<string, string>, voicemailId: string): string | undefined {
  const sealedCaller = metadata[CALLER_METADATA];
  if (!sealedCaller) return undefined;
  try {
    return deps.sealed.openString(sealedCaller, callerAad(key));
  } catch {
    log.warn({ voicemailId }, 'caller metadata could not be opened; continuing without caller number');
    return undefined;
  }
}

/**
 * Bigger than the byte limit: never decoded, never read whole, but not dropped. The voicemail is
 * registered without audio (staff get a note); the object is streamed into a sealed copy under the
 * voicemail id, kept until its keep period ends (oversize.ts), and leaves incoming/.
 */
async function ingestOversized(deps: ScanDeps, obj: StoredObjectInfo, id: string, where: { practiceId: string; mailboxId: string }): Promise<IngestOutcome> {
  const head = await deps.sealed.store.head(obj.key);
  if (!head || head.etag !== obj.etag) return 'skipped';
  const callerNumber = callerOf(deps, obj.key, head.metadata, id);
  let outcome: IngestOutcome;
  try {
    outcome = await registerOversizedVoicemail(deps, {
      ...voicemailOfObject(obj, id, where, callerNumber),
      sizeBytes: obj.size,
      original: { kept: 'object', object: obj },
    });
  } catch (err) {
    if (err instanceof OriginalChangedError) return 'skipped';
    throw err;
  }
  await deleteIfUnchanged(deps.sealed, obj);
  return outcome;
}

/**
 * Moves an object that cannot become a voicemail out of incoming/: streamed into a sealed copy under
 * its id, whatever its size, with a PHI-free reason beside it. Left in place it would be met by every
 * scan again.
 */
async function reject(deps: ScanDeps, obj: StoredObjectInfo, id: string, reason: string): Promise<'rejected' | 'skipped'> {
  const metadata = await sealCopyOf(deps.sealed, obj, keys.rejectedSource(id));
  if (!metadata) return 'skipped';
  const { practiceId, mailboxId } = configuredIds(deps, obj.key);
  // The caller number stays with the copy (sealed), so a replay into the right mailbox still has it.
  const callerNumber = callerOf(deps, obj.key, metadata, id);
  await recordRejected(deps.sealed, {
    id,
    reason,
    ...(practiceId ? { practiceId } : {}),
    ...(mailboxId ? { mailboxId } : {}),
    sizeBytes: obj.size,
    ...(callerNumber ? { callerNumber } : {}),
    keepDays: deps.config.raw.retention.rejectedKeepDays,
  });
  await deleteIfUnchanged(deps.sealed, obj);
  await deps.activity.intakeIssue({ subjectId: id, ...(practiceId ? { practiceId } : {}), ...(mailboxId ? { mailboxId } : {}), reason, outcome: 'rejected', at: new Date() });
  log.warn({ voicemailId: id, reason, practiceId, mailboxId }, 'incoming object rejected');
  return 'rejected';
}
