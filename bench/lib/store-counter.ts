/**
 * Counts S3 requests an ObjectStore makes, by operation and by kind of key (identifiers replaced by
 * placeholders), so a bench can say how many round trips one voicemail costs. Wall time on a shared
 * machine is noisy; a request count is not.
 */
import type { ObjectStore } from '../../services/storage/object-store.ts';

/** "voicemails/<id>/deliveries/staff1.json" → "voicemails/*\/deliveries/*"; "audit/<id>/000003.json" → "audit/*\/#". */
export function keyKind(key: string): string {
  return key
    .replace(/^(voicemails|audit)\/[^/]+\//, '$1/*/')
    .replace(/^audit\/\*\/\d+\.json$/, 'audit/*/#')
    .replace(/\/(deliveries|failures)\/[^/]+\.json$/, '/$1/*')
    .replace(/^incoming\/.*$/, 'incoming/…')
    .replace(/^retention\/.*$/, 'retention/…')
    .replace(/^transcribe-output\/.*$/, 'transcribe-output/…');
}

export interface StoreCounts {
  total: number;
  byOp: Record<string, number>;
  /** "op key-kind" → count. */
  byKey: Record<string, number>;
}

const OPS = ['put', 'putFile', 'putStream', 'get', 'getStream', 'head', 'list', 'delete'] as const;

/**
 * Wraps the store's methods in place (every holder of this instance, SealedStore included, is
 * counted). `take()` returns the counts since the last take and starts over.
 */
export function countStoreCalls(store: ObjectStore): { take(): StoreCounts } {
  let counts: StoreCounts = { total: 0, byOp: {}, byKey: {} };
  const target = store as unknown as Record<string, (...a: unknown[]) => unknown>;
  // The S3 adapter's get calls getStream, and putFile calls putStream, synchronously on entry: one request.
  let nested = false;
  for (const op of OPS) {
    const original = target[op]!.bind(store);
    target[op] = (...args: unknown[]) => {
      if (nested) {
        nested = false;
        return original(...args);
      }
      const o = op === 'putFile' || op === 'putStream' ? 'put' : op === 'getStream' ? 'get' : op;
      const kind = `${o} ${keyKind(String(args[0]))}`;
      counts.total++;
      counts.byOp[o] = (counts.byOp[o] ?? 0) + 1;
      counts.byKey[kind] = (counts.byKey[kind] ?? 0) + 1;
      nested = op === 'get' || op === 'putFile';
      try {
        return original(...args);
      } finally {
        nested = false;
      }
    };
  }
  return {
    take() {
      const c = counts;
      counts = { total: 0, byOp: {}, byKey: {} };
      return c;
    },
  };
}
