import { log } from '../common/log.ts';
import type { ObjectStore } from '../storage/object-store.ts';
import { keys } from './object-keys.ts';
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

const CONTENT_KEYS = (id: string) => [keys.source(id), keys.transcript(id), keys.package(id), keys.packageAudio(id)];
const CONTENT_NAMES = ['source', 'transcript', 'package', 'package-audio'];

/**
 * Called when every recipient is served (delivered or failed for good). The record and ledger stay:
 * they are PHI-light and stop a re-sent recording from becoming a second voicemail.
 */
export async function completeVoicemail(
  store: ObjectStore,
  audit: AuditTrail,
  voicemailId: string,
  outcome: { delivered: number; failed: number },
  keepDays: number,
  now = new Date(),
): Promise<DoneMarker> {
  const days = outcome.failed > 0 ? Math.max(keepDays, KEEP_AFTER_FAILURE_DAYS) : keepDays;
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
