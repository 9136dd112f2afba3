import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureHighBand } from '../audio/bandwidth.ts';
import { DEFAULT_FOLD_GAIN, narrowbandFilter, UPSAMPLED_NARROWBAND_DB } from '../audio/normalise.ts';
import { findPauseCuts, writeWavSlice } from '../audio/split.ts';
import { readPcmWavLayout } from '../audio/wav.ts';
import { runTool } from '../audio/run-tool.ts';
import { TranscriptionError, type TranscriptionEngine } from './engine.ts';
import type { Transcript, TranscriptWord } from './transcript.ts';

/**
 * Decoder settings measured with `npx tsx bench/asr.ts` (bench/results/asr.json) on 20 synthetic
 * voicemail sentences, 16 kHz and 8 kHz μ-law. 'fast' is the default: capping active HMMs at 3000
 * per frame with a wider phone lookahead window lost no words on wideband (WER 9.0 % like stock)
 * and cost under two points on telephone audio (12.8 % vs 11.1 %) for about a quarter less CPU per
 * file. `-topn 2`, `-fwdflat no` and `-ds 2` save more but cost accuracy, most on telephone audio
 * ('fastest': 19.3 %); tighter `-beam` doubles WER; `-bestpath no` loses the word confidences.
 */
export const POCKETSPHINX_PROFILES = {
  /** Stock pocketsphinx_continuous settings: the accuracy reference. */
  stock: [] as string[],
  fast: ['-maxhmmpf', '3000', '-pl_window', '10'] as string[],
  /** For wideband-only deployments where speed matters most. */
  fastest: ['-topn', '2', '-pl_window', '10', '-maxhmmpf', '3000', '-fwdflat', 'no'] as string[],
} as const;
export type PocketsphinxProfile = keyof typeof POCKETSPHINX_PROFILES;

export interface PocketsphinxOptions {
  /** Default 'pocketsphinx_continuous' (found on PATH). */
  binaryPath?: string;
  /** Directory holding en-us/, en-us.lm.bin and cmudict-en-us.dict. */
  modelDir?: string;
  profile?: PocketsphinxProfile;
  /** Appended last, so they override the profile. */
  extraArgs?: string[];
  /** Fixed deadline per file; default 60 s plus 2 s per second of audio. */
  timeoutMs?: number;
  /**
   * Decode audio of at least `minParallelSec` as this many pieces, cut in pauses, at once (one
   * decoder process per piece). Default 1: on a 2-minute recording two pieces cut wall time by
   * about a fifth but raised WER (4.5 % to 5.8 %: each piece restarts cepstral mean adaptation) and
   * total CPU, which a busy worker shares with other jobs anyway.
   */
  parallelSegments?: number;
  /** Default 60 s: below that, model loading per process eats the gain. */
  minParallelSec?: number;
  /** Where segment and folded files go (removed afterwards); default the OS temp dir. */
  tmpDir?: string;
  /**
   * Telephone-band input (nothing above 4 kHz) is decoded from a copy with the empty band filled by
   * spectral folding; see narrowbandFilter in services/audio/normalise.ts. Default true: without it
   * word error rate on 8 kHz μ-law audio is about 90 %, with it 12.8 % (bench/results/asr.json).
   */
  foldNarrowband?: boolean;
  foldGain?: number;
  /** Used for folding; default 'ffmpeg'. */
  ffmpegPath?: string;
}

export interface PocketsphinxTranscribeOptions {
  signal?: AbortSignal;
}

const DEFAULT_MODEL_DIR = '/usr/share/pocketsphinx/model/en-us';

/** Local CMU PocketSphinx through its command-line decoder, one process per file. */
export class PocketsphinxEngine implements TranscriptionEngine {
  readonly name = 'pocketsphinx';
  private readonly binary: string;
  private readonly modelArgs: string[];
  private readonly tuningArgs: string[];
  private readonly timeoutMs: number | undefined;
  private readonly parallelSegments: number;
  private readonly minParallelSec: number;
  private readonly tmpDir: string | undefined;
  private readonly foldNarrowband: boolean;
  private readonly foldGain: number;
  private readonly ffmpegPath: string;
  /** The decoder reads samples without resampling, so the WAV must match its `-samprate`. */
  private readonly sampleRate: number;

  constructor(opts: PocketsphinxOptions = {}) {
    const dir = opts.modelDir ?? DEFAULT_MODEL_DIR;
    this.binary = opts.binaryPath ?? 'pocketsphinx_continuous';
    this.modelArgs = ['-hmm', join(dir, 'en-us'), '-lm', join(dir, 'en-us.lm.bin'), '-dict', join(dir, 'cmudict-en-us.dict')];
    this.tuningArgs = [...POCKETSPHINX_PROFILES[opts.profile ?? 'fast'], ...(opts.extraArgs ?? [])];
    this.timeoutMs = opts.timeoutMs;
    this.parallelSegments = Math.max(1, Math.floor(opts.parallelSegments ?? 1));
    this.minParallelSec = opts.minParallelSec ?? 60;
    this.tmpDir = opts.tmpDir;
    this.foldNarrowband = opts.foldNarrowband ?? true;
    this.foldGain = opts.foldGain ?? DEFAULT_FOLD_GAIN;
    this.ffmpegPath = opts.ffmpegPath ?? 'ffmpeg';
    const rateAt = this.tuningArgs.lastIndexOf('-samprate');
    this.sampleRate = rateAt >= 0 ? Number(this.tuningArgs[rateAt + 1]) : 16_000;
  }

  async transcribe(wavPath: string, opts: PocketsphinxTranscribeOptions = {}): Promise<Transcript> {
    const layout = await readPcmWavLayout(wavPath).catch(() => {
      throw new TranscriptionError('asr-failed');
    });
    if (layout.sampleRate !== this.sampleRate || layout.channels !== 1 || layout.bitsPerSample !== 16) {
      throw new TranscriptionError('asr-failed');
    }
    const durationSec = layout.dataBytes / 2 / layout.sampleRate;

    const folded = this.foldNarrowband ? await this.foldedCopyIfNarrowband(wavPath, opts.signal) : null;
    try {
      const input = folded?.wav ?? wavPath;
      const cuts =
        this.parallelSegments > 1 && durationSec >= this.minParallelSec ? await findPauseCuts(input, this.parallelSegments) : [];
      const words = cuts.length === 0 ? await this.decode(input, durationSec, opts.signal) : await this.decodeInPieces(input, durationSec, cuts, opts.signal);
      if (words.length === 0) throw new TranscriptionError('asr-no-speech');
      return { text: words.map((w) => w.word).join(' '), words, engine: this.name, durationSec };
    } finally {
      if (folded) await rm(folded.dir, { recursive: true, force: true });
    }
  }

  /** A temp copy with the 4-8 kHz band filled, when the audio has telephone bandwidth; else null. */
  private async foldedCopyIfNarrowband(wavPath: string, signal?: AbortSignal): Promise<{ dir: string; wav: string } | null> {
    const band = await measureHighBand(wavPath).catch(() => {
      throw new TranscriptionError('asr-failed');
    });
    if (band.speechSec === 0 || band.highBandDb >= UPSAMPLED_NARROWBAND_DB) return null;
    const dir = await mkdtemp(join(this.tmpDir ?? tmpdir(), 'ql-ps-'));
    const wav = join(dir, 'folded.wav');
    const r = await runTool(
      this.ffmpegPath,
      // bitexact and no metadata: a plain 44-byte header, which is all pocketsphinx_continuous skips.
      ['-nostdin', '-v', 'error', '-i', wavPath, '-af', narrowbandFilter(this.foldGain), '-ac', '1', '-ar', '16000', '-c:a', 'pcm_s16le', '-map_metadata', '-1', '-fflags', '+bitexact', '-flags:a', '+bitexact', '-f', 'wav', wav],
      { timeoutMs: this.timeoutMs ?? 300_000, signal },
    );
    if (r.aborted || r.timedOut || r.spawnError || r.exitCode !== 0) {
      await rm(dir, { recursive: true, force: true });
      throw new TranscriptionError(r.aborted ? 'asr-aborted' : r.timedOut ? 'asr-timeout' : 'asr-failed');
    }
    return { dir, wav };
  }

  private async decode(wavPath: string, durationSec: number, signal?: AbortSignal): Promise<TranscriptWord[]> {
    const args = [
      '-infile', wavPath,
      '-time', 'yes',
      // Logs echo recognised words; they must not reach our logs or disk.
      '-logfn', '/dev/null',
      ...this.modelArgs,
      ...this.tuningArgs,
    ];
    const r = await runTool(this.binary, args, {
      timeoutMs: this.timeoutMs ?? 60_000 + durationSec * 2_000,
      signal,
      maxStdoutBytes: 16 * 1024 * 1024,
    });
    if (r.aborted) throw new TranscriptionError('asr-aborted');
    if (r.timedOut) throw new TranscriptionError('asr-timeout');
    if (r.spawnError || r.exitCode !== 0 || r.stdoutTruncated) throw new TranscriptionError('asr-failed');
    return parsePocketsphinxTimes(r.stdout, durationSec);
  }

  /** Pieces cut in pauses, decoded concurrently, times shifted back to the whole file's clock. */
  private async decodeInPieces(wavPath: string, durationSec: number, cuts: number[], signal?: AbortSignal): Promise<TranscriptWord[]> {
    const dir = await mkdtemp(join(this.tmpDir ?? tmpdir(), 'ql-ps-'));
    // One failing piece stops the others rather than letting them run on.
    const inner = new AbortController();
    const onAbort = (): void => inner.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const bounds = [0, ...cuts, durationSec];
      const pieces = await Promise.all(
        bounds.slice(0, -1).map(async (start, i) => {
          const end = bounds[i + 1]!;
          const piece = join(dir, `piece${i}.wav`);
          await writeWavSlice(wavPath, piece, start, end);
          try {
            const words = await this.decode(piece, end - start, inner.signal);
            return words.map((w) => ({ ...w, start: round3(w.start + start), end: round3(w.end + start) }));
          } catch (err) {
            inner.abort();
            throw err;
          }
        }),
      ).catch((err: unknown) => {
        // Report the caller's abort as such, not as whichever piece noticed it first.
        if (signal?.aborted) throw new TranscriptionError('asr-aborted');
        throw err;
      });
      return pieces.flat();
    } finally {
      signal?.removeEventListener('abort', onAbort);
      await rm(dir, { recursive: true, force: true });
    }
  }
}

const WORD_LINE = /^(\S+) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?) (-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)$/;
/** Utterance markers, silence and fillers such as [NOISE], [SPEECH], ++UH++. */
const NON_WORD = /^(<s>|<\/s>|<sil>|\[.*\]|\+\+.*\+\+)$/i;

/**
 * Extracts recognised words from `-time yes` output ("word start end posterior" per line, between
 * hypothesis lines). This build reports times from the start of the file for every utterance;
 * they are still clamped and forced monotonic so downstream masking can trust them.
 */
export function parsePocketsphinxTimes(stdout: string, durationSec: number): TranscriptWord[] {
  const words: TranscriptWord[] = [];
  let lastEnd = 0;
  for (const line of stdout.split('\n')) {
    const m = WORD_LINE.exec(line.trim());
    if (!m) continue;
    const token = m[1]!;
    if (NON_WORD.test(token)) continue;
    const word = token.replace(/\(\d+\)$/, '');
    let start = Math.min(Number(m[2]), durationSec);
    let end = Math.min(Number(m[3]) + 0.01, durationSec);
    start = Math.max(start, lastEnd);
    end = Math.max(end, start);
    lastEnd = end;
    const posterior = Number(m[4]);
    words.push({ word, start: round3(start), end: round3(end), confidence: round3(Math.min(1, Math.max(0, posterior))) });
  }
  return words;
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
