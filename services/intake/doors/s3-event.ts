/** An object named by an S3 event record. */
export interface S3ObjectRef {
  bucket: string;
  key: string;
}

const MAX_RECORDS = 100;

/**
 * S3 event keys are URL-encoded with "+" for spaces (application/x-www-form-urlencoded style);
 * null for a key that does not decode.
 */
export function decodeEventKey(raw: string): string | null {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/**
 * The created objects named by an Amazon S3 event notification (also MinIO's webhook body, which adds
 * EventName/Key beside the same Records). [] for s3:TestEvent and non-create events; null when the
 * document is not an S3 event at all.
 */
export function createdObjectsOf(doc: unknown): S3ObjectRef[] | null {
  if (!doc || typeof doc !== 'object') return null;
  const d = doc as Record<string, unknown>;
  if (d.Event === 's3:TestEvent') return [];
  if (!Array.isArray(d.Records)) return null;
  const out: S3ObjectRef[] = [];
  for (const r of d.Records.slice(0, MAX_RECORDS) as unknown[]) {
    if (!r || typeof r !== 'object') return null;
    const rec = r as { eventName?: unknown; s3?: { bucket?: { name?: unknown }; object?: { key?: unknown } } };
    if (typeof rec.eventName !== 'string') return null;
    if (!/^(s3:)?ObjectCreated:/.test(rec.eventName)) continue;
    const bucket = rec.s3?.bucket?.name;
    const rawKey = rec.s3?.object?.key;
    if (typeof bucket !== 'string' || typeof rawKey !== 'string') return null;
    const key = decodeEventKey(rawKey);
    if (key !== null) out.push({ bucket, key });
  }
  return out;
}
