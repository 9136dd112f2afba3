import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, stat, truncate, writeFile, copyFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AudioError } from './errors.ts';
import { probeAudio } from './probe.ts';
import { normaliseForAsr } from './normalise.ts';
import { maskAudio, MASK_TONE_AMPLITUDE } from './mask.ts';
import { encodeForEmail, encodeForEmailWithin } from './encode.ts';
import { readPcmWavLayout } from './wav.ts';
import { ffmpeg, makeFormatFixtures, pcmSamples, speak, type FormatFixture } from './test-fixtures.ts';

let dir: string;
let speech: string;
let fixtures: FormatFixture[];

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ql-audio-test-'));
  speech = await speak(dir);
  fixtures = await makeFormatFixtures(dir, speech);
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function expectAudioError(p: Promise<unknown>, code: string): Promise<void> {
  await assert.rejects(p, (err: unknown) => {
    assert.ok(err instanceof AudioError, 'an AudioError');
    assert.equal(err.code, code);
    // The message carries the code only: never a path or file name.
    assert.equal(err.message, code);
    return true;
  });
}

describe('probeAudio', () => {
  test('identifies every supported format from its content', async () => {
    const speechSec = (await probeAudio(speech)).durationSec;
    for (const f of fixtures) {
      const info = await probeAudio(f.file, f.nameHint ? { nameHint: f.nameHint } : {});
      assert.equal(info.codec, f.codec, f.name);
      assert.equal(info.sampleRate, f.sampleRate, f.name);
      assert.equal(info.channels, f.channels, f.name);
      assert.ok(Math.abs(info.durationSec - speechSec) < 0.2, `${f.name}: ${info.durationSec} vs ${speechSec}`);
    }
  });

  test('finds raw GSM by its frame signatures even without a .gsm name', async () => {
    const raw = fixtures.find((f) => f.name === 'raw gsm')!;
    const info = await probeAudio(raw.file);
    assert.equal(info.container, 'gsm');
    assert.deepEqual(info.inputArgs, ['-f', 'gsm']);
  });

  test('a file name does not override the content', async () => {
    const mp3AsWav = join(dir, 'really-mp3.wav');
    await copyFile(fixtures.find((f) => f.name === 'mp3')!.file, mp3AsWav);
    const info = await probeAudio(mp3AsWav, { nameHint: 'voicemail.wav' });
    assert.equal(info.container, 'mp3');
  });

  test('empty file: audio-empty', async () => {
    const p = join(dir, 'empty.wav');
    await writeFile(p, '');
    await expectAudioError(probeAudio(p), 'audio-empty');
  });

  test('PDF or text named .wav: audio-not-audio', async () => {
    const pdf = join(dir, 'invoice-5551234.wav');
    await writeFile(pdf, '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n');
    await expectAudioError(probeAudio(pdf, { nameHint: 'invoice-5551234.wav' }), 'audio-not-audio');
    const txt = join(dir, 'notes.wav');
    await writeFile(txt, 'Patient called about results, number 555 1234.\n'.repeat(20));
    await expectAudioError(probeAudio(txt), 'audio-not-audio');
    const txtGsm = join(dir, 'notes.gsm');
    await writeFile(txtGsm, 'x'.repeat(33 * 10));
    await expectAudioError(probeAudio(txtGsm, { nameHint: 'notes.gsm' }), 'audio-not-audio');
  });

  test('truncated or undecodable files: audio-corrupt', async () => {
    for (const name of ['wav pcm 16k stereo', 'wav mu-law', 'm4a aac', 'flac', 'ogg opus', 'mp3', 'amr-nb', 'raw gsm', 'wav gsm 6.10']) {
      const f = fixtures.find((x) => x.name === name)!;
      const cut = join(dir, `cut-${f.file.split('/').at(-1)}`);
      await copyFile(f.file, cut);
      // Cut mid-frame: a cut exactly between GSM (33-byte) or AMR (32-byte) frames is just a shorter recording.
      let at = Math.floor((await stat(cut)).size * 0.6);
      const frameStarts = name === 'amr-nb' ? amrFrameStarts(await readFile(cut)) : new Set<number>();
      while (at % 33 === 0 || frameStarts.has(at)) at--;
      await truncate(cut, at);
      await expectAudioError(probeAudio(cut, f.nameHint ? { nameHint: f.nameHint } : {}), 'audio-corrupt');
    }
    const garbageWav = join(dir, 'garbage.wav');
    const header = (await readFile(fixtures[0]!.file)).subarray(0, 44);
    await writeFile(garbageWav, Buffer.concat([header.subarray(0, 20), Buffer.alloc(2, 0x7f)]));
    await expectAudioError(probeAudio(garbageWav), 'audio-corrupt');
  });

  test('a missing file gives a code, not a path', async () => {
    await expectAudioError(probeAudio(join(dir, 'caller-5551234.wav')), 'audio-unreadable');
  });

  test('bigger than the byte limit: audio-too-large', async () => {
    await expectAudioError(probeAudio(speech, { maxBytes: 1000 }), 'audio-too-large');
  });
});

describe('normaliseForAsr', () => {
  test('every format becomes 16 kHz mono 16-bit WAV of the same length', async () => {
    const speechSec = (await probeAudio(speech)).durationSec;
    await Promise.all(
      fixtures.map(async (f, i) => {
        const out = join(dir, `norm${i}.wav`);
        const r = await normaliseForAsr(f.file, out, f.nameHint ? { nameHint: f.nameHint } : {});
        const layout = await readPcmWavLayout(out);
        assert.deepEqual([layout.sampleRate, layout.channels, layout.bitsPerSample], [16000, 1, 16], f.name);
        assert.equal(layout.dataBytes, (await stat(out)).size - 44);
        assert.ok(Math.abs(r.durationSec - speechSec) < 0.2, `${f.name}: ${r.durationSec}`);
        assert.equal(r.sourceSampleRate, f.sampleRate);
        assert.equal(r.narrowband, f.sampleRate <= 8000, f.name);
        assert.equal(r.silent, false);
        assert.equal(r.truncated, false);
      }),
    );
  });

  test('telephone audio saved at 44.1 kHz is still treated as narrowband', async () => {
    const upsampled = join(dir, 'phone-44k.wav');
    await ffmpeg(['-i', fixtures.find((f) => f.name === 'wav mu-law')!.file, '-ar', '44100', '-c:a', 'pcm_s16le', upsampled]);
    const r = await normaliseForAsr(upsampled, join(dir, 'phone-44k-norm.wav'));
    assert.equal(r.sourceSampleRate, 44100);
    assert.equal(r.narrowband, true);
    assert.equal(r.folded, false, 'the normalised audio stays faithful unless folding is asked for');
    const off = await normaliseForAsr(upsampled, join(dir, 'phone-44k-off.wav'), { narrowband: 'off' });
    assert.equal(off.narrowband, false);
    const folded = await normaliseForAsr(upsampled, join(dir, 'phone-44k-fold.wav'), { foldNarrowband: true });
    assert.equal(folded.folded, true);
  });

  test('cuts at maxDurationSec and says so', async () => {
    const out = join(dir, 'cut.wav');
    const r = await normaliseForAsr(speech, out, { maxDurationSec: 1 });
    assert.equal(r.truncated, true);
    assert.equal(r.durationSec, 1);
    assert.equal((await readPcmWavLayout(out)).dataBytes, 32000);
  });

  test('detects recordings with nothing but silence or faint line noise', async () => {
    const quiet = join(dir, 'quiet.wav');
    await ffmpeg(['-f', 'lavfi', '-i', 'anoisesrc=r=8000:a=0.001:d=3', '-c:a', 'pcm_mulaw', quiet]);
    const r = await normaliseForAsr(quiet, join(dir, 'quiet-norm.wav'));
    assert.equal(r.silent, true);
    const zero = join(dir, 'zero.wav');
    await ffmpeg(['-f', 'lavfi', '-i', 'anullsrc=r=16000:cl=mono', '-t', '2', zero]);
    assert.equal((await normaliseForAsr(zero, join(dir, 'zero-norm.wav'))).silent, true);
  });

  test('a corrupt input leaves no output file behind', async () => {
    const bad = join(dir, 'bad.m4a');
    await writeFile(bad, Buffer.concat([Buffer.from([0, 0, 0, 0x20]), Buffer.from('ftypM4A '), Buffer.alloc(200, 1)]));
    const out = join(dir, 'bad-norm.wav');
    await expectAudioError(normaliseForAsr(bad, out), 'audio-corrupt');
    assert.equal((await readdir(dir)).includes('bad-norm.wav'), false);
  });
});

describe('maskAudio', () => {
  test('replaces exactly the intervals and leaves every other sample bit-identical', async () => {
    const norm = join(dir, 'mask-in.wav');
    await normaliseForAsr(speech, norm);
    const toneOut = join(dir, 'mask-tone.wav');
    const silenceOut = join(dir, 'mask-silence.wav');
    const intervals = [
      { start: 0.5, end: 1.0 },
      { start: 1.25, end: 1.3125 },
    ];
    await maskAudio(norm, toneOut, intervals, 'tone');
    await maskAudio(norm, silenceOut, intervals, 'silence');

    const input = await readFile(norm);
    const inSamples = pcmSamples(input);
    for (const [mode, file] of [['tone', toneOut], ['silence', silenceOut]] as const) {
      const output = await readFile(file);
      assert.equal(output.length, input.length, mode);
      assert.deepEqual(output.subarray(0, 44), input.subarray(0, 44), `${mode}: header unchanged`);
      const outSamples = pcmSamples(output);
      const inside = (i: number): boolean => intervals.some((iv) => i >= iv.start * 16000 && i < iv.end * 16000);
      let changedOutside = 0;
      for (let i = 0; i < inSamples.length; i++) if (!inside(i) && outSamples[i] !== inSamples[i]) changedOutside++;
      assert.equal(changedOutside, 0, `${mode}: samples outside the intervals unchanged`);

      const masked = outSamples.subarray(8000, 16000);
      if (mode === 'silence') {
        assert.ok(masked.every((s) => s === 0));
        assert.ok(outSamples.subarray(20000, 21000).every((s) => s === 0));
      } else {
        const peak = masked.reduce((m, s) => Math.max(m, Math.abs(s)), 0);
        assert.ok(Math.abs(peak - MASK_TONE_AMPLITUDE) <= 1, `tone peak ${peak}`);
        let crossings = 0;
        for (let i = 1; i < masked.length; i++) if ((masked[i - 1]! < 0) !== (masked[i]! < 0)) crossings++;
        // 0.5 s of 1 kHz: 1000 sign changes.
        assert.ok(Math.abs(crossings - 1000) <= 4, `zero crossings ${crossings}`);
      }
    }
  });

  test('rejects nonsense intervals', async () => {
    const norm = join(dir, 'mask-in2.wav');
    await normaliseForAsr(speech, norm);
    await expectAudioError(maskAudio(norm, join(dir, 'x.wav'), [{ start: 2, end: 1 }], 'tone'), 'audio-mask-invalid');
    await expectAudioError(maskAudio(norm, join(dir, 'y.wav'), [{ start: Number.NaN, end: 1 }], 'tone'), 'audio-mask-invalid');
  });
});

describe('encodeForEmail', () => {
  test('Opus in Ogg, mono, at the asked bitrate; smaller on demand', async () => {
    const out = join(dir, 'mail.ogg');
    const enc = await encodeForEmail(speech, out);
    assert.equal(enc.contentType, 'audio/ogg');
    assert.equal(enc.bytes, (await stat(out)).size);
    const info = await probeAudio(out);
    assert.deepEqual([info.container, info.codec, info.channels], ['ogg', 'opus', 1]);
    assert.ok(Math.abs(enc.durationSec - info.durationSec) < 0.1);

    const small = await encodeForEmailWithin(speech, join(dir, 'small.ogg'), Math.floor(enc.bytes * 0.75));
    assert.ok(small, 'fits at a lower bitrate');
    assert.ok(small.bitrateKbps < 24 && small.bytes < enc.bytes);
    assert.equal(await encodeForEmailWithin(speech, join(dir, 'none.ogg'), 100), null);
    assert.equal((await readdir(dir)).includes('none.ogg'), false);
  });
});

/** Offsets where AMR-NB frames start (storage format: 6-byte magic, then header byte + payload). */
function amrFrameStarts(file: Buffer): Set<number> {
  const payload = [12, 13, 15, 17, 19, 20, 26, 31, 5, 0, 0, 0, 0, 0, 0, 0];
  const starts = new Set<number>();
  for (let o = 6; o < file.length; o += 1 + payload[(file[o]! >> 3) & 15]!) starts.add(o);
  return starts;
}
