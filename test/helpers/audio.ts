import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { markCanariesSpoken } from './suite-artifacts.ts';

/**
 * Speech from flite's 16 kHz "rms" voice, which the embedded recogniser hears well. Speech carrying the
 * suite's PHI canaries (test/helpers/canaries.ts) is noted for the whole-suite sweep.
 */
export function speak(text: string, opts: { voice?: string } = {}): Buffer {
  markCanariesSpoken(text);
  const dir = mkdtempSync(join(tmpdir(), 'ql-speak-'));
  try {
    const out = join(dir, 'speech.wav');
    const r = spawnSync('flite', ['-voice', opts.voice ?? 'rms', '-t', text, '-o', out]);
    if (r.status !== 0) throw new Error('flite failed');
    return readFileSync(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Duration in seconds of an audio file's bytes, by decoding every sample (8 kHz mono s16) with ffmpeg. */
export function decodedDuration(audio: Buffer): number {
  const r = spawnSync('ffmpeg', ['-v', 'error', '-i', 'pipe:0', '-ac', '1', '-ar', '8000', '-f', 's16le', 'pipe:1'], { input: audio, maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) throw new Error('ffmpeg could not decode the audio');
  return r.stdout.length / 2 / 8000;
}

/** Fully decodes audio with ffmpeg; true when every frame decodes without error. */
export function decodesCleanly(audio: Buffer): boolean {
  const r = spawnSync('ffmpeg', ['-v', 'error', '-xerror', '-i', 'pipe:0', '-f', 'null', '-'], { input: audio });
  return r.status === 0 && r.stderr.toString().trim() === '';
}
