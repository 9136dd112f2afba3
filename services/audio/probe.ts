import { stat } from 'node:fs/promises';
import { AudioError, withoutPaths } from './errors.ts';
import { runTool, type RunToolResult } from './run-tool.ts';
import { readBytes, sniff, type SniffedKind } from './sniff.ts';
import { amrLooksTruncated, oggLooksTruncated, wavLooksTruncated } from './truncation.ts';
import { plainWavCodec, readWavLayout, type WavLayout } from './wav.ts';

export interface AudioInfo {
  /** Short container name: wav, ogg, mp3, mp4, flac, amr, gsm, ... */
  container: string;
  /** ffmpeg codec name: pcm_s16le, pcm_mulaw, gsm_ms, opus, aac, amr_nb, ... */
  codec: string;
  sampleRate: number;
  channels: number;
  durationSec: number;
  /** ffmpeg input options needed to read this file again (e.g. ['-f', 'gsm'] for headerless GSM). */
  inputArgs: string[];
  /**
   * Set for a WAV whose samples need no decoder (PCM, float, G.711): where they are. Such a file was
   * probed in-process, and the audio steps may read and write its samples themselves.
   */
  wav?: WavLayout;
}

export interface ProbeOptions {
  /** Original file name, consulted only for headerless formats (raw `.gsm`). Never logged. */
  nameHint?: string;
  /** Reject files larger than this many bytes with 'audio-too-large'. */
  maxBytes?: number;
  /**
   * Decode the whole audio stream once to catch corruption the container headers do not show and to
   * measure the exact duration. Default true; costs about 1 s per 15 minutes of compressed audio.
   * Never needed, so never run, for a WAV of plain samples (see {@link AudioInfo.wav}).
   */
  decodeCheck?: boolean;
  ffprobePath?: string;
  ffmpegPath?: string;
  timeoutMs?: number;
  signal?: AbortSignal;
}

interface FfprobeStream {
  codec_type?: string;
  codec_name?: string;
  sample_rate?: string;
  channels?: number;
  duration?: string;
}
interface FfprobeOutput {
  streams?: FfprobeStream[];
  format?: { format_name?: string; duration?: string };
}

const CONTAINER_BY_SNIFF: Partial<Record<SniffedKind, string>> = {
  wav: 'wav',
  ogg: 'ogg',
  flac: 'flac',
  mp3: 'mp3',
  mp4: 'mp4',
  amr: 'amr',
  aiff: 'aiff',
  au: 'au',
  webm: 'webm',
  'gsm-raw': 'gsm',
};

/**
 * Identifies an audio file from its content and reports its format. Failures are {@link AudioError}s
 * whose message is only the reason code.
 */
export async function probeAudio(path: string, opts: ProbeOptions = {}): Promise<AudioInfo> {
  return withoutPaths(() => probe(path, opts));
}

async function probe(path: string, opts: ProbeOptions): Promise<AudioInfo> {
  const size = (await stat(path)).size;
  if (size === 0) throw new AudioError('audio-empty');
  if (opts.maxBytes !== undefined && size > opts.maxBytes) throw new AudioError('audio-too-large');

  const head = await readBytes(path, 0, 4096);
  const kind = sniff(head, size);
  if (kind === 'not-audio') throw new AudioError('audio-not-audio');

  const hintedGsm = /\.gsm$/i.test(opts.nameHint ?? '');
  // A .gsm name on content without GSM frame signatures is damaged GSM, not some other format.
  if (hintedGsm && kind === 'unknown') throw new AudioError('audio-corrupt');

  if (kind === 'wav' && (await wavLooksTruncated(path, size))) throw new AudioError('audio-corrupt');
  if (kind === 'ogg' && (await oggLooksTruncated(path, size))) throw new AudioError('audio-corrupt');
  if (kind === 'amr' && head.toString('latin1', 0, 6) === '#!AMR\n' && (await amrLooksTruncated(path, size))) {
    throw new AudioError('audio-corrupt');
  }

  if (kind === 'wav') {
    const plain = await probePlainWav(path);
    if (plain) return plain;
  }

  const inputArgs = kind === 'gsm-raw' ? ['-f', 'gsm'] : [];
  const probed = await runTool(
    opts.ffprobePath ?? 'ffprobe',
    ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', ...inputArgs, '-i', path],
    { timeoutMs: opts.timeoutMs ?? 30_000, signal: opts.signal, maxStdoutBytes: 1024 * 1024 },
  );
  throwIfToolBroken(probed);
  const audio = parseFfprobe(probed);
  if (!audio) {
    // Recognised magic bytes but unreadable: damaged. Unrecognised and unreadable: not audio.
    throw new AudioError(kind === 'unknown' ? 'audio-not-audio' : 'audio-corrupt');
  }

  const info: AudioInfo = {
    container: CONTAINER_BY_SNIFF[kind] ?? shortContainer(audio.formatName),
    codec: audio.stream.codec_name ?? 'unknown',
    sampleRate: Number(audio.stream.sample_rate ?? 0),
    channels: audio.stream.channels ?? 0,
    durationSec: Number(audio.stream.duration ?? audio.formatDuration ?? 0) || 0,
    inputArgs,
  };
  if (!(info.sampleRate > 0) || !(info.channels > 0)) throw new AudioError('audio-corrupt');

  if (opts.decodeCheck ?? true) {
    info.durationSec = await decodeWholeStream(path, inputArgs, info.durationSec, opts);
  }
  if (!(info.durationSec > 0)) throw new AudioError('audio-corrupt');
  return info;
}

/**
 * A WAV of plain samples (PCM, float, μ-law, A-law) states everything in its header, and every byte
 * of its data chunk is a valid sample: there is nothing for ffprobe to find or for a decode check to
 * catch (a cut-off file was caught above by wavLooksTruncated). Null: leave it to ffprobe (other
 * codecs, RF64, headers this reader does not follow).
 */
async function probePlainWav(path: string): Promise<AudioInfo | null> {
  const wav = await readWavLayout(path).catch(() => null);
  if (!wav) return null;
  const codec = plainWavCodec(wav);
  if (!codec) return null;
  const frames = Math.floor(wav.dataBytes / wav.blockAlign);
  if (frames === 0) throw new AudioError('audio-corrupt');
  return { container: 'wav', codec, sampleRate: wav.sampleRate, channels: wav.channels, durationSec: frames / wav.sampleRate, inputArgs: [], wav };
}

function throwIfToolBroken(r: RunToolResult): void {
  if (r.aborted) throw new AudioError('audio-aborted');
  if (r.timedOut) throw new AudioError('audio-timeout');
  if (r.spawnError) throw new AudioError('audio-tool-failed');
}

function parseFfprobe(r: RunToolResult): { stream: FfprobeStream; formatName: string; formatDuration?: string } | null {
  if (r.exitCode !== 0) return null;
  let parsed: FfprobeOutput;
  try {
    parsed = JSON.parse(r.stdout) as FfprobeOutput;
  } catch {
    return null;
  }
  const stream = parsed.streams?.find((s) => s.codec_type === 'audio');
  if (!stream) return null;
  return { stream, formatName: parsed.format?.format_name ?? 'unknown', formatDuration: parsed.format?.duration };
}

function shortContainer(formatName: string): string {
  if (formatName.includes('mp4')) return 'mp4';
  return formatName.split(',')[0] ?? formatName;
}

/**
 * Decodes the first audio stream to nowhere. A few decoder complaints are normal (AMR comfort-noise
 * frames, for one, are "not implemented" in ffmpeg), so damage is judged by outcome: decoding fails,
 * yields nothing, complains throughout, or stops well short of the length the container declares.
 */
async function decodeWholeStream(path: string, inputArgs: string[], declaredSec: number, opts: ProbeOptions): Promise<number> {
  const r = await runTool(
    opts.ffmpegPath ?? 'ffmpeg',
    ['-nostdin', '-v', 'error', ...inputArgs, '-i', path, '-map', '0:a:0', '-f', 'null', '-progress', 'pipe:1', '-'],
    { timeoutMs: opts.timeoutMs ?? 120_000, signal: opts.signal, maxStdoutBytes: 4 * 1024 * 1024, maxStderrBytes: DECODER_STDERR_BYTES },
  );
  throwIfToolBroken(r);
  const decodedSec = lastProgressSeconds(r.stdout);
  if (r.exitCode !== 0 || decodedLooksDamaged(declaredSec, decodedSec, r.stderr)) throw new AudioError('audio-corrupt');
  return decodedSec;
}

/**
 * Confirms that a file probed with `decodeCheck: false` decodes whole, as the decode check would have:
 * returns its info with the decoded length. For callers that decide later whether they need it.
 */
export async function verifyDecodes(path: string, info: AudioInfo, opts: Omit<ProbeOptions, 'decodeCheck' | 'maxBytes' | 'nameHint'> = {}): Promise<AudioInfo> {
  if (info.wav) return info;
  return withoutPaths(async () => ({ ...info, durationSec: await decodeWholeStream(path, info.inputArgs, info.durationSec, opts) }));
}

const MAX_DECODER_COMPLAINTS = 50;

/**
 * The decode check's verdict on a run that decoded the whole stream (exit status aside): nothing
 * came out, the decoder complained throughout, or it stopped well short of the declared length.
 * Also used by normalisation when it doubles as the decode check (services/audio/normalise.ts).
 */
export function decodedLooksDamaged(declaredSec: number, decodedSec: number, stderr: string): boolean {
  const complaints = stderr.split('\n').filter((l) => l.trim() !== '').length;
  return decodedSec <= 0 || complaints > MAX_DECODER_COMPLAINTS || declaredSec - decodedSec > Math.max(0.5, declaredSec * 0.02);
}

/** Enough of ffmpeg's stderr to count more than {@link MAX_DECODER_COMPLAINTS} lines. */
export const DECODER_STDERR_BYTES = 256 * 1024;

/** ffmpeg `-progress` output: the last out_time_us is the decoded length. */
export function lastProgressSeconds(progress: string): number {
  const matches = [...progress.matchAll(/^out_time_us=(\d+)$/gm)];
  const last = matches.at(-1)?.[1];
  return last ? Number(last) / 1e6 : 0;
}
