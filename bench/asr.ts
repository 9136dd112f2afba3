/**
 * Speech-recognition bench: word error rate and real-time factor of PocketSphinx settings on
 * synthetic voicemail sentences, wideband (16 kHz, as flite speaks) and telephone (8 kHz μ-law).
 *
 *   npx tsx bench/asr.ts            all sentences, all settings (about 10 minutes on 2 cores)
 *   npx tsx bench/asr.ts --smoke    2 sentences, 2 settings
 *   npx tsx bench/asr.ts --only=fast,stock   just those settings, on both sets, no narrowband treatments
 *
 * Writes bench/results/asr.json. Real-time factor = wall time of one decoder run / audio length,
 * model loading included (about 0.5 s per run), reported as the median over files.
 */
import { execFile } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir, cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { normaliseForAsr } from '../services/audio/normalise.ts';
import { concatPcmWavs } from '../services/audio/wav.ts';
import { PocketsphinxEngine, POCKETSPHINX_PROFILES, type PocketsphinxOptions } from '../services/transcription/pocketsphinx.ts';
import { LOW_CONFIDENCE_MEAN, meanConfidence, type Transcript } from '../services/transcription/transcript.ts';
import { scoringWords, wordEditDistance } from '../services/transcription/wer.ts';

const run = promisify(execFile);
const MODEL_DIR = '/usr/share/pocketsphinx/model/en-us';

/** Spoken forms throughout, so the reference is exactly what the recogniser should write. */
export const SENTENCES: readonly string[] = [
  'hi this is margaret calling about my appointment on tuesday at three thirty',
  'please call me back at five five five one two three four',
  'i need a refill of my blood pressure medication before the weekend',
  'this is john from the pharmacy returning your call about the prescription',
  'my daughter has a fever and a bad cough since yesterday morning',
  'could someone call me back this afternoon my number is eight six seven five three zero nine',
  'i would like to cancel my appointment for next monday',
  'the lab results came back and the doctor asked me to call the office',
  'hello i am calling to schedule a follow up visit for my knee',
  'my date of birth is march fourth nineteen seventy two',
  'i have a question about the bill i received last week',
  'please let the nurse know that the swelling has gone down',
  'we are running about fifteen minutes late for the two o clock appointment',
  'can you send the referral to the cardiology clinic on main street',
  'this message is for doctor patel about the test on friday',
  'i think i need to change the dose because i feel dizzy in the morning',
  'thank you for your help have a good day',
  'my insurance card number is four four two one nine eight',
  'the pain in my back is worse today and i can not sleep',
  'please call me on my cell phone after six in the evening',
];

interface Setting {
  name: string;
  args: string[];
}

const SETTINGS: Setting[] = [
  { name: 'stock', args: [...POCKETSPHINX_PROFILES.stock] },
  { name: 'topn2', args: ['-topn', '2'] },
  { name: 'ds2', args: ['-ds', '2'] },
  { name: 'plwin10', args: ['-pl_window', '10'] },
  { name: 'maxhmmpf3000', args: ['-maxhmmpf', '3000'] },
  { name: 'maxhmmpf2000', args: ['-maxhmmpf', '2000'] },
  { name: 'beam1e-40', args: ['-beam', '1e-40', '-wbeam', '1e-24'] },
  { name: 'nofwdflat', args: ['-fwdflat', 'no'] },
  { name: 'nobestpath', args: ['-bestpath', 'no'] },
  { name: 'fastest', args: [...POCKETSPHINX_PROFILES.fastest] },
  { name: 'fast', args: [...POCKETSPHINX_PROFILES.fast] },
];

/**
 * Narrowband treatments: how the 8 kHz μ-law recording is prepared and decoded. Treatments with
 * PocketSphinx front-end changes use -featparams, because the model's own feat.params overrides
 * -upperf/-lowerf given on the command line.
 */
interface Treatment {
  name: string;
  input: 'plain-upsample' | 'fold' | 'native8k';
  foldGain?: number;
  args: string[];
}
const TREATMENTS: Treatment[] = [
  { name: 'upsample', input: 'plain-upsample', args: [] },
  { name: 'upsample+featparams-upperf3500', input: 'plain-upsample', args: ['-featparams', '@upperf3500'] },
  { name: 'native8k+nfft256+upperf3500', input: 'native8k', args: ['-samprate', '8000', '-nfft', '256', '-featparams', '@upperf3500'] },
  { name: 'fold0.4', input: 'fold', foldGain: 0.4, args: [] },
  { name: 'fold0.6 (default)', input: 'fold', foldGain: 0.6, args: [] },
  { name: 'fold0.8', input: 'fold', foldGain: 0.8, args: [] },
];

interface FileItem {
  ref: string;
  wideband: string;
  /** The μ-law recording as received. */
  mulaw: string;
  /** 8 kHz μ-law through the default normalisation (the engine folds the band itself). */
  narrowband: string;
  native8k: string;
  durationSec: number;
}

interface Row {
  set: string;
  setting: string;
  args: string[];
  files: number;
  refWords: number;
  wer: number;
  /** Wall-clock real-time factor, median over files. */
  rtfMedian: number;
  /** Decoder CPU time / audio time, median over files. */
  cpuRtfMedian: number;
  meanConfidence: number;
}

/**
 * CPU seconds of this process's reaped children (utime+stime from /proc/self/stat fields 16-17).
 * The machine is shared, so wall-clock RTF swings with other people's load; CPU RTF does not.
 */
function childCpuSeconds(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After "pid (comm) ", field 3 is index 0; cutime is field 16, cstime field 17.
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

async function makeFiles(dir: string, sentences: readonly string[]): Promise<FileItem[]> {
  const items: FileItem[] = [];
  for (const [i, ref] of sentences.entries()) {
    const tts = join(dir, `tts${i}.wav`);
    await run('flite', ['-voice', 'rms', '-t', ref, '-o', tts]);
    // What a phone system sends: 8 kHz G.711 μ-law (ffmpeg's resampler low-passes first).
    const mulaw = join(dir, `mulaw${i}.wav`);
    await run('ffmpeg', ['-nostdin', '-v', 'error', '-y', '-i', tts, '-ar', '8000', '-c:a', 'pcm_mulaw', mulaw]);
    const native8k = join(dir, `pcm8k${i}.wav`);
    await run('ffmpeg', ['-nostdin', '-v', 'error', '-y', '-i', mulaw, '-c:a', 'pcm_s16le', native8k]);
    const wideband = join(dir, `wb${i}.wav`);
    const narrowband = join(dir, `nb${i}.wav`);
    const wb = await normaliseForAsr(tts, wideband);
    await normaliseForAsr(mulaw, narrowband);
    items.push({ ref, wideband, mulaw, narrowband, native8k, durationSec: wb.durationSec });
  }
  return items;
}

async function score(
  set: string,
  setting: string,
  args: string[],
  files: { ref: string; wav: string; durationSec: number }[],
  engineOpts: Partial<PocketsphinxOptions> = {},
): Promise<Row> {
  const engine = new PocketsphinxEngine({ profile: 'stock', extraArgs: args, minParallelSec: 0, ...engineOpts });
  let edits = 0;
  let refWords = 0;
  const rtfs: number[] = [];
  const cpuRtfs: number[] = [];
  const confs: number[] = [];
  for (const f of files) {
    const c0 = childCpuSeconds();
    const t0 = performance.now();
    let t: Transcript | null = null;
    try {
      t = await engine.transcribe(f.wav);
    } catch (err) {
      if ((err as { code?: string }).code !== 'asr-no-speech') throw err;
    }
    rtfs.push((performance.now() - t0) / 1000 / f.durationSec);
    cpuRtfs.push((childCpuSeconds() - c0) / f.durationSec);
    const ref = scoringWords(f.ref);
    const fileEdits = wordEditDistance(ref, scoringWords(t?.text ?? ''));
    edits += fileEdits;
    refWords += ref.length;
    if (t) confs.push(meanConfidence(t));
    calibration.push({ wer: fileEdits / ref.length, confidence: t ? meanConfidence(t) : 0 });
  }
  const row: Row = {
    set,
    setting,
    args,
    files: files.length,
    refWords,
    wer: round(edits / refWords),
    rtfMedian: round(median(rtfs)),
    cpuRtfMedian: round(median(cpuRtfs)),
    meanConfidence: round(confs.length ? confs.reduce((a, b) => a + b, 0) / confs.length : 0),
  };
  console.log(`${set.padEnd(12)} ${setting.padEnd(30)} WER ${(row.wer * 100).toFixed(1).padStart(5)}%  RTF ${row.rtfMedian.toFixed(3)}  cpuRTF ${row.cpuRtfMedian.toFixed(3)}  conf ${row.meanConfidence.toFixed(2)}`);
  return row;
}

/** One long recording (all sentences, 1 s apart): RTF without per-file model loading dominating. */
async function longAudio(dir: string, items: FileItem[], settings: Setting[]): Promise<Row[]> {
  const rows: Row[] = [];
  const long = join(dir, 'long.wav');
  const durationSec = await concatPcmWavs(items.map((i) => i.wideband), long, 1.0);
  const ref = items.map((i) => i.ref).join(' ');
  for (const s of settings) rows.push(await score('long-wb', s.name, s.args, [{ ref, wav: long, durationSec }]));
  // Same file cut in pauses into two pieces decoded at once (2 cores).
  const fast = settings.find((s) => s.name === 'fast');
  if (fast) rows.push(await score('long-wb', 'fast, 2 pieces in parallel', fast.args, [{ ref, wav: long, durationSec }], { parallelSegments: 2 }));
  return rows;
}

/** (file WER, mean word confidence) of every decode, to calibrate isLowConfidence. */
const calibration: { wer: number; confidence: number }[] = [];

/**
 * The mean-confidence threshold that best predicts "this transcript is mostly wrong" (WER > 30 %):
 * fewest misclassified decodes over everything the bench ran.
 */
function calibrateLowConfidence(): { threshold: number; errors: number; decodes: number; badDecodes: number; current: number; currentErrors: number } {
  const bad = (c: { wer: number }): boolean => c.wer > 0.3;
  const errorsAt = (th: number): number => calibration.filter((c) => (c.confidence < th) !== bad(c)).length;
  let best = { threshold: 0, errors: Infinity };
  for (let th = 0.3; th <= 0.951; th += 0.025) {
    const e = errorsAt(th);
    if (e < best.errors) best = { threshold: round(th), errors: e };
  }
  return {
    ...best,
    decodes: calibration.length,
    badDecodes: calibration.filter(bad).length,
    current: LOW_CONFIDENCE_MEAN,
    currentErrors: errorsAt(LOW_CONFIDENCE_MEAN),
  };
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

async function main(): Promise<void> {
  const smoke = process.argv.includes('--smoke');
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
  const sentences = smoke ? SENTENCES.slice(0, 2) : SENTENCES;
  let settings = smoke ? SETTINGS.filter((s) => s.name === 'stock' || s.name === 'fast') : SETTINGS;
  if (only) settings = SETTINGS.filter((s) => only.includes(s.name));
  const treatments = smoke ? TREATMENTS.filter((t) => t.name === 'upsample' || t.name.startsWith('fold0.6')) : TREATMENTS;

  const dir = await mkdtemp(join(tmpdir(), 'ql-bench-asr-'));
  // An interrupted bench must not leave its audio behind.
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.once(sig, () => {
      rmSync(dir, { recursive: true, force: true });
      process.exit(130);
    });
  }
  try {
    const items = await makeFiles(dir, sentences);
    const rows: Row[] = [];
    const wb = items.map((i) => ({ ref: i.ref, wav: i.wideband, durationSec: i.durationSec }));
    const nb = items.map((i) => ({ ref: i.ref, wav: i.narrowband, durationSec: i.durationSec }));
    // The decoder sweep runs on wideband; telephone audio is compared at the two ends of it.
    for (const s of settings) {
      rows.push(await score('wideband', s.name, s.args, wb));
      if (only || ['stock', 'fast', 'fastest'].includes(s.name)) rows.push(await score('mulaw8k', s.name, s.args, nb));
    }
    // Narrowband treatments, with the default profile.
    const featDir = join(dir, 'feat');
    await mkdir(featDir);
    const upperf3500 = join(featDir, 'upperf3500.params');
    const stockParams = await readFile(join(MODEL_DIR, 'en-us', 'feat.params'), 'utf8');
    await writeFile(upperf3500, stockParams.replace(/-upperf\s+\S+/, '-upperf 3500'));
    for (const t of only ? [] : treatments) {
      const args = [...POCKETSPHINX_PROFILES.fast, ...t.args.map((a) => (a === '@upperf3500' ? upperf3500 : a))];
      const nbFiles: { ref: string; wav: string; durationSec: number }[] = [];
      for (const [i, item] of items.entries()) {
        let wav = item.native8k;
        if (t.input !== 'native8k') {
          wav = join(dir, `treat-${i}.wav`);
          await normaliseForAsr(item.mulaw, wav, t.input === 'fold' ? { foldNarrowband: true, foldGain: t.foldGain } : {});
        }
        nbFiles.push({ ref: item.ref, wav, durationSec: item.durationSec });
      }
      // Inputs are prepared here, so the engine's own folding is off.
      rows.push(await score('mulaw8k', `fast|${t.name}`, args, nbFiles, { foldNarrowband: false }));
    }
    if (!smoke) {
      rows.push(...(await longAudio(dir, items, SETTINGS.filter((s) => ['stock', 'fast'].includes(s.name)))));
    }
    const lowConfidence = calibrateLowConfidence();
    console.log(`isLowConfidence: best threshold ${lowConfidence.threshold} (${lowConfidence.errors}/${lowConfidence.decodes} misclassified; current ${lowConfidence.current}: ${lowConfidence.currentErrors})`);
    const out = join(dirname(fileURLToPath(import.meta.url)), 'results', 'asr.json');
    await mkdir(dirname(out), { recursive: true });
    await writeFile(
      out,
      JSON.stringify(
        { date: new Date().toISOString(), smoke, cpus: cpus().length, cpuModel: cpus()[0]?.model, loadAverage: loadavg(), sentences: sentences.length, lowConfidence, rows },
        null,
        2,
      ) + '\n',
    );
    console.log(`wrote ${out}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
