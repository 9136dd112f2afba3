import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { ObjectStore } from '../storage/object-store.ts';
import { withVoicemailLock } from '../runtime/voicemail-lock.ts';

/** What happened to a voicemail. Data is PHI-free: identifiers, fingerprints, Message-IDs, type names, reason codes. */
export type AuditEvent =
  | { event: 'received'; source: string; practiceId: string; mailboxId: string }
  | { event: 'transcribed'; status: 'ok' | 'unavailable'; engine?: string; reason?: string }
  | { event: 'masked'; policy: string; maskedTypes: string[] }
  | { event: 'delivered'; recipientId: string; keyFingerprint: string; messageId: string }
  | { event: 'delivery-failed'; recipientId: string; reason: string }
  | { event: 'completed'; delivered: number; failed: number }
  | { event: 'deleted'; what: string[] };

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

/**
 * Append-only, hash-chained audit trail per voicemail, one S3 object per record. Appends to one
 * voicemail are serialised with a short Redis lock, so two workers never write the same sequence number.
 */
export class AuditTrail {
  constructor(
    private readonly store: ObjectStore,
    private readonly redis: Redis,
    private readonly lockPrefix: string,
  ) {}

  async append(voicemailId: string, entry: AuditEvent): Promise<AuditRecord> {
    return withVoicemailLock(this.redis, this.lockPrefix, 'audit', voicemailId, async () => this.put(voicemailId, await this.read(voicemailId), entry));
  }

  /**
   * Appends unless a record matching `already` exists, checked under the same lock: for records
   * that a crashed worker may have missed and a later one fills in (once, whoever gets there first).
   */
  async appendOnce(voicemailId: string, entry: AuditEvent, already: (e: AuditEvent) => boolean): Promise<AuditRecord | null> {
    return withVoicemailLock(this.redis, this.lockPrefix, 'audit', voicemailId, async () => {
      const chain = await this.read(voicemailId);
      if (chain.some((r) => already(r.entry))) return null;
      return this.put(voicemailId, chain, entry);
    });
  }

  private async put(voicemailId: string, chain: AuditRecord[], entry: AuditEvent): Promise<AuditRecord> {
    const last = chain[chain.length - 1];
    const base = { voicemailId, seq: (last?.seq ?? 0) + 1, at: new Date().toISOString(), prev: last?.hash ?? '', entry };
    const record: AuditRecord = { ...base, hash: hashRecord(base) };
    await this.store.put(recordKey(voicemailId, record.seq), JSON.stringify(record), { contentType: 'application/json' });
    return record;
  }

  async read(voicemailId: string): Promise<AuditRecord[]> {
    const objs = (await this.store.list(`${PREFIX}${voicemailId}/`)).sort((a, b) => a.key.localeCompare(b.key));
    const out: AuditRecord[] = [];
    for (const o of objs) {
      const b = await this.store.get(o.key);
      if (b) out.push(JSON.parse(b.toString('utf8')) as AuditRecord);
    }
    return out;
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
