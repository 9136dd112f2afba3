/**
 * Throughput: a burst of voicemails drained by 1, then 2, worker PROCESSES
 * (`node bin/quietline.mjs start --role worker`, real PocketSphinx), intake in this process.
 *
 *   npx tsx bench/throughput.ts           bursts of 15 voicemails of 15 s, settings in the order 1, 2, 2, 1
 *   npx tsx bench/throughput.ts --smoke   1 voicemail of 5 s per setting
 *
 * Voicemails per minute = burst size / (first PUT → last SMTP acceptance). Also CPU-seconds per
 * voicemail of the worker processes (with their ffmpeg/pocketsphinx children), for sizing.
 * Writes bench/results/throughput.json.
 */
import { readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { startBenchStack, waitDelivered, type BenchStack, type Submitted } from './lib/bench-stack.ts';
import { FixedTranscriptEngine } from './lib/engines.ts';
import { describeMachine, isSmoke, machineInfo, printTable, writeResult } from './lib/machine.ts';
import { cpuSecondsOf } from './lib/proc.ts';
import { speechClip, withTrailingSilence } from './lib/speech-clips.ts';
import { jobIds } from '../workers/queues.ts';
import { round, summarize, type Summary } from './lib/stats.ts';

const smoke = isSmoke();
const BURST = smoke ? 1 : 15;
/** ABBA order: on a shared machine the load drifts, and this cancels a linear drift between the settings. */
const ORDER = smoke ? [1, 2] : [1, 2, 2, 1];
const CLIP_SEC = smoke ? 5 : 15;
let salt = 0;

interface SettingResult {
  workers: number;
  voicemails: number;
  wallSec: number;
  perMinute: number;
  latencySec: ReturnType<typeof summarize>;
  workerCpuSecPerVoicemail: number;
  intakeCpuSecPerVoicemail: number;
}

async function drain(stack: BenchStack, audio: Buffer, workers: number): Promise<SettingResult> {
  const children = [];
  for (let i = 0; i < workers; i++) children.push(await stack.spawnWorker());
  if (!smoke) {
    // One unmeasured voicemail per process first: a fresh process's first job is several times slower.
    const warm: Submitted[] = [];
    for (let i = 0; i < workers; i++) warm.push(await stack.submit(withTrailingSilence(audio, ++salt)));
    await waitDelivered(stack, warm, 300_000);
  }
  const cpu0 = children.map((c) => cpuSecondsOf(c.pid));
  const parent0 = process.cpuUsage();
  const subs: Submitted[] = [];
  for (let i = 0; i < BURST; i++) subs.push(await stack.submit(withTrailingSilence(audio, ++salt)));
  await waitDelivered(stack, subs, 600_000 + BURST * CLIP_SEC * 2_000);
  const cpu = children.reduce((a, c, i) => a + cpuSecondsOf(c.pid) - cpu0[i]!, 0);
  const parent = process.cpuUsage(parent0);
  for (const c of children) await c.stop();
  const ends: number[] = [];
  const latencies: number[] = [];
  for (const s of subs) {
    let end = 0;
    for (const r of stack.recipientIds) end = Math.max(end, (await stack.ctx.queues.deliver.getJob(jobIds.deliver(s.voicemailId, r)))?.finishedOn ?? 0);
    ends.push(end);
    latencies.push((end - s.putAt) / 1000);
  }
  const wallSec = (Math.max(...ends) - subs[0]!.putAt) / 1000;
  return {
    workers,
    voicemails: BURST,
    wallSec: round(wallSec, 1),
    perMinute: round((BURST / wallSec) * 60, 2),
    latencySec: summarize(latencies, 1),
    workerCpuSecPerVoicemail: round(cpu / BURST, 2),
    intakeCpuSecPerVoicemail: round((parent.user + parent.system) / 1e6 / BURST, 3),
  };
}

/** Several rounds' latency summaries as one: the worse percentile of the rounds, overall min/max. */
function worseOf(xs: Summary[]): Summary {
  const n = xs.reduce((a, x) => a + x.n, 0);
  return {
    n,
    min: Math.min(...xs.map((x) => x.min)),
    p50: Math.max(...xs.map((x) => x.p50)),
    p95: Math.max(...xs.map((x) => x.p95)),
    max: Math.max(...xs.map((x) => x.max)),
    mean: round(xs.reduce((a, x) => a + x.mean * x.n, 0) / n, 1),
  };
}

async function main(): Promise<void> {
  const machine = machineInfo();
  console.log(`throughput bench (${smoke ? 'smoke' : 'full'}): bursts of ${BURST} × ${CLIP_SEC} s voicemails, 2 recipients; ${describeMachine(machine)}`);
  const stack = await startBenchStack({ recipients: 2, scanIntervalSec: 1 });
  const onSignal = () => void stack.close().finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const rounds: SettingResult[] = [];
  try {
    // The parent runs intake (scanner) and the embedded S3/SMTP servers; workers are children.
    await stack.startInProcess('intake', () => new FixedTranscriptEngine());
    const audio = await readFile((await speechClip(CLIP_SEC)).path);
    for (const n of ORDER) {
      const r = await drain(stack, audio, n);
      console.log(`  ${n} worker process(es): ${r.perMinute} voicemails/min (${r.voicemails} in ${r.wallSec} s, load ${loadavg()[0]!.toFixed(1)})`);
      rounds.push(r);
    }
  } finally {
    await stack.close();
  }
  // Per setting: all its rounds together.
  const results: SettingResult[] = [1, 2].map((n) => {
    const rs = rounds.filter((r) => r.workers === n);
    const vms = rs.reduce((a, r) => a + r.voicemails, 0);
    const wall = rs.reduce((a, r) => a + r.wallSec, 0);
    return {
      workers: n,
      voicemails: vms,
      wallSec: round(wall, 1),
      perMinute: round((vms / wall) * 60, 2),
      latencySec: worseOf(rs.map((r) => r.latencySec)),
      workerCpuSecPerVoicemail: round(rs.reduce((a, r) => a + r.workerCpuSecPerVoicemail * r.voicemails, 0) / vms, 2),
      intakeCpuSecPerVoicemail: round(rs.reduce((a, r) => a + r.intakeCpuSecPerVoicemail * r.voicemails, 0) / vms, 3),
    };
  });
  const ratio = round(results[1]!.perMinute / results[0]!.perMinute, 2);
  printTable(`Throughput, burst of ${BURST} × ${CLIP_SEC} s voicemails (2 recipients each)`, ['worker processes', 'voicemails/min', 'wall s', 'latency p50 s', 'latency p95 s', 'worker CPU s/vm'], results.map((r) => [r.workers, r.perMinute, r.wallSec, r.latencySec.p50, r.latencySec.p95, r.workerCpuSecPerVoicemail]));
  console.log(`2 processes / 1 process = ${ratio}× on ${machine.cores} cores`);
  await writeResult('throughput', smoke, machine, {
    method: `Settings run in the order ${ORDER.join(', ')} (worse of the rounds' latency percentiles reported); each round a burst of ${BURST} voicemails of ${CLIP_SEC} s put at once; intake (scan every 1 s), S3 and SMTP in the bench process; N × \`node bin/quietline.mjs start --role worker\` children with PocketSphinx. Rate = burst / (first PUT → last SMTP acceptance).`,
    clipSec: CLIP_SEC,
    settings: results,
    rounds,
    ratio2to1: ratio,
  });
}

await main();
