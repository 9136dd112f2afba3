import { DoorRejection } from './errors.ts';

export interface MediaFetchOptions {
  accountSid: string;
  authToken: string;
  allowedBases: readonly string[];
  maxBytes: number;
  attempts: number;
  timeoutMs: number;
}

/** Whether a URL begins with one of the allow-listed bases (compared after URL normalisation). */
export function allowedMediaUrl(raw: string, bases: readonly string[]): URL | null {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return null;
  }
  if (u.username || u.password || (u.protocol !== 'https:' && u.protocol !== 'http:')) return null;
  for (const b of bases) {
    let base: URL;
    try {
      base = new URL(b);
    } catch {
      continue;
    }
    const prefix = base.pathname.endsWith('/') ? base.pathname : `${base.pathname}/`;
    if (u.origin === base.origin && (u.pathname + '/').startsWith(prefix)) return u;
  }
  return null;
}

/** The recording is bigger than the limit; `sizeBytes` is its declared length, or what arrived before the cut. */
export class RecordingTooLargeError extends DoorRejection {
  constructor(readonly sizeBytes: number) {
    super(413, 'recording-too-large');
  }
}

async function readLimited(res: Response, maxBytes: number): Promise<Buffer> {
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    await res.body?.cancel().catch(() => undefined);
    throw new RecordingTooLargeError(declared);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  if (!res.body) return Buffer.alloc(0);
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    total += chunk.length;
    // Leaving the loop by a throw cancels the stream: nothing more is downloaded.
    if (total > maxBytes) throw new RecordingTooLargeError(total);
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Downloads a recording with the account's credentials. Redirects are followed by hand so the
 * credentials never travel to another origin (Twilio may redirect media to a storage host).
 */
export async function fetchRecording(url: URL, o: MediaFetchOptions): Promise<{ audio: Buffer; contentType?: string }> {
  const auth = 'Basic ' + Buffer.from(`${o.accountSid}:${o.authToken}`).toString('base64');
  let lastStatus = 0;
  for (let attempt = 1; attempt <= o.attempts; attempt++) {
    let target = url;
    try {
      for (let hop = 0; hop < 4; hop++) {
        const sameOrigin = target.origin === url.origin;
        const res = await fetch(target, {
          redirect: 'manual',
          headers: sameOrigin ? { authorization: auth, accept: 'audio/*' } : { accept: 'audio/*' },
          signal: AbortSignal.timeout(o.timeoutMs),
        });
        if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
          await res.body?.cancel().catch(() => undefined);
          const next = new URL(res.headers.get('location')!, target);
          if (next.protocol !== 'https:' && !allowedMediaUrl(next.href, o.allowedBases)) throw new DoorRejection(502, 'recording-redirect-refused');
          target = next;
          continue;
        }
        lastStatus = res.status;
        if (res.ok) {
          const audio = await readLimited(res, o.maxBytes);
          const type = res.headers.get('content-type') ?? undefined;
          return { audio, ...(type ? { contentType: type } : {}) };
        }
        await res.body?.cancel().catch(() => undefined);
        if (res.status === 401 || res.status === 403) throw new DoorRejection(502, 'recording-fetch-unauthorized');
        break;
      }
    } catch (err) {
      if (err instanceof DoorRejection) throw err;
      lastStatus = -1;
    }
    if (attempt < o.attempts) await pause(500 * 2 ** (attempt - 1));
  }
  throw new DoorRejection(502, lastStatus === 404 ? 'recording-not-found' : 'recording-fetch-failed');
}
