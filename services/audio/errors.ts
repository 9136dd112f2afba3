export type AudioErrorCode =
  | 'audio-empty'
  | 'audio-not-audio'
  | 'audio-corrupt'
  | 'audio-too-large'
  /** Mask intervals that are not finite, non-negative, start <= end. */
  | 'audio-mask-invalid'
  /** ffmpeg/ffprobe missing, killed or failing for a reason that is not the input's fault. */
  | 'audio-tool-failed'
  | 'audio-timeout'
  /** The file system refused (missing file, permissions, disk full). */
  | 'audio-unreadable'
  | 'audio-aborted';

/**
 * A failure handling an audio file. The message is the code only: file names, paths and tool output
 * can carry PHI (caller numbers are often in voicemail file names), so they are never put in it.
 */
export class AudioError extends Error {
  override readonly name = 'AudioError';
  readonly code: AudioErrorCode;
  /** True when retrying the same input cannot succeed. */
  readonly permanent: boolean;

  constructor(code: AudioErrorCode) {
    super(code);
    this.code = code;
    this.permanent = !['audio-tool-failed', 'audio-timeout', 'audio-aborted', 'audio-unreadable'].includes(code);
  }
}

/**
 * Node's file-system errors quote the path (which may hold a caller's number); this swaps any
 * non-AudioError for a code-only one and keeps ours as they are.
 */
export async function withoutPaths<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof AudioError) throw err;
    throw new AudioError('audio-unreadable');
  }
}
