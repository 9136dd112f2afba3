import { rm, stat } from 'node:fs/promises';
import { AudioError, withoutPaths } from './errors.ts';
import { lastProgressSeconds } from './probe.ts';
import { runTool } from './run-tool.ts';

export interface EncodeOptions {
  /** Opus bitrate; 24 kbit/s is transparent for speech, 8 is still intelligible. Default 24. */
  bitrateKbps?: number;
  /** File name offered to the recipient (no caller data in it). Default 'voicemail.ogg'. */
  filename?: string;
  /** ffmpeg input options of the source (AudioInfo.inputArgs, e.g. headerless GSM). */
  inputArgs?: readonly string[];
  /**
   * Sample rate of the source when known: above 16 kHz it is resampled to 16 kHz first (a voicemail
   * holds nothing above 8 kHz, and the Opus bits are better spent below). Lower rates pass as they are.
   */
  sourceSampleRate?: number;
  ffmpegPath?: string;
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface EncodedAudio {
  contentType: 'audio/ogg';
  filename: string;
  durationSec: number;
  bytes: number;
  bitrateKbps: number;
}

/** Bitrates tried in turn by {@link encodeForEmailWithin}. */
export const EMAIL_BITRATE_LADDER_KBPS: readonly number[] = [24, 12, 8];

/**
 * Encodes audio as Opus in Ogg for an email attachment: mono, libopus in VoIP mode (tuned for
 * intelligible speech at low bitrates), 16 kHz bandwidth is all a voicemail has anyway.
 */
export async function encodeForEmail(inPath: string, outPath: string, opts: EncodeOptions = {}): Promise<EncodedAudio> {
  return withoutPaths(() => encode(inPath, outPath, opts));
}

async function encode(inPath: string, outPath: string, opts: EncodeOptions): Promise<EncodedAudio> {
  const bitrateKbps = opts.bitrateKbps ?? 24;
  const args = [
    '-nostdin', '-v', 'error', '-y',
    ...(opts.inputArgs ?? []),
    '-i', inPath,
    '-map', '0:a:0',
    '-ac', '1',
    ...(opts.sourceSampleRate !== undefined && opts.sourceSampleRate > 16_000 ? ['-af', 'aresample=16000:resampler=soxr'] : []),
    '-c:a', 'libopus',
    '-application', 'voip',
    '-b:a', `${bitrateKbps}k`,
    // Metadata of the source (titles, phone-system tags) may name the caller; drop all of it.
    '-map_metadata', '-1',
    '-f', 'ogg',
    '-progress', 'pipe:1',
    outPath,
  ];
  const r = await runTool(opts.ffmpegPath ?? 'ffmpeg', args, { timeoutMs: opts.timeoutMs ?? 300_000, signal: opts.signal });
  if (r.aborted || r.timedOut || r.spawnError || r.exitCode !== 0) {
    await rm(outPath, { force: true });
    if (r.aborted) throw new AudioError('audio-aborted');
    if (r.timedOut) throw new AudioError('audio-timeout');
    throw new AudioError(r.spawnError ? 'audio-tool-failed' : 'audio-corrupt');
  }
  const bytes = (await stat(outPath)).size;
  return {
    contentType: 'audio/ogg',
    filename: opts.filename ?? 'voicemail.ogg',
    durationSec: lastProgressSeconds(r.stdout),
    bytes,
    bitrateKbps,
  };
}

/**
 * Encodes at the first bitrate of the ladder whose result fits in `maxBytes`; returns null when
 * even the lowest does not fit (the caller then leaves the audio out and says so).
 */
export async function encodeForEmailWithin(
  inPath: string,
  outPath: string,
  maxBytes: number,
  opts: Omit<EncodeOptions, 'bitrateKbps'> & { ladderKbps?: readonly number[] } = {},
): Promise<EncodedAudio | null> {
  for (const kbps of opts.ladderKbps ?? EMAIL_BITRATE_LADDER_KBPS) {
    const enc = await encodeForEmail(inPath, outPath, { ...opts, bitrateKbps: kbps });
    if (enc.bytes <= maxBytes) return enc;
  }
  await rm(outPath, { force: true });
  return null;
}

/** Opus is near constant-bitrate in VoIP mode, so the size is predictable before encoding. */
export function estimateOpusBytes(durationSec: number, bitrateKbps: number): number {
  // ~3 % Ogg page overhead plus headers.
  return Math.ceil((durationSec * bitrateKbps * 1000) / 8 * 1.03 + 4096);
}

/**
 * Copies the first audio stream into a new MP4 audio file (.m4a) without re-encoding it and without
 * any of the source's metadata or chapters (phone-system tags may name the caller). One ffmpeg run
 * that decodes nothing: a fraction of the cost of an Opus encode, and the result plays everywhere.
 */
export async function remuxM4aWithoutMetadata(inPath: string, outPath: string, opts: Pick<EncodeOptions, 'ffmpegPath' | 'timeoutMs' | 'signal'> = {}): Promise<number> {
  return withoutPaths(async () => {
    const args = [
      '-nostdin', '-v', 'error', '-y',
      '-i', inPath,
      '-map', '0:a:0',
      '-c:a', 'copy',
      '-map_metadata', '-1',
      '-map_chapters', '-1',
      '-fflags', '+bitexact',
      '-movflags', '+faststart',
      '-f', 'ipod',
      outPath,
    ];
    const r = await runTool(opts.ffmpegPath ?? 'ffmpeg', args, { timeoutMs: opts.timeoutMs ?? 120_000, signal: opts.signal });
    if (r.aborted || r.timedOut || r.spawnError || r.exitCode !== 0) {
      await rm(outPath, { force: true });
      if (r.aborted) throw new AudioError('audio-aborted');
      if (r.timedOut) throw new AudioError('audio-timeout');
      throw new AudioError(r.spawnError ? 'audio-tool-failed' : 'audio-corrupt');
    }
    return (await stat(outPath)).size;
  });
}
