import { stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { AudioError } from '../audio/errors.ts';
import { normaliseForAsr } from '../audio/normalise.ts';
import { canMaskInProcess, maskAudio, writeMaskedWav } from '../audio/mask.ts';
import { encodeForEmail, estimateOpusBytes, remuxM4aWithoutMetadata } from '../audio/encode.ts';
import { probeAudio, type AudioInfo } from '../audio/probe.ts';
import { copyMp3WithoutTags } from '../audio/mp3-tags.ts';

/**
 * Base64 inside the MIME entity (4/3 plus line ends), then ASCII armor around the ciphertext (4/3 again):
 * an attachment grows about 1.85 times by the time it is an encrypted email.
 */
export const ENCRYPTED_GROWTH = 1.85;
const MESSAGE_OVERHEAD = 200_000;
const BITRATES = [24, 12, 8] as const;

/**
 * Audio in a format every mail client plays (WAV, MP3, M4A) is attached as received, masked where
 * needed, up to this size; above it, Opus (a tenth of the size of telephone WAV) keeps messages small.
 * 4 MiB is about 2 minutes of 16 kHz WAV or 8 minutes of 8 kHz μ-law, i.e. nearly every voicemail,
 * and an encrypted email of under 8 MB. Opus in Ogg does not play on every iPhone, so it is the
 * format for long recordings only.
 */
export const AS_RECEIVED_MAX_BYTES = 4 * 1024 * 1024;

export interface EmailAudioFile {
  path: string;
  filename: string;
  contentType: string;
  durationSec: number;
  bytes: number;
}

export interface EmailAudio {
  file: EmailAudioFile | null;
  notes: string[];
}

export interface EmailAudioOptions {
  workDir: string;
  maskIntervals: { start: number; end: number }[];
  maskMode: 'tone' | 'silence';
  maxMessageBytes: number;
  nameHint?: string;
  /** What an earlier probe of this same file found (the transcribe stage's); saves probing again. */
  info?: AudioInfo;
  /** See {@link AS_RECEIVED_MAX_BYTES}; 0 = always Opus. */
  asReceivedMaxBytes?: number;
}

export function fitsMessage(audioBytes: number, maxMessageBytes: number): boolean {
  return audioBytes * ENCRYPTED_GROWTH + MESSAGE_OVERHEAD <= maxMessageBytes;
}

/**
 * The audio staff receive: the whole recording, masked where the policy masked text. Never unmasked
 * audio when masking was asked for; never dropped without a note. In order of preference:
 * - a WAV of plain samples (PCM, μ-law, A-law): its samples under a clean header, masked in-process;
 * - an MP3 or M4A that needs no masking: its audio as received, without the tags around it;
 * - anything else, or too large for that: speech Opus, at the first of 24/12/8 kbit/s that fits the
 *   message size limit (one ffmpeg run, plus one to decode first when masking a compressed source).
 */
export async function prepareEmailAudio(sourcePath: string, opts: EmailAudioOptions): Promise<EmailAudio> {
  try {
    const info = opts.info ?? (await probeAudio(sourcePath, { decodeCheck: false, ...(opts.nameHint ? { nameHint: opts.nameHint } : {}) }));
    return (await asReceived(sourcePath, info, opts)) ?? (await asOpus(sourcePath, info, opts));
  } catch (err) {
    if (!(err instanceof AudioError) || !err.permanent) throw err;
    return unconvertible(sourcePath, opts);
  }
}

/** The recording in the format it came in (see {@link AS_RECEIVED_MAX_BYTES}), or null. */
async function asReceived(src: string, info: AudioInfo, opts: EmailAudioOptions): Promise<EmailAudio | null> {
  const ceiling = opts.asReceivedMaxBytes ?? AS_RECEIVED_MAX_BYTES;
  const fits = (bytes: number): boolean => bytes <= ceiling && fitsMessage(bytes, opts.maxMessageBytes);
  const masking = opts.maskIntervals.length > 0;
  if (info.wav && canMaskInProcess(info.wav)) {
    // Header (at most 58 bytes) plus whole sample frames.
    if (!fits(info.wav.dataBytes + 58)) return null;
    const out = join(opts.workDir, 'voicemail.wav');
    const w = await writeMaskedWav(src, out, info.wav, opts.maskIntervals, opts.maskMode);
    return { file: { path: out, filename: 'voicemail.wav', contentType: 'audio/wav', durationSec: round2(w.durationSec), bytes: w.bytes }, notes: [] };
  }
  if (masking || !fits((await stat(src)).size)) return null;
  if (info.container === 'mp3' && info.codec === 'mp3') {
    const out = join(opts.workDir, 'voicemail.mp3');
    const bytes = await copyMp3WithoutTags(src, out);
    if (bytes === null) return null;
    return { file: { path: out, filename: 'voicemail.mp3', contentType: 'audio/mpeg', durationSec: round2(info.durationSec), bytes }, notes: [] };
  }
  if (info.container === 'mp4' && info.codec === 'aac') {
    const out = join(opts.workDir, 'voicemail.m4a');
    // A file ffmpeg can decode but not copy as it is still makes Opus.
    const bytes = await remuxM4aWithoutMetadata(src, out).catch((err: unknown) => {
      if (err instanceof AudioError && err.permanent) return null;
      throw err;
    });
    if (bytes === null || !fits(bytes)) return null;
    return { file: { path: out, filename: 'voicemail.m4a', contentType: 'audio/mp4', durationSec: round2(info.durationSec), bytes }, notes: [] };
  }
  return null;
}

/** Speech Opus, masked first where needed, down the bitrate ladder until it fits. */
async function asOpus(src: string, info: AudioInfo, opts: EmailAudioOptions): Promise<EmailAudio> {
  let speech = src;
  let speechInfo: Pick<AudioInfo, 'inputArgs' | 'sampleRate'> = info;
  if (opts.maskIntervals.length > 0) {
    speech = join(opts.workDir, 'email-masked.wav');
    if (info.wav && canMaskInProcess(info.wav)) {
      await writeMaskedWav(src, speech, info.wav, opts.maskIntervals, opts.maskMode);
      speechInfo = { inputArgs: [], sampleRate: info.sampleRate };
    } else {
      // A compressed source is decoded once (16 kHz mono PCM) so its samples can be masked.
      const wav = join(opts.workDir, 'email.wav');
      await normaliseForAsr(src, wav, { info, maxDurationSec: 24 * 3600 });
      await maskAudio(wav, speech, opts.maskIntervals, opts.maskMode);
      speechInfo = { inputArgs: [], sampleRate: 16_000 };
    }
  }
  const budget = (opts.maxMessageBytes - MESSAGE_OVERHEAD) / ENCRYPTED_GROWTH;
  // Opus in VoIP mode is close to its nominal bitrate; a rung is skipped without encoding only when even
  // a quarter under the estimate would not fit (VBR spends less on pauses).
  let first = BITRATES.findIndex((kbps) => estimateOpusBytes(info.durationSec, kbps) * 0.75 <= budget);
  if (first < 0) first = BITRATES.length - 1;
  for (const kbps of BITRATES.slice(first)) {
    const out = join(opts.workDir, `voicemail-${kbps}k.ogg`);
    const r = await encodeForEmail(speech, out, { bitrateKbps: kbps, inputArgs: speechInfo.inputArgs, sourceSampleRate: speechInfo.sampleRate });
    if (!fitsMessage(r.bytes, opts.maxMessageBytes)) continue;
    const notes = kbps !== BITRATES[0] ? ['The audio was compressed more than usual to fit the email size limit.'] : [];
    return { file: { path: out, filename: r.filename, contentType: r.contentType, durationSec: r.durationSec, bytes: r.bytes }, notes };
  }
  return { file: null, notes: ["The recording is too long to attach even at the smallest size. Your practice's IT can send it to you securely for at least 7 days: quote this voicemail's reference."] };
}

/** The audio tools could not read it: staff may still be able to play what the phone system sent. */
async function unconvertible(src: string, opts: EmailAudioOptions): Promise<EmailAudio> {
  if (opts.maskIntervals.length > 0) {
    return { file: null, notes: ['The audio could not be converted, so it is not attached (parts of it would have needed masking).'] };
  }
  const bytes = (await stat(src)).size;
  if (bytes === 0) return { file: null, notes: ['The recording was empty.'] };
  if (!fitsMessage(bytes, opts.maxMessageBytes)) {
    return { file: null, notes: ["The recording could not be converted and is too large to email. Your practice's IT can send it to you securely for at least 7 days: quote this voicemail's reference."] };
  }
  const ext = extname(src).slice(1) || 'bin';
  return {
    file: { path: src, filename: `voicemail-original.${ext}`, contentType: 'application/octet-stream', durationSec: 0, bytes },
    notes: ['The recording could not be converted; it is attached exactly as the phone system sent it.'],
  };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
