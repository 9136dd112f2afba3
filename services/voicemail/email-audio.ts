import { copyFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { AudioError } from '../audio/errors.ts';
import { normaliseForAsr } from '../audio/normalise.ts';
import { maskAudio } from '../audio/mask.ts';
import { encodeForEmail } from '../audio/encode.ts';

/**
 * Base64 inside the MIME entity (4/3 plus line ends), then ASCII armor around the ciphertext (4/3 again):
 * an attachment grows about 1.85 times by the time it is an encrypted email.
 */
export const ENCRYPTED_GROWTH = 1.85;
const MESSAGE_OVERHEAD = 200_000;
const BITRATES = [24, 12, 8] as const;

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

export function fitsMessage(audioBytes: number, maxMessageBytes: number): boolean {
  return audioBytes * ENCRYPTED_GROWTH + MESSAGE_OVERHEAD <= maxMessageBytes;
}

/**
 * The audio staff receive: the whole recording, masked where the policy masked text, as compact
 * speech Opus. Never unmasked audio when masking was asked for; never dropped without a note.
 */
export async function prepareEmailAudio(
  sourcePath: string,
  opts: { workDir: string; maskIntervals: { start: number; end: number }[]; maskMode: 'tone' | 'silence'; maxMessageBytes: number; nameHint?: string },
): Promise<EmailAudio> {
  const notes: string[] = [];
  const wav = join(opts.workDir, 'email.wav');
  try {
    await normaliseForAsr(sourcePath, wav, { maxDurationSec: 24 * 3600, ...(opts.nameHint ? { nameHint: opts.nameHint } : {}) });
  } catch (err) {
    if (!(err instanceof AudioError) || !err.permanent) throw err;
    if (opts.maskIntervals.length > 0) {
      return { file: null, notes: ['The audio could not be converted, so it is not attached (parts of it would have needed masking).'] };
    }
    // Staff may still be able to play what the phone system sent; attach it as received.
    const bytes = (await stat(sourcePath)).size;
    if (bytes === 0) return { file: null, notes: ['The recording was empty.'] };
    if (!fitsMessage(bytes, opts.maxMessageBytes)) {
      return { file: null, notes: ['The recording could not be converted and is too large to email; your Quietline operator can retrieve it.'] };
    }
    const ext = extname(sourcePath).slice(1) || 'bin';
    notes.push('The recording could not be converted; it is attached exactly as the phone system sent it.');
    return { file: { path: sourcePath, filename: `voicemail-original.${ext}`, contentType: 'application/octet-stream', durationSec: 0, bytes }, notes };
  }
  let speech = wav;
  if (opts.maskIntervals.length > 0) {
    speech = join(opts.workDir, 'email-masked.wav');
    await maskAudio(wav, speech, opts.maskIntervals, opts.maskMode);
  }
  const encoded: { bitrateKbps: number; path: string; bytes: number; durationSec: number; filename: string; contentType: string }[] = [];
  for (const kbps of BITRATES) {
    const out = join(opts.workDir, `voicemail-${kbps}k.ogg`);
    const r = await encodeForEmail(speech, out, { bitrateKbps: kbps });
    encoded.push({ bitrateKbps: kbps, path: out, bytes: r.bytes, durationSec: r.durationSec, filename: r.filename, contentType: r.contentType });
    if (fitsMessage(r.bytes, opts.maxMessageBytes)) break;
  }
  const fitting = encoded.find((e) => fitsMessage(e.bytes, opts.maxMessageBytes));
  if (!fitting) {
    return { file: null, notes: ['The recording is too long to attach even at the smallest size; your Quietline operator can retrieve it.'] };
  }
  const primaryPath = join(opts.workDir, 'voicemail.ogg');
  await copyFile(fitting.path, primaryPath);
  if (fitting.bitrateKbps !== BITRATES[0]) notes.push('The audio was compressed more than usual to fit the email size limit.');
  return {
    file: { path: primaryPath, filename: 'voicemail.ogg', contentType: fitting.contentType, durationSec: fitting.durationSec, bytes: fitting.bytes },
    notes,
  };
}
