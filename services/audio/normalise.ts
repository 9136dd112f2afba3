import { createWriteStream } from 'node:fs';
import { open, rm, type FileHandle } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { once } from 'node:events';
import { AudioError, withoutPaths } from './errors.ts';
import { decodedLooksDamaged, DECODER_STDERR_BYTES, probeAudio, verifyDecodes, type AudioInfo } from './probe.ts';
import { runTool } from './run-tool.ts';
import { pcmWavHeader, WAV_HEADER_BYTES } from './wav.ts';
import { SilenceMeter } from './silence.ts';
import { HighBandMeter } from './bandwidth.ts';

export const ASR_SAMPLE_RATE = 16_000;
export const DEFAULT_MAX_DURATION_SEC = 900;
/** Telephone audio: nothing above 4 kHz was ever recorded. */
export const NARROWBAND_MAX_RATE = 8_000;

export type NarrowbandMode = 'auto' | 'on' | 'off';

/**
 * Level of the mirrored band added above 4 kHz for narrowband input (see {@link narrowbandFilter}).
 * bench/asr.ts, 20 sentences as 8 kHz μ-law: WER 89.7 % plainly upsampled, 13.6 % at 0.4,
 * 12.8 % at 0.6, 13.6 % at 0.8 (the same sentences at 16 kHz: 9.0 %).
 */
export const DEFAULT_FOLD_GAIN = 0.6;

/**
 * The stock PocketSphinx model is trained on 16 kHz speech and leans on the 4-8 kHz band; upsampled
 * telephone audio leaves that band empty and recognition collapses. Spectral folding (multiplying the
 * upsampled signal by (-1)^n mirrors 0-4 kHz into 4-8 kHz) puts speech-shaped, speech-timed energy
 * back there; mixed in at {@link DEFAULT_FOLD_GAIN} it restores most of the wideband accuracy in
 * our bench. The original 0-4 kHz content is kept; only the empty band is filled. It sounds
 * harsh, so it is for recognisers only, never for audio people listen to.
 */
export function narrowbandFilter(foldGain = DEFAULT_FOLD_GAIN): string {
  return (
    `aformat=channel_layouts=mono,aresample=${ASR_SAMPLE_RATE}:resampler=soxr,asplit[lo][m];` +
    `[m]aeval=val(0)*(1-2*mod(n\\,2))*${foldGain},highpass=f=4000:poles=2[hi];` +
    `[lo][hi]amix=inputs=2:duration=first:normalize=0`
  );
}

/** Wideband input: downmix and resample only (soxr: cleaner than the default resampler, same speed). */
export function widebandFilter(): string {
  return `aformat=channel_layouts=mono,aresample=${ASR_SAMPLE_RATE}:resampler=soxr`;
}

export interface NormaliseOptions {
  /** Audio after this is dropped (default 900 s) and the result says `truncated`. */
  maxDurationSec?: number;
  /**
   * How the `narrowband` result is decided. 'auto' (default): the source is sampled at 8 kHz or
   * less, or its spectrum shows telephone bandwidth whatever the rate ({@link UPSAMPLED_NARROWBAND_DB}).
   */
  narrowband?: NarrowbandMode;
  /**
   * Fill the empty 4-8 kHz band of narrowband audio by spectral folding ({@link narrowbandFilter}).
   * Default false: the output is also what staff hear and what cloud engines get, so it stays
   * faithful; the PocketSphinx adapter folds its own copy.
   */
  foldNarrowband?: boolean;
  /** Result of an earlier {@link probeAudio}; saves probing again. */
  info?: AudioInfo;
  /**
   * `info` came from a probe without its decode check: let the conversion double as that check
   * (damaged input fails with 'audio-corrupt', judged as probeAudio judges it) instead of decoding the
   * source twice. When the source is longer than `maxDurationSec`, so that the conversion would not
   * reach its end, the separate decode check runs first.
   */
  checkDecode?: boolean;
  /** Tuning knob for the bench; see {@link DEFAULT_FOLD_GAIN}. */
  foldGain?: number;
  /** Passed to probeAudio when `info` is not given. */
  nameHint?: string;
  ffmpegPath?: string;
  ffprobePath?: string;
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface NormaliseResult {
  durationSec: number;
  truncated: boolean;
  sourceSampleRate: number;
  /** No stretch of the audio rises above the speech threshold (see {@link SilenceMeter}). */
  silent: boolean;
  /** The source carried telephone bandwidth only; engines may pick settings for it. */
  narrowband: boolean;
  /** The output has the folded high band ({@link NormaliseOptions.foldNarrowband}). */
  folded: boolean;
}

/**
 * Converts any supported input to the form every ASR engine here expects: 16 kHz mono signed 16-bit
 * WAV. ffmpeg reads the file itself and streams raw samples to us; we write the WAV and measure the
 * level on the way, so a long recording is never held in memory. A source already in that form is
 * copied here without ffmpeg (see {@link isAsrReady}).
 */
export async function normaliseForAsr(inPath: string, outWavPath: string, opts: NormaliseOptions = {}): Promise<NormaliseResult> {
  return withoutPaths(() => normalise(inPath, outWavPath, opts));
}

async function normalise(inPath: string, outWavPath: string, opts: NormaliseOptions): Promise<NormaliseResult> {
  const maxDurationSec = opts.maxDurationSec ?? DEFAULT_MAX_DURATION_SEC;
  const decodeOpts = { ffmpegPath: opts.ffmpegPath, timeoutMs: opts.timeoutMs, signal: opts.signal };
  const probed =
    opts.info ??
    (await probeAudio(inPath, {
      nameHint: opts.nameHint,
      decodeCheck: false,
      ffprobePath: opts.ffprobePath,
      ffmpegPath: opts.ffmpegPath,
      signal: opts.signal,
    }));
  // A conversion cut at the limit never sees the end of the stream: it cannot stand in for the check.
  const cut = probed.durationSec > maxDurationSec;
  const info = opts.checkDecode && cut ? await verifyDecodes(inPath, probed, decodeOpts) : probed;
  const mode = opts.narrowband ?? 'auto';
  let narrowband = mode === 'on' || (mode === 'auto' && info.sampleRate <= NARROWBAND_MAX_RATE);
  let folded = narrowband && opts.foldNarrowband === true;
  let pass = await convert(inPath, outWavPath, info, maxDurationSec, folded, { ...opts, checkDecode: opts.checkDecode === true && !cut });
  // Telephone audio saved at a higher rate: the rate said wideband, the spectrum says otherwise.
  if (mode === 'auto' && !narrowband && !pass.silent && pass.highBandDb < UPSAMPLED_NARROWBAND_DB) {
    narrowband = true;
    if (opts.foldNarrowband) {
      folded = true;
      pass = await convert(inPath, outWavPath, info, maxDurationSec, folded, opts);
    }
  }
  return {
    durationSec: pass.dataBytes / 2 / ASR_SAMPLE_RATE,
    truncated: info.durationSec > maxDurationSec + 0.05,
    sourceSampleRate: info.sampleRate,
    silent: pass.silent,
    narrowband,
    folded,
  };
}

/**
 * Speech energy above 5 kHz relative to all of it: wideband speech (flite, mp3, opus, aac) measures
 * -19 to -34 dB, 8 kHz telephone audio resampled upwards -63 to -67 dB.
 */
export const UPSAMPLED_NARROWBAND_DB = -50;

interface ConvertPass {
  dataBytes: number;
  silent: boolean;
  highBandDb: number;
}

/**
 * A source that already is 16 kHz mono 16-bit PCM needs no resampling or downmix: the filter graph
 * ffmpeg would run is the identity, so the samples are copied here (the 44-byte header pocketsphinx
 * expects, nothing of the source's other chunks), measured on the way. Saves a process start
 * (about 0.1-0.2 s here) per voicemail.
 */
export function isAsrReady(info: AudioInfo): info is AudioInfo & { wav: NonNullable<AudioInfo['wav']> } {
  return info.wav !== undefined && info.codec === 'pcm_s16le' && info.channels === 1 && info.sampleRate === ASR_SAMPLE_RATE;
}

/** One pass: decode, filter, write the WAV, measuring as we go (in-process when the source is ready). */
async function convert(
  inPath: string,
  outWavPath: string,
  info: AudioInfo,
  maxDurationSec: number,
  fold: boolean,
  opts: NormaliseOptions,
): Promise<ConvertPass> {
  if (!fold && isAsrReady(info)) return copyAsrReady(inPath, outWavPath, info.wav, maxDurationSec);
  return convertWithFfmpeg(inPath, outWavPath, info, maxDurationSec, fold, opts);
}

async function copyAsrReady(inPath: string, outWavPath: string, wav: { dataOffset: number; dataBytes: number }, maxDurationSec: number): Promise<ConvertPass> {
  const limit = Math.min(wav.dataBytes, Math.floor(maxDurationSec * ASR_SAMPLE_RATE) * 2);
  const dataBytes = limit - (limit % 2);
  const silence = new SilenceMeter(ASR_SAMPLE_RATE);
  const band = new HighBandMeter(ASR_SAMPLE_RATE);
  const src = await open(inPath, 'r');
  let dst: FileHandle | undefined;
  try {
    dst = await open(outWavPath, 'w', 0o600);
    await dst.write(pcmWavHeader(dataBytes, ASR_SAMPLE_RATE, 1), 0, WAV_HEADER_BYTES, 0);
    const buf = Buffer.allocUnsafe(COPY_CHUNK_BYTES);
    for (let pos = 0; pos < dataBytes; ) {
      const { bytesRead } = await src.read(buf, 0, Math.min(buf.length, dataBytes - pos), wav.dataOffset + pos);
      if (bytesRead === 0 || bytesRead % 2 !== 0) throw new AudioError('audio-corrupt');
      const chunk = buf.subarray(0, bytesRead);
      silence.push(chunk);
      band.push(chunk);
      await dst.write(chunk, 0, bytesRead, WAV_HEADER_BYTES + pos);
      pos += bytesRead;
    }
    if (dataBytes === 0) throw new AudioError('audio-corrupt');
    await dst.close();
    dst = undefined;
  } catch (err) {
    await dst?.close();
    // A half-written WAV of a voicemail is PHI on disk: never leave it behind.
    await rm(outWavPath, { force: true });
    throw err;
  } finally {
    await src.close();
  }
  return { dataBytes, silent: silence.isSilent(), highBandDb: band.highBandDb() };
}

const COPY_CHUNK_BYTES = 256 * 1024;

/**
 * What {@link normaliseForAsr} would find out about silence and bandwidth, measured on a mono 16-bit
 * PCM WAV in place (no copy, no tool), for engines that read the source themselves. Null for any
 * other format: the caller then does without.
 */
export async function measureSpeech(path: string, info: AudioInfo, maxDurationSec = DEFAULT_MAX_DURATION_SEC): Promise<{ silent: boolean; narrowband: boolean } | null> {
  const wav = info.wav;
  if (!wav || info.codec !== 'pcm_s16le' || info.channels !== 1) return null;
  return withoutPaths(async () => {
    const silence = new SilenceMeter(info.sampleRate);
    // The band meter looks above 5 kHz: only meaningful when the rate leaves room above that.
    const band = info.sampleRate > NARROWBAND_MAX_RATE * 1.5 ? new HighBandMeter(info.sampleRate) : null;
    const limit = Math.min(wav.dataBytes, Math.floor(maxDurationSec * info.sampleRate) * 2);
    const fh = await open(path, 'r');
    try {
      const buf = Buffer.allocUnsafe(COPY_CHUNK_BYTES);
      for (let pos = 0; pos < limit - 1; ) {
        const { bytesRead } = await fh.read(buf, 0, Math.min(buf.length, limit - pos), wav.dataOffset + pos);
        const even = bytesRead - (bytesRead % 2);
        if (even === 0) break;
        silence.push(buf.subarray(0, even));
        band?.push(buf.subarray(0, even));
        pos += even;
      }
    } finally {
      await fh.close();
    }
    const silent = silence.isSilent();
    const narrowband = info.sampleRate <= NARROWBAND_MAX_RATE || (band !== null && !silent && band.highBandDb() < UPSAMPLED_NARROWBAND_DB);
    return { silent, narrowband };
  });
}

/** One ffmpeg run: decode, filter, stream raw samples to a WAV we write, measuring as we go. */
async function convertWithFfmpeg(
  inPath: string,
  outWavPath: string,
  info: AudioInfo,
  maxDurationSec: number,
  fold: boolean,
  opts: NormaliseOptions,
): Promise<ConvertPass> {
  const args = [
    '-nostdin',
    '-v', 'error',
    ...info.inputArgs,
    '-i', inPath,
    '-map', '0:a:0',
    '-t', String(maxDurationSec),
    '-af', fold ? narrowbandFilter(opts.foldGain) : widebandFilter(),
    '-ac', '1',
    '-ar', String(ASR_SAMPLE_RATE),
    '-c:a', 'pcm_s16le',
    '-f', 's16le',
    'pipe:1',
  ];

  const silence = new SilenceMeter(ASR_SAMPLE_RATE);
  // Only needed to decide whether a wideband-rate file is really telephone audio.
  const band = fold ? null : new HighBandMeter(ASR_SAMPLE_RATE);
  let dataBytes = 0;
  const writeWav = async (stdout: Readable): Promise<void> => {
    const out = createWriteStream(outWavPath, { mode: 0o600 });
    try {
      await writeChunk(out, pcmWavHeader(0, ASR_SAMPLE_RATE, 1));
      let carry: Buffer | null = null;
      for await (const raw of stdout as AsyncIterable<Buffer>) {
        let chunk: Buffer = carry ? Buffer.concat([carry, raw]) : raw;
        carry = null;
        if (chunk.length % 2 === 1) {
          carry = chunk.subarray(chunk.length - 1);
          chunk = chunk.subarray(0, chunk.length - 1);
        }
        silence.push(chunk);
        band?.push(chunk);
        dataBytes += chunk.length;
        await writeChunk(out, chunk);
      }
    } finally {
      out.end();
      await once(out, 'close');
    }
  };

  const r = await runTool(opts.ffmpegPath ?? 'ffmpeg', args, {
    timeoutMs: opts.timeoutMs ?? 300_000,
    signal: opts.signal,
    consumeStdout: writeWav,
    ...(opts.checkDecode ? { maxStderrBytes: DECODER_STDERR_BYTES } : {}),
  });
  try {
    if (r.aborted) throw new AudioError('audio-aborted');
    if (r.timedOut) throw new AudioError('audio-timeout');
    if (r.spawnError || r.consumerError) throw new AudioError('audio-tool-failed');
    if (r.exitCode !== 0) throw new AudioError('audio-corrupt');
    if (dataBytes === 0) throw new AudioError('audio-corrupt');
    if (opts.checkDecode && decodedLooksDamaged(info.durationSec, dataBytes / 2 / ASR_SAMPLE_RATE, r.stderr)) throw new AudioError('audio-corrupt');
    await patchHeader(outWavPath, dataBytes);
  } catch (err) {
    // A half-written WAV of a voicemail is PHI on disk: never leave it behind.
    await rm(outWavPath, { force: true });
    throw err;
  }
  return { dataBytes, silent: silence.isSilent(), highBandDb: band?.highBandDb() ?? -Infinity };
}

async function writeChunk(out: NodeJS.WritableStream, chunk: Buffer): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

async function patchHeader(path: string, dataBytes: number): Promise<void> {
  const fh = await open(path, 'r+');
  try {
    await fh.write(pcmWavHeader(dataBytes, ASR_SAMPLE_RATE, 1), 0, WAV_HEADER_BYTES, 0);
  } finally {
    await fh.close();
  }
}
