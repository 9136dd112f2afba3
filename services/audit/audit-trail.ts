import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { ObjectStore } from '../storage/object-store.ts';
import { withVoicemailLock, type HeldLock } from '../runtime/voicemail-lock.ts';

/** What happened to a voicemail. Data is PHI-free: identifiers, fingerprints, Message-IDs, type names, reason codes. */
export type AuditEvent =
  | { event: 'received'; source: string; practiceId: string; mailboxId: string }
  | { event: 'transcribed'; status: 'ok' | 'unavailable'; engine?: string; reason?: string }
  | { event: 'masked'; policy: string; maskedTypes: string[] }
  | { event: 'delivered'; recipientId: string; keyFingerprint: string; messageId: string }
  | { event: 'delivery-failed'; recipientId: string; reason: string }
  | { event: 'completed'; delivered: number; failed: number }
  | { event: 'deleted'; what: string[] }
  /** `quietline voicemail audio`: a kept recording written to a file for one recipient; masked says whether the policy's masking is in it. */
  | { event: 'exported'; recipientId: string; keyFingerprint: string; masked: boolean };

export interface AuditRecord {
  voicemailId: string;
  seq: number;
  at: string;
  /** Hash of the previous record ("" for the first): removing or reordering records breaks the chain. */
  prev: string;
  entry: AuditEvent;
  /** sha256 over every field above, in this order. */
  hash: string;
}

const PREFIX = 'audit/';
const recordKey = (id: string, seq: number) => `${PREFIX}${id}/${String(seq).padStart(6, '0')}.json`;

export function hashRecord(r: Omit<AuditRecord, 'hash'>): string {
  return createHash('sha256').update(JSON.stringify([r.voicemailId, r.seq, r.at, r.prev, r.entry])).digest('hex');
}

/** A 'delivered' event: the kind that is recorded at most once per recipient (appendOnce). */
export type DeliveredEvent = Extract<AuditEvent, { event: 'delivered' }>;

const DELIVERED_ONCE = 'delivered:';

/** What makes two events "the same" for appendOnce; null for events that may repeat. */
function onceKeyOf(e: AuditEvent): string | null {
  return e.event === 'delivered' ? `${DELIVERED_ONCE}${e.recipientId}` : null;
}

/**
 * The end of one voicemail's chain, cached in Redis so an append need not re-read the chain from S3.
 * S3 stays the truth: the cache is trusted only after checking that no record follows it. PHI-free:
 * a sequence number, a hash and once-keys made of recipient ids.
 */
interface ChainHead {
  seq: number;
  hash: string;
  /** onceKeyOf() of every record up to seq. */
  once: string[];
}

/** Long enough for a voicemail's whole life; a later append (retention purge) re-reads the chain once. */
const HEAD_TTL_MS = 14 * 86_400_000;

const EMPTY_HEAD: ChainHead = { seq: 0, hash: '', once: [] };

function headOf(chain: AuditRecord[]): ChainHead {
  const last = chain[chain.length - 1];
  return { seq: last?.seq ?? 0, hash: last?.hash ?? '', once: chain.flatMap((r) => onceKeyOf(r.entry) ?? []) };
}

function parseHead(raw: string | null): ChainHead | null {
  if (!raw) return null;
  try {
    const h = JSON.parse(raw) as Partial<ChainHead>;
    return Number.isInteger(h.seq) && typeof h.hash === 'string' && Array.isArray(h.once) ? (h as ChainHead) : null;
  } catch {
    return null;
  }
}

/**
 * Append-only, hash-chained audit trail per voicemail, one S3 object per record. Appends to one
 * voicemail are serialised with a short Redis lock, so two workers never write the same sequence number.
 *
 * An append costs two S3 requests: a HEAD that proves the cached chain head is still the last record,
 * and the PUT. The head is updated after the PUT, so a crash in between leaves it one behind; the next
 * append's HEAD then finds the record it does not know about and re-reads the chain from S3 (as it
 * does when the cache is missing), so no record is lost or overwritten.
 */
export class AuditTrail {
  constructor(
    private readonly store: ObjectStore,
    private readonly redis: Redis,
    private readonly lockPrefix: string,
  ) {}

  private headKey(voicemailId: string): string {
    return `${this.lockPrefix}:audit-head:${voicemailId}`;
  }

  async append(voicemailId: string, entry: AuditEvent): Promise<AuditRecord> {
    return (await this.appendLocked(voicemailId, entry, false))!;
  }

  /**
   * Appends unless this recipient's 'delivered' record exists, checked under the same lock: for
   * records that a crashed worker may have missed and a later one fills in (once, whoever gets there first).
   */
  async appendOnce(voicemailId: string, entry: DeliveredEvent): Promise<AuditRecord | null> {
    return this.appendLocked(voicemailId, entry, true);
  }

  /**
   * Recipient ids with a 'delivered' record. Under the lock, so an append in flight (its record stored,
   * the cached head not yet moved on) is waited for rather than sending this read to S3.
   */
  async deliveredRecipients(voicemailId: string): Promise<Set<string>> {
    const head = await this.underChainLock(voicemailId, async (lock, cached) => {
      const h = await this.confirmedHead(voicemailId, cached);
      if (h !== cached) lock.writeOnRelease(JSON.stringify(h), HEAD_TTL_MS);
      return h;
    });
    return new Set(head.once.flatMap((k) => (k.startsWith(DELIVERED_ONCE) ? [k.slice(DELIVERED_ONCE.length)] : [])));
  }

  private async appendLocked(voicemailId: string, entry: AuditEvent, once: boolean): Promise<AuditRecord | null> {
    const key = onceKeyOf(entry);
    return this.underChainLock(voicemailId, async (lock, cached) => {
      // A once-key in the cache came from a record that was written: nothing to check in S3.
      if (once && key && cached?.once.includes(key)) return null;
      const head = await this.confirmedHead(voicemailId, cached);
      if (once && key && head.once.includes(key)) {
        if (head !== cached) lock.writeOnRelease(JSON.stringify(head), HEAD_TTL_MS);
        return null;
      }
      const base = { voicemailId, seq: head.seq + 1, at: new Date().toISOString(), prev: head.hash, entry };
      const record: AuditRecord = { ...base, hash: hashRecord(base) };
      await this.store.put(recordKey(voicemailId, record.seq), JSON.stringify(record), { contentType: 'application/json' });
      const next: ChainHead = { seq: record.seq, hash: record.hash, once: key ? [...head.once, key] : head.once };
      lock.writeOnRelease(JSON.stringify(next), HEAD_TTL_MS);
      return record;
    });
  }

  /** Runs `fn` holding this voicemail's chain lock, with the cached chain head read as the lock was taken. */
  private underChainLock<T>(voicemailId: string, fn: (lock: HeldLock, cached: ChainHead | null) => Promise<T>): Promise<T> {
    return withVoicemailLock(this.redis, this.lockPrefix, 'audit', voicemailId, (lock) => fn(lock, parseHead(lock.peeked)), { peek: this.headKey(voicemailId) });
  }

  /**
   * The cached head if no record follows it in S3; else the head of the chain read from S3. Without a
   * cached head (a new voicemail, or Redis lost it) the chain is taken to be empty until a first record
   * shows: one HEAD instead of a LIST for every new voicemail.
   */
  private async confirmedHead(voicemailId: string, cached: ChainHead | null): Promise<ChainHead> {
    const head = cached ?? EMPTY_HEAD;
    if (!(await this.store.head(recordKey(voicemailId, head.seq + 1)))) return head;
    return headOf(await this.read(voicemailId));
  }

  async read(voicemailId: string): Promise<AuditRecord[]> {
    const objs = (await this.store.list(`${PREFIX}${voicemailId}/`)).sort((a, b) => a.key.localeCompare(b.key));
    const bodies = await Promise.all(objs.map((o) => this.store.get(o.key)));
    return bodies.flatMap((b) => (b ? [JSON.parse(b.toString('utf8')) as AuditRecord] : []));
  }

  async voicemailIds(): Promise<string[]> {
    const ids = new Set<string>();
    for (const o of await this.store.list(PREFIX, { limit: 1_000_000 })) {
      const m = /^audit\/([^/]+)\//.exec(o.key);
      if (m?.[1]) ids.add(m[1]);
    }
    return [...ids].sort();
  }
}

export interface ChainProblem {
  voicemailId: string;
  seq: number;
  problem: 'changed' | 'missing' | 'reordered' | 'misfiled' | 'unterminated';
}

/**
 * Checks one voicemail's chain: every record's hash, the link to its predecessor, the sequence without
 * gaps, and (for a voicemail marked done) that the chain ends with its completion, so a removed tail shows.
 */
export function verifyChain(voicemailId: string, records: AuditRecord[], expectComplete: boolean): ChainProblem[] {
  const problems: ChainProblem[] = [];
  let prevHash = '';
  records.forEach((r, i) => {
    const { hash, ...rest } = r;
    if (r.voicemailId !== voicemailId) problems.push({ voicemailId, seq: r.seq, problem: 'misfiled' });
    if (hashRecord(rest) !== hash) problems.push({ voicemailId, seq: r.seq, problem: 'changed' });
    if (r.seq !== i + 1) problems.push({ voicemailId, seq: r.seq, problem: r.seq > i + 1 ? 'missing' : 'reordered' });
    else if (r.prev !== prevHash) problems.push({ voicemailId, seq: r.seq, problem: 'reordered' });
    prevHash = hash;
  });
  if (expectComplete && !records.some((r) => r.entry.event === 'completed')) {
    problems.push({ voicemailId, seq: records.length, problem: 'unterminated' });
  }
  return problems;
}
