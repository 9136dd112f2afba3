import { DoorsConfigError } from './errors.ts';
import type { ApiKeyHash, MailboxTarget } from './options.ts';

/**
 * The per-practice and per-mailbox door fields proposed for the config file, in the shape the parsed
 * config will have: practices[].apiKeys, practices[].mailboxes[].intakeAddresses / phoneNumbers.
 */
export interface DoorPracticeFields {
  id: string;
  apiKeys?: readonly ApiKeyHash[];
  mailboxes: readonly { id: string; intakeAddresses?: readonly string[]; phoneNumbers?: readonly string[] }[];
}

export interface DoorMaps {
  apiKeys: Map<string, ApiKeyHash[]>;
  /** For SmtpIntakeOptions.addresses. */
  addresses: Map<string, MailboxTarget>;
  /** For TwilioOptions.numbers. */
  numbers: Map<string, MailboxTarget>;
}

/** Builds the doors' lookup maps from the config; an address, number or key hash used twice is an error. */
export function doorMapsFrom(practices: readonly DoorPracticeFields[]): DoorMaps {
  const maps: DoorMaps = { apiKeys: new Map(), addresses: new Map(), numbers: new Map() };
  const hashes = new Set<string>();
  for (const p of practices) {
    const list: ApiKeyHash[] = [];
    for (const k of p.apiKeys ?? []) {
      const sha256 = k.sha256.toLowerCase();
      if (!/^[0-9a-f]{64}$/.test(sha256)) throw new DoorsConfigError(`practices.${p.id}.apiKeys.${k.id}: sha256 must be 64 hex digits`);
      if (hashes.has(sha256)) throw new DoorsConfigError(`practices.${p.id}.apiKeys.${k.id}: the same key is configured twice`);
      hashes.add(sha256);
      list.push({ id: k.id, sha256 });
    }
    if (list.length) maps.apiKeys.set(p.id, list);
    for (const m of p.mailboxes) {
      const target = { practiceId: p.id, mailboxId: m.id };
      for (const a of m.intakeAddresses ?? []) {
        const key = a.trim().toLowerCase();
        if (maps.addresses.has(key)) throw new DoorsConfigError(`practices.${p.id}.mailboxes.${m.id}.intakeAddresses: ${key} is used by another mailbox`);
        maps.addresses.set(key, target);
      }
      for (const n of m.phoneNumbers ?? []) {
        const key = n.replace(/[\s()-]/g, '');
        if (!/^\+[1-9]\d{6,14}$/.test(key)) throw new DoorsConfigError(`practices.${p.id}.mailboxes.${m.id}.phoneNumbers: use E.164 such as +15551230000`);
        if (maps.numbers.has(key)) throw new DoorsConfigError(`practices.${p.id}.mailboxes.${m.id}.phoneNumbers: ${key} is used by another mailbox`);
        maps.numbers.set(key, target);
      }
    }
  }
  return maps;
}
