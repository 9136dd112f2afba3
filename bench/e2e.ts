/**
 * End-to-end latency: object put under incoming/ → SMTP accepted for every recipient, on the embedded
 * stack (s3rver, SMTP sink, Redis, PocketSphinx) in one process, one voicemail at a time, broken down
 * by stage from BullMQ job timestamps plus timing wrappers around the engine and the SMTP transport
 * (no instrumentation inside workers). Also yields the embedded recogniser's real-time factor and
 * word error rate on the same recordings.
 *
 *   npx tsx bench/e2e.ts              15 s, 60 s and 5 min voicemails, 20 runs each (about 25 min)
 *   npx tsx bench/e2e.ts --smoke      one 5 s voicemail
 *   npx tsx bench/e2e.ts --runs=5 --lengths=15,60
 *
 * Writes bench/results/e2e.json (smoke: e2e.smoke.json).
 */
import { readFile } from 'node:fs/promises';
import { PocketsphinxEngine } from '../services/transcription/pocketsphinx.ts';
import { scoringWords, wordEditDistance } from '../services/transcription/wer.ts';
import { redactTranscript } from '../services/redaction/transcript-redaction.ts';
import { voicemailMessageId } from '../services/mail/pgp-mime.ts';
import { startBenchStack, readTimeline, waitDelivered } from './lib/bench-stack.ts';
import { TimedEngine } from './lib/engines.ts';
import { describeMachine, isSmoke, machineInfo, printTable, writeResult } from './lib/machine.ts';
import { speechClip, withTrailingSilence } from './lib/speech-clips.ts';
import { breakdown, STAGES, STAGE_LABELS, type StageBreakdown } from './lib/stages.ts';
import { median, round, summarize } from './lib/stats.ts';

const arg = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const smoke = isSmoke();
const lengths = (arg('lengths') ?? (smoke ? '5' : '15,60,300')).split(',').map(Number);
const runs = Number(arg('runs') ?? (smoke ? 1 : 20));

interface LengthResult {
  audioSec: number;
  runs: number;
  recipients: number;
  latencyMs: ReturnType<typeof summarize>;
  stagesMs: Record<string, ReturnType<typeof summarize>>;
  /** Wall time of recognition / audio length, per run. */
  rtf: ReturnType<typeof summarize>;
  wer: number;
  /** redactTranscript alone on this length's transcript, in-process (ms, median of 5). */
  redactTextMs: number;
  raw: StageBreakdown[];
}

async function main(): Promise<void> {
  const machine = machineInfo();
  console.log(`e2e bench (${smoke ? 'smoke' : 'full'}): lengths ${lengths.join(', ')} s, ${runs} run(s) each; ${describeMachine(machine)}`);
  const stack = await startBenchStack({ recipients: 2, scanIntervalSec: 1 });
  const onSignal = () => void stack.close().finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const results: LengthResult[] = [];
  try {
    const engine = new TimedEngine(new PocketsphinxEngine());
    await stack.startInProcess('all', () => engine);
    const messageIdOf = (vm: string) => (r: string) => voicemailMessageId(vm, r, 'clinic.test');

    if (!smoke) {
      // One unmeasured voicemail first: module loading, JIT and first connections are not steady state.
      const warm = await speechClip(5);
      const sub = await stack.submit(await readFile(warm.path));
      await waitDelivered(stack, [sub], 120_000);
    }

    for (const len of lengths) {
      const clip = await speechClip(len);
      const audio = await readFile(clip.path);
      const rows: StageBreakdown[] = [];
      const rtfs: number[] = [];
      let edits = 0;
      let refWords = 0;
      let redactTextMs = 0;
      for (let i = 0; i < runs; i++) {
        // Other bytes each run (other ETag), same speech.
        const sub = await stack.submit(withTrailingSilence(audio, i + 1));
        await waitDelivered(stack, [sub], 60_000 + len * 4_000);
        const t = await readTimeline(stack, sub);
        const eng = engine.timings.get(sub.voicemailId);
        if (!eng) throw new Error('no-engine-timing');
        const b = breakdown(t, eng.ms, stack.sends, messageIdOf(sub.voicemailId));
        rows.push(b);
        rtfs.push(eng.ms / 1000 / eng.audioSec);
        const ref = scoringWords(clip.reference);
        edits += wordEditDistance(ref, scoringWords(eng.transcript.text));
        refWords += ref.length;
        if (i === 0) {
          const ms: number[] = [];
          for (let k = 0; k < 5; k++) {
            const t0 = performance.now();
            redactTranscript(eng.transcript, 'standard');
            ms.push(performance.now() - t0);
          }
          redactTextMs = round(median(ms), 2);
        }
        engine.timings.delete(sub.voicemailId);
        console.log(`  ${len} s run ${i + 1}/${runs}: ${(b.total / 1000).toFixed(2)} s (ASR ${(b.transcribe / 1000).toFixed(2)} s, queue wait ${b.queueWait} ms)`);
      }
      const stagesMs: Record<string, ReturnType<typeof summarize>> = {};
      for (const s of [...STAGES, 'scanWait', 'other'] as const) stagesMs[s] = summarize(rows.map((r) => r[s]), 0);
      results.push({
        audioSec: round(clip.durationSec, 2),
        runs,
        recipients: stack.recipientIds.length,
        latencyMs: summarize(rows.map((r) => r.total), 0),
        stagesMs,
        rtf: summarize(rtfs, 3),
        wer: round(edits / refWords, 4),
        redactTextMs,
        raw: rows,
      });
    }
  } finally {
    await stack.close();
  }

  const sec = (ms: number) => (ms / 1000).toFixed(2);
  printTable(
    'End-to-end latency, put → SMTP accepted for all recipients (s)',
    ['audio', 'runs', 'p50', 'p95', 'max', 'RTF p50', 'WER'],
    results.map((r) => [`${r.audioSec} s`, r.runs, sec(r.latencyMs.p50), sec(r.latencyMs.p95), sec(r.latencyMs.max), r.rtf.p50.toFixed(3), `${(r.wer * 100).toFixed(1)}%`]),
  );
  printTable(
    'Stage breakdown, p50 / p95 (ms)',
    ['audio', ...STAGES.map((s) => STAGE_LABELS[s])],
    results.map((r) => [`${r.audioSec} s`, ...STAGES.map((s) => `${r.stagesMs[s]!.p50} / ${r.stagesMs[s]!.p95}`)]),
  );
  console.log(`redactTranscript alone (text only): ${results.map((r) => `${r.audioSec} s → ${r.redactTextMs} ms`).join(', ')}`);
  await writeResult('e2e', smoke, machine, {
    method:
      'One voicemail at a time on the embedded stack in one process (intake scan every 1 s, 2 recipients, policy standard, PocketSphinx "fast" profile). Stages from BullMQ job timestamps; ASR time and SMTP time from wrappers around the engine and the transport. Latency = PUT accepted → last recipient\'s SMTP 250.',
    lengths: results,
  });
}

await main();
