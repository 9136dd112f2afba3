import { log } from '../common/log.ts';
import type { ObjectStore } from '../storage/object-store.ts';
import { keys } from './object-keys.ts';
import { awsTranscribeKeys } from '../transcription/aws-transcribe-keys.ts';
import type { AuditTrail } from '../audit/audit-trail.ts';

/** Failed recipients keep the voicemail's content this long, so an operator can fix a key and retry. */
export const KEEP_AFTER_FAILURE_DAYS = 7;

const RETENTION_PREFIX = 'retention/';

export interface DoneMarker {
  voicemailId: string;
  completedAt: string;
  delivered: number;
  failed: number;
  /** When the sealed audio and intermediates go; absent once they are gone. */
  purgeAfter?: string;
  purgedAt?: string;
}

/**
 * What a voicemail's purge deletes: everything that holds PHI. The record goes too: it holds the
 * caller's number and the door's source reference (an incoming object key can name a caller). So do
 * the objects of an Amazon Transcribe job that never finished cleanly (its engine deletes them on
 * success; after a time-out on the last attempt they would stay).
 */
const CONTENT_KEYS = (id: string) => {
  const aws = awsTranscribeKeys(id);
  return [keys.source(id), keys.transcript(id), keys.package(id), keys.packageAudio(id), keys.record(id), aws.inputKey, aws.outputKey];
};
const CONTENT_NAMES = ['source', 'transcript', 'package', 'package-audio', 'record'];

/**
 * Called when every recipient is served (delivered or failed for good). The ledger, the audit trail
 * and done.json stay: they are PHI-free, and done.json stops a re-sent recording from becoming a second
 * voicemail (every door checks it before anything else).
 */
export async function completeVoicemail(
  store: ObjectStore,
  audit: AuditTrail,
  voicemailId: string,
  outcome: { delivered: number; failed: number },
  keepDays: number,
  now = new Date(),
): Promise<DoneMarker> {
  // A failed recipient, or an email that went without its recording (too large to attach): the content
  // stays long enough for IT to fix the key and retry, or to hand the recording over (quietline
  // voicemail audio), as the email promises.
  const keepLonger = outcome.failed > 0 || (await sentWithoutRecording(store, voicemailId));
  const days = keepLonger ? Math.max(keepDays, KEEP_AFTER_FAILURE_DAYS) : keepDays;
  const marker: DoneMarker = { voicemailId, completedAt: now.toISOString(), ...outcome };
  await audit.append(voicemailId, { event: 'completed', ...outcome });
  if (days === 0) {
    await purgeContent(store, voicemailId);
    await audit.append(voicemailId, { event: 'deleted', what: CONTENT_NAMES });
    marker.purgedAt = now.toISOString();
  } else {
    marker.purgeAfter = new Date(now.getTime() + days * 86_400_000).toISOString();
    // An index by date, so the purge lists only what is due instead of every voicemail.
    await store.put(`${RETENTION_PREFIX}${marker.purgeAfter.slice(0, 10)}/${voicemailId}`, '', { contentType: 'text/plain' });
  }
  await store.put(keys.done(voicemailId), JSON.stringify(marker), { contentType: 'application/json' });
  log.info({ voicemailId, ...outcome, purged: Boolean(marker.purgedAt) }, 'voicemail complete');
  return marker;
}

/** True when a recipient's email left out a recording that Quietline holds (the ledger says which went without audio). */
async function sentWithoutRecording(store: ObjectStore, voicemailId: string): Promise<boolean> {
  const listed = await store.list(`voicemails/${voicemailId}/`);
  if (!listed.some((o) => o.key === keys.source(voicemailId))) return false;
  for (const o of listed) {
    if (!/\/deliveries\/[^/]+\.json$/.test(o.key)) continue;
    const raw = await store.get(o.key);
    let entry: { withAudio?: unknown } | null = null;
    try {
      entry = raw ? (JSON.parse(raw.toString('utf8')) as { withAudio?: unknown }) : null;
    } catch {
      // An entry that cannot be read says nothing either way: keep longer, the safe side.
      return true;
    }
    if (entry?.withAudio === false) return true;
  }
  return false;
}

async function purgeContent(store: ObjectStore, voicemailId: string): Promise<void> {
  for (const k of CONTENT_KEYS(voicemailId)) await store.delete(k);
}

/** Deletes content whose retention has run out. Run periodically (the intake scan does). */
export async function purgeExpired(store: ObjectStore, audit: AuditTrail, now = new Date(), limit = 200): Promise<number> {
  const today = now.toISOString().slice(0, 10);
  let purged = 0;
  for (const o of await store.list(RETENTION_PREFIX, { limit: 5_000 })) {
    const m = /^retention\/(\d{4}-\d{2}-\d{2})\/([^/]+)$/.exec(o.key);
    if (!m?.[1] || !m[2] || m[1] > today) continue;
    const marker = await readDone(store, m[2]);
    if (marker?.purgeAfter && new Date(marker.purgeAfter) > now) continue;
    await purgeContent(store, m[2]);
    await audit.append(m[2], { event: 'deleted', what: CONTENT_NAMES });
    if (marker) await store.put(keys.done(m[2]), JSON.stringify({ ...marker, purgedAt: now.toISOString() }), { contentType: 'application/json' });
    await store.delete(o.key);
    if (++purged >= limit) break;
  }
  return purged;
}

async function readDone(store: ObjectStore, voicemailId: string): Promise<DoneMarker | null> {
  const b = await store.get(keys.done(voicemailId));
  return b ? (JSON.parse(b.toString('utf8')) as DoneMarker) : null;
}
