import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { prepareEmailAudio, type EmailAudioOptions } from './email-audio.ts';
import { probeAudio } from '../audio/probe.ts';
import { readWavLayout } from '../audio/wav.ts';
import { ffmpeg, speak } from '../audio/test-fixtures.ts';

const run = promisify(execFile);
const MB = 1024 * 1024;

let dir: string;
let speech: string;
let n = 0;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ql-email-audio-test-'));
  speech = await speak(dir);
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A fresh work dir per call, as the prepare job has. */
async function prepare(src: string, o: Partial<EmailAudioOptions> = {}) {
  const workDir = join(dir, `work${n++}`);
  await mkdir(workDir);
  return prepareEmailAudio(src, { workDir, maskIntervals: [], maskMode: 'silence', maxMessageBytes: 20 * MB, ...o });
}

async function encode(name: string, args: string[], input = speech): Promise<string> {
  const out = join(dir, name);
  await ffmpeg(['-i', input, ...args, out]);
  return out;
}

async function tags(path: string): Promise<string> {
  const { stdout } = await run('ffprobe', ['-v', 'error', '-show_entries', 'format_tags:stream_tags', '-of', 'json', path]);
  return stdout;
}

describe('prepareEmailAudio', () => {
  test('WAV (PCM, μ-law) is attached as WAV, masked in place, without its tags', async () => {
    const tagged = await encode('tagged.wav', ['-metadata', 'title=Caller 5550142', '-c:a', 'pcm_s16le']);
    const mulaw = await encode('mulaw.wav', ['-ar', '8000', '-c:a', 'pcm_mulaw']);
    for (const src of [tagged, mulaw]) {
      const plain = await prepare(src);
      assert.equal(plain.file?.filename, 'voicemail.wav');
      assert.equal(plain.file?.contentType, 'audio/wav');
      assert.deepEqual(plain.notes, []);
      const bytes = await readFile(plain.file.path);
      assert.equal(bytes.length, plain.file.bytes);
      assert.ok(!bytes.includes('5550142'), 'no tag text');
      const info = await probeAudio(src);
      assert.ok(Math.abs(plain.file.durationSec - info.durationSec) < 0.01);

      const masked = await prepare(src, { maskIntervals: [{ start: 0.5, end: 1 }], maskMode: 'silence' });
      assert.equal(masked.file?.filename, 'voicemail.wav');
      const w = await readWavLayout(masked.file.path);
      const m = await readFile(masked.file.path);
      const silentByte = w.bitsPerSample === 8 ? 0xff : 0;
      const from = w.dataOffset + Math.ceil(0.5 * w.sampleRate) * w.blockAlign;
      const to = w.dataOffset + Math.ceil(1 * w.sampleRate) * w.blockAlign;
      assert.ok(m.subarray(from, to).every((b) => b === silentByte), 'the interval is silent');
      assert.ok(!m.subarray(to, to + 4000).every((b) => b === silentByte), 'speech after it is not');
    }
  });

  test('MP3 and M4A without masking: as received, tags stripped; with masking: Opus', async () => {
    const mp3 = await encode('tagged.mp3', ['-c:a', 'libmp3lame', '-b:a', '32k', '-metadata', 'title=Caller 5550142', '-write_id3v1', '1']);
    const m4a = await encode('tagged.m4a', ['-c:a', 'aac', '-b:a', '48k', '-metadata', 'title=Caller 5550142']);
    const a = await prepare(mp3);
    assert.deepEqual([a.file?.filename, a.file?.contentType], ['voicemail.mp3', 'audio/mpeg']);
    const b = await prepare(m4a);
    assert.deepEqual([b.file?.filename, b.file?.contentType], ['voicemail.m4a', 'audio/mp4']);
    for (const f of [a.file!, b.file!]) {
      assert.ok(!(await readFile(f.path)).includes('5550142'), `${f.filename}: no tag text`);
      assert.ok(!(await tags(f.path)).includes('5550142'), `${f.filename}: ffprobe sees no tags`);
      assert.equal(f.bytes, (await stat(f.path)).size);
    }
    for (const src of [mp3, m4a]) {
      const masked = await prepare(src, { maskIntervals: [{ start: 0.5, end: 1 }] });
      assert.deepEqual([masked.file?.filename, masked.file?.contentType], ['voicemail.ogg', 'audio/ogg']);
      const info = await probeAudio(masked.file!.path);
      assert.equal(info.codec, 'opus');
    }
  });

  test('Ogg, and anything over the as-received size: Opus at 24 kbit/s', async () => {
    const ogg = await encode('speech.ogg', ['-c:a', 'libopus', '-b:a', '32k']);
    const cases: [string, Partial<EmailAudioOptions>][] = [[ogg, {}], [speech, { asReceivedMaxBytes: 0 }], [speech, { asReceivedMaxBytes: 0, maskIntervals: [{ start: 0.2, end: 0.4 }] }]];
    for (const [src, o] of cases) {
      const r = await prepare(src, o);
      assert.deepEqual([r.file?.filename, r.file?.contentType, r.notes], ['voicemail.ogg', 'audio/ogg', []]);
      assert.ok(r.file!.durationSec > 1);
    }
  });

  test('long recordings go down the bitrate ladder, or are left out with a note', async () => {
    const long = join(dir, 'long.wav');
    await ffmpeg(['-stream_loop', '24', '-i', speech, '-c:a', 'pcm_s16le', long]);
    const sec = (await probeAudio(long)).durationSec;
    assert.ok(sec > 50, `${sec}`);
    // Room for ~130 kB of audio: 24 kbit/s needs ~180 kB, 12 kbit/s ~90 kB.
    const r = await prepare(long, { maxMessageBytes: 200_000 + 1.85 * 130_000 });
    assert.equal(r.file?.filename, 'voicemail.ogg');
    assert.ok(r.file.bytes < 130_000);
    assert.deepEqual(r.notes, ['The audio was compressed more than usual to fit the email size limit.']);
    const none = await prepare(long, { maxMessageBytes: 200_000 + 1.85 * 10_000 });
    assert.equal(none.file, null);
    assert.match(none.notes[0]!, /too long to attach/);
  });

  test('not audio: attached as received, unless masking was asked for', async () => {
    const pdf = join(dir, 'doc.pdf');
    await writeFile(pdf, '%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n');
    const r = await prepare(pdf);
    assert.deepEqual([r.file?.filename, r.file?.contentType], ['voicemail-original.pdf', 'application/octet-stream']);
    const masked = await prepare(pdf, { maskIntervals: [{ start: 0, end: 1 }] });
    assert.equal(masked.file, null);
    assert.match(masked.notes[0]!, /could not be converted/);
  });
});
