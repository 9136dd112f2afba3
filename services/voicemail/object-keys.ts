/**
 * Every S3 key Quietline writes. Keys are built from identifiers only: never a caller number,
 * a name or an original file name.
 */
export const INCOMING_PREFIX = 'incoming/';

export const keys = {
  incoming: (practiceId: string, mailboxId: string, name: string) => `${INCOMING_PREFIX}${practiceId}/${mailboxId}/${name}`,
  record: (id: string) => `voicemails/${id}/record.sealed`,
  source: (id: string) => `voicemails/${id}/source.sealed`,
  transcript: (id: string) => `voicemails/${id}/transcript.sealed`,
  package: (id: string) => `voicemails/${id}/package.sealed`,
  packageAudio: (id: string) => `voicemails/${id}/package-audio.sealed`,
  delivery: (id: string, recipientId: string) => `voicemails/${id}/deliveries/${recipientId}.json`,
  deliveryFailure: (id: string, recipientId: string) => `voicemails/${id}/failures/${recipientId}.json`,
  done: (id: string) => `voicemails/${id}/done.json`,
  rejected: (id: string) => `rejected/${id}.json`,
  rejectedSource: (id: string) => `rejected/${id}.sealed`,
} as const;

/** Parses `incoming/<practice>/<mailbox>/<name>`; null for anything else. */
export function parseIncomingKey(key: string): { practiceId: string; mailboxId: string } | null {
  const m = /^incoming\/([^/]+)\/([^/]+)\/[^/]+$/.exec(key);
  return m?.[1] && m[2] ? { practiceId: m[1], mailboxId: m[2] } : null;
}
