import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Speech from flite's 16 kHz "rms" voice, which the embedded recogniser hears well. */
export function speak(text: string, opts: { voice?: string } = {}): Buffer {
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

/** Duration in seconds of an audio file's bytes, decoded by ffprobe from stdin. */
export function decodedDuration(audio: Buffer): number {
  const r = spawnSync('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', '-i', 'pipe:0'], { input: audio });
  if (r.status !== 0) throw new Error('ffprobe could not decode the audio');
  return Number(r.stdout.toString().trim());
}

/** Fully decodes audio with ffmpeg; true when every frame decodes without error. */
export function decodesCleanly(audio: Buffer): boolean {
  const r = spawnSync('ffmpeg', ['-v', 'error', '-xerror', '-i', 'pipe:0', '-f', 'null', '-'], { input: audio });
  return r.status === 0 && r.stderr.toString().trim() === '';
}
