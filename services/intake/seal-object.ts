import type { StoredObjectInfo } from '../storage/object-store.ts';
import type { SealedStore } from '../storage/sealed-store.ts';

/**
 * Taking an object out of incoming/ without reading it whole: its body streams from S3 through
 * AES-256-GCM back into S3 under a key made from an id, so memory use does not grow with the object
 * (a 200 MB recording never sits in memory) and nothing is written to local disk. The incoming key,
 * which may carry a caller's name or number, is not kept anywhere.
 */

/**
 * Makes the sealed copy of `obj` under `toKey` and gives back the object's metadata (a sealed caller
 * number may be in it). Null, with nothing written, when the object is gone or is no longer the one
 * that was listed (another version or size): the next scan meets the new one.
 */
export async function sealCopyOf(sealed: SealedStore, obj: StoredObjectInfo, toKey: string): Promise<Record<string, string> | null> {
  const got = await sealed.store.getStream(obj.key);
  if (!got) return null;
  if ((got.etag && got.etag !== obj.etag) || (got.size >= 0 && got.size !== obj.size)) {
    got.body.destroy();
    return null;
  }
  await sealed.putSealedStream(toKey, got.body, obj.size);
  return got.metadata;
}

/**
 * Deletes `obj` from incoming/ unless it was replaced meanwhile (another ETag): a phone system that
 * wrote a new recording under the same key has made a new voicemail, which the next scan takes.
 * S3 has no conditional delete, so a replacement in the moment between the two requests is not seen.
 */
export async function deleteIfUnchanged(sealed: SealedStore, obj: StoredObjectInfo): Promise<boolean> {
  const now = await sealed.store.head(obj.key);
  if (!now || now.etag !== obj.etag) return false;
  await sealed.store.delete(obj.key);
  return true;
}
