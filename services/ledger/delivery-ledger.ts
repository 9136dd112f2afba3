import type { ObjectStore } from '../storage/object-store.ts';
import { keys } from '../voicemail/object-keys.ts';

/** Written right after the relay accepted a message: the durable proof it was sent. PHI-free. */
export interface DeliveryEntry {
  voicemailId: string;
  recipientId: string;
  messageId: string;
  keyFingerprint: string;
  acceptedAt: string;
  /** The relay's status code, e.g. 250. */
  smtpStatus: number;
  withAudio: boolean;
}

/** A recipient who will not get this voicemail, and why (a reason code). PHI-free. */
export interface DeliveryFailure {
  voicemailId: string;
  recipientId: string;
  practiceId: string;
  mailboxId: string;
  reason: string;
  at: string;
}

/**
 * The delivery ledger lives in S3, not only in Redis, so "already sent" survives a Redis loss.
 * One object per (voicemail, recipient): no read-modify-write races between workers.
 */
export class DeliveryLedger {
  constructor(private readonly store: ObjectStore) {}

  async delivered(voicemailId: string, recipientId: string): Promise<DeliveryEntry | null> {
    const b = await this.store.get(keys.delivery(voicemailId, recipientId));
    return b ? (JSON.parse(b.toString('utf8')) as DeliveryEntry) : null;
  }

  async recordDelivered(e: DeliveryEntry): Promise<void> {
    await this.store.put(keys.delivery(e.voicemailId, e.recipientId), JSON.stringify(e), { contentType: 'application/json' });
  }

  async recordFailure(f: DeliveryFailure): Promise<void> {
    await this.store.put(keys.deliveryFailure(f.voicemailId, f.recipientId), JSON.stringify(f), { contentType: 'application/json' });
  }

  async failure(voicemailId: string, recipientId: string): Promise<DeliveryFailure | null> {
    const b = await this.store.get(keys.deliveryFailure(voicemailId, recipientId));
    return b ? (JSON.parse(b.toString('utf8')) as DeliveryFailure) : null;
  }

  /** Recipients with neither a delivery nor a final failure on record. */
  async outstanding(voicemailId: string, recipientIds: readonly string[]): Promise<string[]> {
    const done = new Set(
      (await this.store.list(`voicemails/${voicemailId}/`)).flatMap((o) => {
        const m = /\/(?:deliveries|failures)\/([^/]+)\.json$/.exec(o.key);
        return m?.[1] ? [m[1]] : [];
      }),
    );
    return recipientIds.filter((r) => !done.has(r));
  }
}
