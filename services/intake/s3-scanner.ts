import { extname } from 'node:path';
import type { Queue } from 'bullmq';
import type { LoadedConfig } from '../config/load-config.ts';
import { log } from '../common/log.ts';
import type { SealedStore } from '../storage/sealed-store.ts';
import type { AuditTrail } from '../audit/audit-trail.ts';
import type { ActivityRecorder } from '../dashboard/activity.ts';
import type { StoredObjectInfo } from '../storage/object-store.ts';
import { INCOMING_PREFIX, keys, parseIncomingKey } from '../voicemail/object-keys.ts';
import { registerOversizedVoicemail } from './oversize.ts';
import { registerVoicemail, UnknownMailboxError } from './register-voicemail.ts';
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
  seen: number;
  created: number;
  duplicates: number;
  rejected: number;
}

/**
 * One pass over incoming/: each object becomes exactly one voicemail (deduplicated by key + ETag),
 * and leaves incoming/ once its sealed copy is safe under a key made from the voicemail id.
 */
export async function scanIncoming(deps: ScanDeps, opts: { limit?: number } = {}): Promise<ScanResult> {
  const objects = await deps.sealed.store.list(INCOMING_PREFIX, { limit: opts.limit ?? 500 });
  const result: ScanResult = { seen: objects.length, created: 0, duplicates: 0, rejected: 0 };
  for (const obj of objects) {
    const outcome = await ingestObject(deps, obj);
    if (outcome === 'created') result.created++;
    else if (outcome === 'duplicate') result.duplicates++;
    else if (outcome === 'rejected') result.rejected++;
  }
  return result;
}

export async function ingestObject(deps: ScanDeps, obj: StoredObjectInfo): Promise<'created' | 'duplicate' | 'rejected' | 'skipped'> {
  const store = deps.sealed.store;
  if (obj.key.endsWith('/')) return 'skipped';
  const id = voicemailIdFor(deps.sealed, 's3', `${obj.key}\n${obj.etag}`);
  const where = parseIncomingKey(obj.key);
  if (!where || !deps.config.mailbox(where.practiceId, where.mailboxId)) {
    await reject(deps, obj, id, where ? 'unknown-mailbox' : 'bad-key-layout');
    return 'rejected';
  }
  if (obj.size > deps.maxBytes) return ingestOversized(deps, obj, id, where);
  const head = await store.head(obj.key);
  if (!head || head.etag !== obj.etag) return 'skipped'; // replaced or removed since listing: the next scan sees the new one
  const audio = await store.get(obj.key);
  if (!audio) return 'skipped';
  const callerNumber = callerOf(deps, obj.key, head.metadata, id);
  try {
    const outcome = await registerVoicemail(deps, {
      id,
      source: 's3',
      sourceId: `${obj.key}\n${obj.etag}`,
      practiceId: where.practiceId,
      mailboxId: where.mailboxId,
      ...(callerNumber ? { callerNumber } : {}),
      receivedAt: obj.lastModified,
      formatHint: extname(obj.key).slice(1).toLowerCase().slice(0, 8) || undefined,
      audio,
    });
    await store.delete(obj.key);
    return outcome;
  } catch (err) {
    if (err instanceof UnknownMailboxError) {
      await reject(deps, obj, id, err.code);
      return 'rejected';
    }
    throw err;
  }
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
 * Bigger than the byte limit: never read, never decoded, but not dropped. The voicemail is registered
 * without audio (staff get a note) and the object stays where it is until its keep period ends
 * (oversize.ts). Every later scan finds it again and sees a duplicate.
 */
async function ingestOversized(deps: ScanDeps, obj: StoredObjectInfo, id: string, where: { practiceId: string; mailboxId: string }): Promise<'created' | 'duplicate' | 'skipped'> {
  const store = deps.sealed.store;
  if (await store.head(keys.done(id))) return 'duplicate';
  const head = await store.head(obj.key);
  if (!head || head.etag !== obj.etag) return 'skipped';
  const callerNumber = callerOf(deps, obj.key, head.metadata, id);
  return registerOversizedVoicemail(deps, {
    id,
    source: 's3',
    sourceId: `${obj.key}\n${obj.etag}`,
    practiceId: where.practiceId,
    mailboxId: where.mailboxId,
    ...(callerNumber ? { callerNumber } : {}),
    receivedAt: obj.lastModified,
    formatHint: extname(obj.key).slice(1).toLowerCase().slice(0, 8) || undefined,
    sizeBytes: obj.size,
    original: { kept: 'incoming', key: obj.key, etag: obj.etag },
  });
}

/** Moves an object that cannot become a voicemail out of incoming/, sealed, with a PHI-free reason. */
async function reject(deps: ScanDeps, obj: StoredObjectInfo, id: string, reason: string): Promise<void> {
  const store = deps.sealed.store;
  // An oversized object stays where it is (operators decide); record it once, not on every scan.
  if (obj.size > deps.maxBytes && (await store.head(keys.rejected(id)))) return;
  if (obj.size <= deps.maxBytes) {
    const body = await store.get(obj.key);
    if (body) await deps.sealed.putSealed(keys.rejectedSource(id), body);
  }
  // Only ids the configuration knows are written down (marker, dashboard, log): a path segment of an
  // object key could be anything, a caller's number or name included.
  const where = parseIncomingKey(obj.key);
  const practiceId = where && deps.config.practice(where.practiceId) ? where.practiceId : undefined;
  const mailboxId = where && practiceId && deps.config.mailbox(where.practiceId, where.mailboxId) ? where.mailboxId : undefined;
  await store.put(
    keys.rejected(id),
    JSON.stringify({ id, reason, practiceId, mailboxId, sizeBytes: obj.size, at: new Date().toISOString(), sourceKept: obj.size <= deps.maxBytes }),
    { contentType: 'application/json' },
  );
  if (obj.size <= deps.maxBytes) await store.delete(obj.key);
  await deps.activity.intakeIssue({ subjectId: id, ...(practiceId ? { practiceId } : {}), ...(mailboxId ? { mailboxId } : {}), reason, outcome: 'rejected', at: new Date() });
  log.warn({ voicemailId: id, reason, practiceId, mailboxId }, 'incoming object rejected');
}
