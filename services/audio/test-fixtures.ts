/** Helpers for tests: audio made on the spot with the real tools, never checked-in recordings. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A short sentence PocketSphinx recognises reliably from flite's 16 kHz "rms" voice. */
export const TEST_SENTENCE = 'please call the doctor tomorrow morning';

export async function speak(dir: string, text = TEST_SENTENCE, name = 'speech.wav'): Promise<string> {
  const out = join(dir, name);
  await run('flite', ['-voice', 'rms', '-t', text, '-o', out]);
  return out;
}

export async function ffmpeg(args: string[]): Promise<void> {
  await run('ffmpeg', ['-nostdin', '-v', 'error', '-y', ...args]);
}

export async function sox(args: string[]): Promise<void> {
  await run('sox', args);
}

export interface FormatFixture {
  name: string;
  file: string;
  /** Expected probe results. */
  codec: string;
  sampleRate: number;
  channels: number;
  nameHint?: string;
}

/** Every input format the service accepts, encoded from one flite recording. */
export async function makeFormatFixtures(dir: string, speech: string): Promise<FormatFixture[]> {
  const f = (name: string): string => join(dir, name);
  const specs: { name: string; file: string; args: string[]; codec: string; sampleRate: number; channels: number; nameHint?: string }[] = [
    { name: 'wav pcm 8k mono', file: f('pcm8k.wav'), args: ['-ar', '8000', '-ac', '1', '-c:a', 'pcm_s16le'], codec: 'pcm_s16le', sampleRate: 8000, channels: 1 },
    { name: 'wav pcm 16k stereo', file: f('pcm16k2.wav'), args: ['-ar', '16000', '-ac', '2', '-c:a', 'pcm_s16le'], codec: 'pcm_s16le', sampleRate: 16000, channels: 2 },
    { name: 'wav pcm 44.1k mono', file: f('pcm44k.wav'), args: ['-ar', '44100', '-ac', '1', '-c:a', 'pcm_s16le'], codec: 'pcm_s16le', sampleRate: 44100, channels: 1 },
    { name: 'wav pcm 48k stereo', file: f('pcm48k2.wav'), args: ['-ar', '48000', '-ac', '2', '-c:a', 'pcm_s16le'], codec: 'pcm_s16le', sampleRate: 48000, channels: 2 },
    { name: 'wav mu-law', file: f('mulaw.wav'), args: ['-ar', '8000', '-ac', '1', '-c:a', 'pcm_mulaw'], codec: 'pcm_mulaw', sampleRate: 8000, channels: 1 },
    { name: 'wav a-law', file: f('alaw.wav'), args: ['-ar', '8000', '-ac', '1', '-c:a', 'pcm_alaw'], codec: 'pcm_alaw', sampleRate: 8000, channels: 1 },
    { name: 'wav gsm 6.10', file: f('gsm610.wav'), args: ['-ar', '8000', '-ac', '1', '-c:a', 'libgsm_ms'], codec: 'gsm_ms', sampleRate: 8000, channels: 1 },
    // Headerless: stored under a neutral name, the original name passed as the hint.
    { name: 'raw gsm', file: f('rawgsm.bin'), args: ['-ar', '8000', '-ac', '1', '-c:a', 'libgsm', '-f', 'gsm'], codec: 'gsm', sampleRate: 8000, channels: 1, nameHint: 'message.gsm' },
    { name: 'mp3', file: f('speech.mp3'), args: ['-ac', '1', '-c:a', 'libmp3lame', '-b:a', '32k'], codec: 'mp3', sampleRate: 16000, channels: 1 },
    { name: 'ogg opus', file: f('speech.ogg'), args: ['-ac', '1', '-c:a', 'libopus', '-b:a', '24k'], codec: 'opus', sampleRate: 48000, channels: 1 },
    { name: 'm4a aac', file: f('speech.m4a'), args: ['-ac', '1', '-c:a', 'aac', '-b:a', '48k'], codec: 'aac', sampleRate: 16000, channels: 1 },
    { name: 'flac', file: f('speech.flac'), args: ['-ac', '1', '-c:a', 'flac'], codec: 'flac', sampleRate: 16000, channels: 1 },
  ];
  const fixtures: FormatFixture[] = [];
  await Promise.all(
    specs.map(async (s) => {
      await ffmpeg(['-i', speech, ...s.args, s.file]);
    }),
  );
  for (const s of specs) fixtures.push({ name: s.name, file: s.file, codec: s.codec, sampleRate: s.sampleRate, channels: s.channels, nameHint: s.nameHint });
  // This ffmpeg decodes AMR-NB but has no encoder for it; sox (libopencore) writes it.
  const amr = f('speech.amr');
  // Mode 7 (12.2 kbit/s), what mobile networks use for voice.
  await sox([speech, '-r', '8000', '-C', '7', '-t', 'amr-nb', amr]);
  fixtures.push({ name: 'amr-nb', file: amr, codec: 'amr_nb', sampleRate: 8000, channels: 1 });
  return fixtures;
}

/** Reads the 16-bit samples of a canonical WAV written by our own tools. */
export function pcmSamples(wav: Buffer, dataOffset = 44): Int16Array {
  const data = wav.subarray(dataOffset);
  const out = new Int16Array(Math.floor(data.length / 2));
  for (let i = 0; i < out.length; i++) out[i] = data.readInt16LE(i * 2);
  return out;
}
