/**
 * Synthetic voicemail audio for the benches: flite's 16 kHz "rms" voice (which PocketSphinx hears
 * well) speaking made-up voicemail sentences, joined with ffmpeg's concat demuxer into a recording of
 * the wanted length. Made once and cached in the OS temp dir (synthetic speech only, no PHI), because
 * a 60-minute recording takes a while to synthesise.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Spoken forms throughout, so the text is exactly what a perfect recogniser would write. */
export const BENCH_SENTENCES: readonly string[] = [
  'hi this is margaret calling about my appointment on tuesday at three thirty',
  'please call me back at five five five one two three four',
  'i need a refill of my blood pressure medication before the weekend',
  'this is john from the pharmacy returning your call about the prescription',
  'my daughter has a fever and a bad cough since yesterday morning',
  'i would like to cancel my appointment for next monday',
  'the lab results came back and the doctor asked me to call the office',
  'hello i am calling to schedule a follow up visit for my knee',
  'i have a question about the bill i received last week',
  'please let the nurse know that the swelling has gone down',
  'we are running about fifteen minutes late for the two o clock appointment',
  'can you send the referral to the cardiology clinic on main street',
  'i think i need to change the dose because i feel dizzy in the morning',
  'thank you for your help have a good day',
  'the pain in my back is worse today and i can not sleep',
  'please call me on my cell phone after six in the evening',
];

const GAP_SEC = 0.6;
const RATE = 16_000;
export const CACHE_DIR = join(tmpdir(), 'quietline-bench-audio-v1');

export interface SpeechClip {
  path: string;
  durationSec: number;
  /** What was spoken, for word error rate. Synthetic text, no PHI. */
  reference: string;
}

/** Sample count and data offset of a PCM WAV buffer (walks the RIFF chunks). */
export function wavData(buf: Buffer): { offset: number; bytes: number; sampleRate: number } {
  if (buf.toString('ascii', 0, 4) !== 'RIFF' || buf.toString('ascii', 8, 12) !== 'WAVE') throw new Error('not-a-wav');
  let pos = 12;
  let sampleRate = 0;
  while (pos + 8 <= buf.length) {
    const id = buf.toString('ascii', pos, pos + 4);
    const size = buf.readUInt32LE(pos + 4);
    if (id === 'fmt ') sampleRate = buf.readUInt32LE(pos + 12);
    if (id === 'data') return { offset: pos + 8, bytes: Math.min(size, buf.length - pos - 8), sampleRate };
    pos += 8 + size + (size % 2);
  }
  throw new Error('wav-no-data');
}

/** The same recording with `samples` silent 16-bit samples appended: other bytes, other ETag, same speech. */
export function withTrailingSilence(wav: Buffer, samples: number): Buffer {
  const d = wavData(wav);
  const extra = Buffer.alloc(samples * 2);
  const out = Buffer.concat([wav.subarray(0, d.offset + d.bytes), extra]);
  out.writeUInt32LE(out.length - 8, 4);
  out.writeUInt32LE(d.bytes + extra.length, d.offset - 4);
  return out;
}

async function ffmpeg(args: string[]): Promise<void> {
  await run('ffmpeg', ['-nostdin', '-v', 'error', '-y', ...args, '-map_metadata', '-1', '-fflags', '+bitexact', '-flags:a', '+bitexact'], { maxBuffer: 1024 * 1024 });
}

async function silence(path: string, sec: number): Promise<void> {
  await ffmpeg(['-f', 'lavfi', '-i', `anullsrc=r=${RATE}:cl=mono`, '-t', sec.toFixed(4), '-c:a', 'pcm_s16le', path]);
}

async function sentenceWav(i: number): Promise<{ path: string; sec: number }> {
  return spokenWav(BENCH_SENTENCES[i]!, `sentence-${i}`);
}

async function spokenWav(text: string, name: string): Promise<{ path: string; sec: number }> {
  const path = join(CACHE_DIR, `${name}.wav`);
  if (!existsSync(path)) {
    const raw = join(CACHE_DIR, `${name}.flite.wav`);
    await run('flite', ['-voice', 'rms', '-t', text, '-o', raw]);
    // Re-written as a plain 44-byte-header 16 kHz mono file so the concat demuxer can copy samples.
    await ffmpeg(['-i', raw, '-ac', '1', '-ar', String(RATE), '-c:a', 'pcm_s16le', path + '.part.wav']);
    await rename(path + '.part.wav', path);
    await rm(raw, { force: true });
  }
  const d = wavData(await readFile(path));
  return { path, sec: d.bytes / 2 / RATE };
}

/**
 * A 16 kHz mono PCM WAV of exactly `durationSec`: whole sentences in turn, 0.6 s apart, then silence
 * to the end. `shortest` = one sentence only (for burst tests of 1-2 s clips).
 */
export async function speechClip(durationSec: number): Promise<SpeechClip> {
  await mkdir(CACHE_DIR, { recursive: true, mode: 0o700 });
  const sentences = await Promise.all(BENCH_SENTENCES.map((_, i) => sentenceWav(i)));
  const picked: number[] = [];
  let total = 0;
  // Sentences in turn; one that no longer fits is skipped for a shorter one, until none fits.
  for (let k = 0, misses = 0; misses < sentences.length; k++) {
    const i = k % sentences.length;
    const add = sentences[i]!.sec + (picked.length ? GAP_SEC : 0);
    if (total + add > durationSec) {
      misses++;
      continue;
    }
    misses = 0;
    picked.push(i);
    total += add;
  }
  if (picked.length === 0) throw new Error(`clip-too-short: ${durationSec} s holds no whole sentence`);
  const reference = picked.map((i) => BENCH_SENTENCES[i]).join(' ');
  const path = join(CACHE_DIR, `speech-${durationSec}s.wav`);
  if (!existsSync(path)) {
    const gap = join(CACHE_DIR, 'gap.wav');
    if (!existsSync(gap)) await silence(gap, GAP_SEC);
    const tail = join(CACHE_DIR, `tail-${durationSec}.wav`);
    await silence(tail, Math.max(0.01, durationSec - total));
    const list = picked.flatMap((i, n) => [...(n ? [gap] : []), sentences[i]!.path]).concat(tail);
    const listFile = join(CACHE_DIR, `list-${durationSec}.txt`);
    await writeFile(listFile, list.map((p) => `file '${p}'`).join('\n') + '\n');
    await ffmpeg(['-f', 'concat', '-safe', '0', '-i', listFile, '-c', 'copy', path + '.part.wav']);
    await rename(path + '.part.wav', path);
    await rm(listFile, { force: true });
    await rm(tail, { force: true });
  }
  const d = wavData(await readFile(path));
  return { path, durationSec: d.bytes / 2 / RATE, reference };
}

/** Phrases of 1-2 s for bursts of very short voicemails. */
export const SHORT_PHRASES: readonly string[] = ['please call me back', 'call the office today', 'thank you bye'];

/** One phrase as its own clip, for bursts of short voicemails. */
export async function shortClip(index: number): Promise<SpeechClip> {
  await mkdir(CACHE_DIR, { recursive: true, mode: 0o700 });
  const text = SHORT_PHRASES[index % SHORT_PHRASES.length]!;
  const s = await spokenWav(text, `short-${index % SHORT_PHRASES.length}`);
  return { path: s.path, durationSec: s.sec, reference: text };
}
