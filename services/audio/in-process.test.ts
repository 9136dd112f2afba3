import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readdir, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { AudioError } from './errors.ts';
import { probeAudio } from './probe.ts';
import { measureSpeech, normaliseForAsr } from './normalise.ts';
import { linearToAlaw, linearToMulaw, MASK_TONE_AMPLITUDE, writeMaskedWav } from './mask.ts';
import { copyMp3WithoutTags } from './mp3-tags.ts';
import { readWavLayout } from './wav.ts';
import { ffmpeg, makeFormatFixtures, pcmSamples, speak, type FormatFixture } from './test-fixtures.ts';

const run = promisify(execFile);
/** Passed as the tool path where a step must not start any tool: if it tried, it would fail. */
const NO_TOOL = '/nonexistent/ffmpeg';

let dir: string;
let speech: string;
let fixtures: FormatFixture[];
const fixture = (name: string): string => fixtures.find((f) => f.name === name)!.file;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ql-inproc-test-'));
  speech = await speak(dir);
  fixtures = await makeFormatFixtures(dir, speech);
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function ffprobeStream(path: string): Promise<{ codec_name: string; sample_rate: string; channels: number; duration: string }> {
  const { stdout } = await run('ffprobe', ['-v', 'error', '-print_format', 'json', '-show_streams', path]);
  return (JSON.parse(stdout) as { streams: { codec_name: string; sample_rate: string; channels: number; duration: string }[] }).streams[0]!;
}

/** 16-bit mono samples of any audio file, decoded by ffmpeg at its own rate. */
async function decodeS16(path: string): Promise<Int16Array> {
  const { stdout } = await run('ffmpeg', ['-v', 'error', '-i', path, '-ac', '1', '-f', 's16le', 'pipe:1'], { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 });
  const b = stdout as unknown as Buffer;
  const out = new Int16Array(b.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = b.readInt16LE(i * 2);
  return out;
}

/** A WAV with a LIST/INFO chunk before and after the samples, as phone systems write caller tags. */
async function wavWithTags(src: string, out: string, tag: string): Promise<void> {
  const b = await readFile(src);
  const w = await readWavLayout(src);
  const info = Buffer.from(`INFOINAM${String.fromCharCode(tag.length + 1)}\0\0\0${tag}\0`, 'latin1');
  const list = Buffer.concat([Buffer.from('LIST', 'latin1'), Buffer.alloc(4), info]);
  list.writeUInt32LE(info.length, 4);
  const pad = list.length % 2 ? Buffer.alloc(1) : Buffer.alloc(0);
  const fmtAndData = b.subarray(12, w.dataOffset + w.dataBytes);
  const body = Buffer.concat([Buffer.from('WAVE', 'latin1'), list, pad, fmtAndData, list, pad]);
  const riff = Buffer.alloc(8);
  riff.write('RIFF', 0, 'latin1');
  riff.writeUInt32LE(body.length, 4);
  await writeFile(out, Buffer.concat([riff, body]));
}

describe('probeAudio: WAVs of plain samples are read in-process', () => {
  test('the same answer as ffprobe, without starting ffprobe or ffmpeg', async () => {
    for (const name of ['wav pcm 8k mono', 'wav pcm 16k stereo', 'wav pcm 44.1k mono', 'wav pcm 48k stereo', 'wav mu-law', 'wav a-law']) {
      const f = fixture(name);
      const info = await probeAudio(f, { ffprobePath: NO_TOOL, ffmpegPath: NO_TOOL });
      const ref = await ffprobeStream(f);
      assert.equal(info.container, 'wav', name);
      assert.equal(info.codec, ref.codec_name, name);
      assert.equal(info.sampleRate, Number(ref.sample_rate), name);
      assert.equal(info.channels, ref.channels, name);
      assert.ok(Math.abs(info.durationSec - Number(ref.duration)) < 0.001, `${name}: ${info.durationSec} vs ${ref.duration}`);
      assert.ok(info.wav, `${name}: sample layout reported`);
    }
  });

  test('WAVs that need a decoder still go to the tools', async () => {
    await assert.rejects(probeAudio(fixture('wav gsm 6.10'), { ffprobePath: NO_TOOL }), (e: unknown) => e instanceof AudioError && e.code === 'audio-tool-failed');
    const info = await probeAudio(fixture('wav gsm 6.10'));
    assert.equal(info.codec, 'gsm_ms');
    assert.equal(info.wav, undefined);
  });

  test('a WAV with a header and no samples: audio-corrupt', async () => {
    const empty = join(dir, 'no-samples.wav');
    await writeFile(empty, (await readFile(speech)).subarray(0, 44).fill(0, 40, 44));
    await assert.rejects(probeAudio(empty, { ffprobePath: NO_TOOL }), (e: unknown) => e instanceof AudioError && e.code === 'audio-corrupt');
  });
});

describe('normaliseForAsr: 16 kHz mono PCM is copied, not converted', () => {
  test('samples bit-identical, a 44-byte header, tags dropped, no tool started', async () => {
    const tagged = join(dir, 'tagged16k.wav');
    await wavWithTags(speech, tagged, 'Caller 5550142');
    const out = join(dir, 'copied.wav');
    const r = await normaliseForAsr(tagged, out, { ffmpegPath: NO_TOOL, ffprobePath: NO_TOOL });
    const src = await readWavLayout(speech);
    const srcBytes = await readFile(speech);
    const outBytes = await readFile(out);
    assert.equal(outBytes.length, 44 + src.dataBytes);
    assert.ok(outBytes.subarray(44).equals(srcBytes.subarray(src.dataOffset, src.dataOffset + src.dataBytes)), 'samples unchanged');
    assert.ok(!outBytes.includes('5550142'), 'no tag text');
    assert.equal(r.silent, false);
    assert.equal(r.narrowband, false);
    assert.ok(Math.abs(r.durationSec - src.dataBytes / 32000) < 1e-9);
  });

  test('the same verdicts as the ffmpeg path (silence, bandwidth)', async () => {
    // The same audio as 16 kHz stereo goes through ffmpeg; mono takes the copy.
    const phone16k = join(dir, 'phone16k.wav');
    await ffmpeg(['-i', fixture('wav mu-law'), '-ar', '16000', '-ac', '1', '-c:a', 'pcm_s16le', phone16k]);
    const phoneStereo = join(dir, 'phone16k2.wav');
    await ffmpeg(['-i', phone16k, '-ac', '2', '-c:a', 'pcm_s16le', phoneStereo]);
    const quiet = join(dir, 'quiet16k.wav');
    await ffmpeg(['-f', 'lavfi', '-i', 'anoisesrc=r=16000:a=0.001:d=2', '-c:a', 'pcm_s16le', quiet]);
    for (const [name, mono, viaFfmpeg] of [['speech', speech, fixture('wav pcm 16k stereo')], ['telephone', phone16k, phoneStereo]] as const) {
      const a = await normaliseForAsr(mono, join(dir, `${name}-copy.wav`), { ffmpegPath: NO_TOOL });
      const b = await normaliseForAsr(viaFfmpeg, join(dir, `${name}-ff.wav`));
      assert.deepEqual([a.silent, a.narrowband], [b.silent, b.narrowband], name);
    }
    assert.equal((await normaliseForAsr(quiet, join(dir, 'quiet-copy.wav'), { ffmpegPath: NO_TOOL })).silent, true);
    // measureSpeech (engines that read the source) agrees.
    for (const f of [speech, phone16k, quiet, fixture('wav pcm 8k mono')]) {
      const info = await probeAudio(f);
      const m = await measureSpeech(f, info);
      const n = await normaliseForAsr(f, join(dir, 'measure-ref.wav'), { info });
      assert.deepEqual(m, { silent: n.silent, narrowband: n.narrowband }, f);
    }
  });
});

describe('G.711 encoding', () => {
  test('μ-law and A-law within one level of ffmpeg for every 16-bit value', async () => {
    const ramp = Buffer.alloc(65536 * 2);
    for (let i = 0; i < 65536; i++) ramp.writeInt16LE(i - 32768, i * 2);
    const rampRaw = join(dir, 'ramp.raw');
    await writeFile(rampRaw, ramp);
    const reference = async (codec: string): Promise<Buffer> => {
      const { stdout } = await run('ffmpeg', ['-v', 'error', '-f', 's16le', '-ar', '8000', '-ac', '1', '-i', rampRaw, '-c:a', codec, '-f', codec.slice(4), 'pipe:1'], { encoding: 'buffer', maxBuffer: 1 << 20 });
      return stdout;
    };
    // ffmpeg rounds to the nearest level, the ITU/Sun reference encoders truncate: at most one level apart.
    const codecs = [
      ['pcm_mulaw', linearToMulaw, (c: number) => ((c & 0x80) === 0 ? -1 : 1) * (~c & 0x7f)],
      ['pcm_alaw', linearToAlaw, (c: number) => ((c ^ 0x55) & 0x80 ? 1 : -1) * ((c ^ 0x55) & 0x7f)],
    ] as const;
    for (const [codec, encode, level] of codecs) {
      const ref = await reference(codec);
      let farther = 0;
      let same = 0;
      for (let i = 0; i < 65536; i++) {
        const d = Math.abs(level(encode(i - 32768)) - level(ref[i]!));
        if (d > 1) farther++;
        if (d === 0) same++;
      }
      assert.equal(farther, 0, `${codec}: values more than one level from ffmpeg`);
      assert.ok(same > 60_000, `${codec}: mostly identical (${same})`);
    }
    assert.equal(linearToMulaw(0), 0xff);
    assert.equal(linearToAlaw(0), 0xd5);
  });
});

describe('writeMaskedWav', () => {
  const intervals = [
    { start: 0.25, end: 0.75 },
    { start: 1.1, end: 1.2 },
  ];
  for (const name of ['wav pcm 48k stereo', 'wav pcm 8k mono', 'wav mu-law', 'wav a-law']) {
    test(`${name}: samples outside the intervals unchanged, inside silence or tone, tags gone`, async () => {
      const tagged = join(dir, `tagged-${name.replaceAll(' ', '-')}.wav`);
      await wavWithTags(fixture(name), tagged, 'Caller 5550142');
      const src = await readWavLayout(tagged);
      const srcBytes = await readFile(tagged);
      const srcData = srcBytes.subarray(src.dataOffset, src.dataOffset + src.dataBytes);
      const inside = (frame: number): boolean => intervals.some((iv) => frame >= Math.ceil(iv.start * src.sampleRate - 1e-9) && frame < Math.ceil(iv.end * src.sampleRate - 1e-9));
      for (const mode of ['silence', 'tone'] as const) {
        const out = join(dir, `masked-${mode}-${name.replaceAll(' ', '-')}.wav`);
        const r = await writeMaskedWav(tagged, out, src, intervals, mode);
        const outBytes = await readFile(out);
        assert.equal(outBytes.length, r.bytes);
        assert.ok(!outBytes.includes('5550142'), 'no tag text');
        const o = await readWavLayout(out);
        assert.deepEqual([o.formatTag, o.sampleRate, o.channels, o.bitsPerSample, o.dataBytes], [src.formatTag, src.sampleRate, src.channels, src.bitsPerSample, src.dataBytes]);
        const outData = outBytes.subarray(o.dataOffset, o.dataOffset + o.dataBytes);
        let changedOutside = 0;
        let maskedFrames = 0;
        for (let f = 0; f < src.dataBytes / src.blockAlign; f++) {
          const a = srcData.subarray(f * src.blockAlign, (f + 1) * src.blockAlign);
          const b = outData.subarray(f * src.blockAlign, (f + 1) * src.blockAlign);
          if (!inside(f)) {
            if (!a.equals(b)) changedOutside++;
          } else maskedFrames++;
        }
        assert.equal(changedOutside, 0, `${mode}: samples outside the intervals unchanged`);
        assert.ok(maskedFrames > 0);
        // What a player hears inside the first interval, decoded by ffmpeg.
        const heard = await decodeS16(out);
        const first = heard.subarray(Math.ceil(0.25 * src.sampleRate), Math.ceil(0.75 * src.sampleRate));
        const peak = first.reduce((m, s) => Math.max(m, Math.abs(s)), 0);
        if (mode === 'silence') assert.ok(peak <= 8, `${mode}: peak ${peak}`);
        else assert.ok(Math.abs(peak - MASK_TONE_AMPLITUDE) <= MASK_TONE_AMPLITUDE * 0.05, `${mode}: peak ${peak}`);
        assert.ok(Math.abs(heard.length / src.sampleRate - r.durationSec) < 0.001, 'whole length');
      }
    });
  }

  test('16-bit output samples equal maskAudio-style masking (the unit test of mask.ts)', async () => {
    const src = await readWavLayout(speech);
    const out = join(dir, 'speech-masked.wav');
    await writeMaskedWav(speech, out, src, intervals, 'silence');
    const samples = pcmSamples(await readFile(out));
    assert.ok(samples.subarray(4000, 12000).every((s) => s === 0));
  });
});

describe('copyMp3WithoutTags', () => {
  test('drops ID3v2, ID3v1 and APE tags; the frames play as before', async () => {
    const tagged = join(dir, 'tagged.mp3');
    await ffmpeg(['-i', speech, '-c:a', 'libmp3lame', '-b:a', '32k', '-metadata', 'title=Caller 5550142', '-metadata', 'artist=Jane Roe', '-write_id3v1', '1', tagged]);
    const ape = Buffer.alloc(32);
    ape.write('APETAGEX', 0, 'latin1');
    ape.writeUInt32LE(2000, 8);
    ape.writeUInt32LE(32 + 20, 12);
    const apeItems = Buffer.from('Caller 5550142 ape!!', 'latin1');
    const withApe = join(dir, 'tagged-ape.mp3');
    const plain = await readFile(tagged);
    // APE before ID3v1, as taggers write it.
    await writeFile(withApe, Buffer.concat([plain.subarray(0, plain.length - 128), apeItems, ape, plain.subarray(plain.length - 128)]));
    for (const f of [tagged, withApe]) {
      const out = join(dir, 'stripped.mp3');
      const bytes = await copyMp3WithoutTags(f, out);
      const b = await readFile(out);
      assert.equal(bytes, b.length);
      assert.ok(!b.includes('5550142') && !b.includes('Jane Roe'), 'no tag text');
      assert.deepEqual([b[0], (b[1]! & 0xe0)], [0xff, 0xe0], 'starts with a frame');
      const ref = await decodeS16(tagged);
      const got = await decodeS16(out);
      assert.ok(Math.abs(got.length - ref.length) <= 1152, `${got.length} vs ${ref.length}`);
    }
  });

  test('not a plain MP3: null, nothing written', async () => {
    const out = join(dir, 'never.mp3');
    assert.equal(await copyMp3WithoutTags(fixture('m4a aac'), out), null);
    await assert.rejects(readFile(out));
  });
});

describe('normaliseForAsr with checkDecode: the conversion doubles as the decode check', () => {
  test('damaged compressed files fail as probeAudio would fail them; sound ones pass', async () => {
    let judgedByConversion = 0;
    let caught = 0;
    for (const name of ['flac', 'mp3', 'ogg opus', 'm4a aac', 'amr-nb', 'wav gsm 6.10']) {
      const f = fixture(name);
      const cut = join(dir, `dc-cut-${f.split('/').at(-1)}`);
      await copyFile(f, cut);
      await truncate(cut, Math.floor((await stat(cut)).size * 0.6) - 1);
      const full = await probeAudio(cut).then(() => 'ok', (e: unknown) => (e instanceof AudioError ? e.code : 'other'));
      const quick = await probeAudio(cut, { decodeCheck: false }).catch(() => null);
      if (!quick) continue;
      judgedByConversion++;
      const out = join(dir, 'dc-out.wav');
      const verdict = await normaliseForAsr(cut, out, { info: quick, checkDecode: true }).then(() => 'ok', (e: unknown) => (e instanceof AudioError ? e.code : 'other'));
      assert.equal(verdict, full, `${name}: same verdict as the probe's decode check`);
      if (verdict !== 'ok') {
        caught++;
        assert.ok(!(await readdir(dir)).includes('dc-out.wav'), 'no output left');
      }
      await rm(out, { force: true });
    }
    assert.ok(judgedByConversion >= 2 && caught >= 2, `the conversion judged ${judgedByConversion} damaged files and caught ${caught}`);
    for (const name of ['flac', 'mp3', 'ogg opus', 'm4a aac']) {
      const f = fixture(name);
      const quick = await probeAudio(f, { decodeCheck: false });
      const r = await normaliseForAsr(f, join(dir, 'dc-ok.wav'), { info: quick, checkDecode: true });
      assert.ok(Math.abs(r.durationSec - (await probeAudio(f)).durationSec) < 0.05, name);
    }
  });

  test('a source longer than the limit is checked whole before it is cut', async () => {
    const f = fixture('flac');
    const cut = join(dir, 'dc-long-cut.flac');
    await copyFile(f, cut);
    await truncate(cut, Math.floor((await stat(cut)).size * 0.6) - 1);
    const quick = await probeAudio(cut, { decodeCheck: false });
    // Cut at 0.5 s, the conversion would never reach the damage.
    await assert.rejects(normaliseForAsr(cut, join(dir, 'dc-long.wav'), { info: quick, checkDecode: true, maxDurationSec: 0.5 }), (e: unknown) => e instanceof AudioError && e.code === 'audio-corrupt');
    const plain = await normaliseForAsr(cut, join(dir, 'dc-long-plain.wav'), { info: quick, maxDurationSec: 0.5 });
    assert.equal(plain.truncated, true, 'without the check the cut conversion succeeds');
  });
});
