import type { SealedStore } from '../storage/sealed-store.ts';

/**
 * A voicemail's id is a keyed hash of its door and source identity (e.g. object key + ETag): the same
 * recording seen twice gets the same id, and the id reveals nothing about the key it came from.
 */
export function voicemailIdFor(sealed: SealedStore, source: string, sourceId: string): string {
  return 'vm' + sealed.mac(`${source}\n${sourceId}`).slice(0, 26);
}
