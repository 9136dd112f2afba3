import { log } from '../common/log.ts';
import type { ObjectStore } from '../storage/object-store.ts';
import type { SealedStore } from '../storage/sealed-store.ts';
import { keys } from '../voicemail/object-keys.ts';
import { registerVoicemail, type RegisterDeps, type RegisterOutcome } from './register-voicemail.ts';

/**
 * Objects under incoming/ that no configured mailbox takes (a misconfigured phone system, a mailbox
 * not yet added) are moved out as sealed copies (s3-scanner.ts). They are recordings someone left for
 * a practice, so they are neither dropped nor kept forever: an operator can list them and replay one
 * into a mailbox once the configuration is fixed, and after retention.rejectedKeepDays the copy and
 * its entry are deleted.
 */

/** The PHI-free entry beside a rejected object's sealed copy (rejected/<id>.json). */
export interface RejectedEntry {
  id: string;
  /** Reason code: unknown-mailbox, bad-key-layout. */
  reason: string;
  /** Only ids the configuration knows (a path segment of the object key could be anything). */
  practiceId?: string;
  mailboxId?: string;
  sizeBytes: number;
  at: string;
  sourceKept: boolean;
  /** When the sealed copy and this entry are deleted. Absent on entries from before retention existed. */
  keepUntil?: string;
  /** The caller number the phone system sent in object metadata, sealed under this id. */
  callerSealed?: string;
}

const DAY_MS = 86_400_000;
const DUE_PREFIX = 'rejected/due/';
const dueKey = (day: string, id: string) => `${DUE_PREFIX}${day}/${id}`;
const ENTRY_KEY = /^rejected\/([A-Za-z0-9_-]+)\.json$/;
export const rejectedCallerAad = (id: string) => `rejected-caller:${id}`;

/**
 * Writes the entry for a sealed copy already stored under keys.rejectedSource(id), and its due index
 * (an empty object under the day it goes, so the purge lists only what is due).
 */
export async function recordRejected(
  sealed: SealedStore,
  e: { id: string; reason: string; practiceId?: string; mailboxId?: string; sizeBytes: number; callerNumber?: string; keepDays: number },
  now = new Date(),
): Promise<RejectedEntry> {
  const keepUntil = new Date(now.getTime() + e.keepDays * DAY_MS).toISOString();
  const entry: RejectedEntry = {
    id: e.id,
    reason: e.reason,
    ...(e.practiceId ? { practiceId: e.practiceId } : {}),
    ...(e.mailboxId ? { mailboxId: e.mailboxId } : {}),
    sizeBytes: e.sizeBytes,
    at: now.toISOString(),
    sourceKept: true,
    keepUntil,
    ...(e.callerNumber ? { callerSealed: sealed.sealString(e.callerNumber, rejectedCallerAad(e.id)) } : {}),
  };
  await sealed.store.put(dueKey(keepUntil.slice(0, 10), e.id), '', { contentType: 'text/plain' });
  await sealed.store.put(keys.rejected(e.id), JSON.stringify(entry), { contentType: 'application/json' });
  return entry;
}

async function readEntry(store: ObjectStore, id: string): Promise<RejectedEntry | null> {
  const raw = await store.get(keys.rejected(id));
  return raw ? (JSON.parse(raw.toString('utf8')) as RejectedEntry) : null;
}

/** Every rejected object still kept, oldest first. */
export async function listRejected(store: ObjectStore): Promise<RejectedEntry[]> {
  const out: RejectedEntry[] = [];
  for (let after: string | undefined; ; ) {
    const page = await store.list('rejected/', { limit: 1_000, ...(after ? { startAfter: after } : {}) });
    for (const o of page) {
      const id = ENTRY_KEY.exec(o.key)?.[1];
      const entry = id ? await readEntry(store, id) : null;
      if (entry) out.push(entry);
    }
    if (page.length < 1_000) break;
    after = page[page.length - 1]!.key;
  }
  return out.sort((a, b) => a.at.localeCompare(b.at));
}

/** Why a replay was refused: a code an operator can act on. */
export class ReplayError extends Error {
  override readonly name = 'ReplayError';
  constructor(readonly code: 'not-found' | 'source-gone' | 'unknown-mailbox' | 'too-large') {
    super(code);
  }
}

async function forget(store: ObjectStore, id: string, keepUntil: string | undefined): Promise<void> {
  await store.delete(keys.rejectedSource(id));
  if (keepUntil) await store.delete(dueKey(keepUntil.slice(0, 10), id));
  await store.delete(keys.rejected(id));
}

/**
 * Makes a rejected object the voicemail it should have been, in the mailbox an operator names: it
 * goes through the pipeline like any other (same id, so replaying twice makes one voicemail), with
 * the caller number if the phone system sent one. The rejected copy is deleted once registered.
 */
export async function replayRejected(
  deps: RegisterDeps & { maxBytes: number },
  id: string,
  target: { practiceId: string; mailboxId: string },
): Promise<RegisterOutcome> {
  if (!deps.config.mailbox(target.practiceId, target.mailboxId)) throw new ReplayError('unknown-mailbox');
  const store = deps.sealed.store;
  const entry = await readEntry(store, id);
  if (!entry) throw new ReplayError('not-found');
  if (entry.sizeBytes > deps.maxBytes) throw new ReplayError('too-large');
  const audio = await deps.sealed.getSealed(keys.rejectedSource(id));
  if (!audio) throw new ReplayError('source-gone');
  const callerNumber = entry.callerSealed ? deps.sealed.openString(entry.callerSealed, rejectedCallerAad(id)) : undefined;
  const outcome = await registerVoicemail(deps, {
    id,
    source: 's3',
    sourceId: `rejected:${id}`,
    practiceId: target.practiceId,
    mailboxId: target.mailboxId,
    ...(callerNumber ? { callerNumber } : {}),
    receivedAt: new Date(entry.at),
    audio,
  });
  await forget(store, id, entry.keepUntil);
  log.info({ voicemailId: id, practiceId: target.practiceId, mailboxId: target.mailboxId, outcome }, 'rejected object replayed');
  return outcome;
}

/** Stores whose rejected/ this process has checked for entries without a due index. */
const backfilled = new WeakSet<ObjectStore>();

/**
 * Entries written before retention existed have no keep-until and no due index, so the purge would
 * never reach them: once per process, give each one (keep period counted from when it was rejected).
 */
async function backfillDueIndex(store: ObjectStore, keepDays: number): Promise<void> {
  if (backfilled.has(store)) return;
  for (const e of await listRejected(store)) {
    if (e.keepUntil) continue;
    const keepUntil = new Date(new Date(e.at).getTime() + keepDays * DAY_MS).toISOString();
    await store.put(dueKey(keepUntil.slice(0, 10), e.id), '', { contentType: 'text/plain' });
    await store.put(keys.rejected(e.id), JSON.stringify({ ...e, keepUntil }), { contentType: 'application/json' });
  }
  backfilled.add(store);
}

/**
 * Deletes rejected copies whose keep period has ended. Run periodically (the intake pass does). Each
 * index day is gone through after the day has passed, so a copy is kept at least its keep period.
 */
export async function purgeExpiredRejected(store: ObjectStore, keepDays: number, now = new Date(), limit = 200): Promise<number> {
  await backfillDueIndex(store, keepDays);
  const today = now.toISOString().slice(0, 10);
  let purged = 0;
  for (const o of await store.list(DUE_PREFIX, { limit: 5_000 })) {
    const m = /^rejected\/due\/(\d{4}-\d{2}-\d{2})\/([A-Za-z0-9_-]+)$/.exec(o.key);
    if (!m?.[1] || !m[2]) continue;
    if (m[1] >= today) break; // keys are in day order: nothing after this is due
    const entry = await readEntry(store, m[2]);
    await forget(store, m[2], entry?.keepUntil);
    await store.delete(o.key);
    log.info({ voicemailId: m[2], reason: entry?.reason }, 'rejected object deleted at the end of its keep period');
    if (++purged >= limit) break;
  }
  return purged;
}
