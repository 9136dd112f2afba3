/**
 * Peak memory of a worker process handling one long recording: the worker child's VmHWM (peak RSS,
 * from /proc/PID/status), plus the peak of the worker together with its ffmpeg/PocketSphinx children,
 * sampled every 200 ms, and which stage the peak fell in.
 *
 *   npx tsx bench/memory.ts           60-minute recording (16 kHz 16-bit WAV, 115 MB), PocketSphinx
 *   npx tsx bench/memory.ts --smoke   2-minute recording, fixed-transcript worker (bench/lib/worker-entry.ts)
 *   --minutes=N --engine=fixed|pocketsphinx   other lengths; the worker without recognition
 *
 * Writes bench/results/memory.json.
 */
import { readFile, stat } from 'node:fs/promises';
import { readTimeline, startBenchStack, waitDelivered } from './lib/bench-stack.ts';
import { FixedTranscriptEngine } from './lib/engines.ts';
import { describeMachine, isSmoke, machineInfo, printTable, writeResult } from './lib/machine.ts';
import { memoryOf, watchMemory } from './lib/proc.ts';
import { speechClip } from './lib/speech-clips.ts';
import { round } from './lib/stats.ts';

const smoke = isSmoke();
const minutes = Number(process.argv.find((a) => a.startsWith('--minutes='))?.slice(10) ?? (smoke ? 2 : 60));
const TARGET_MB = 300;
const engineArg = process.argv.find((a) => a.startsWith('--engine='))?.slice(9);

async function main(): Promise<void> {
  const machine = machineInfo();
  const engine = engineArg === 'fixed' || engineArg === 'pocketsphinx' ? engineArg : smoke ? 'fixed' : 'pocketsphinx';
  console.log(`memory bench (${smoke ? 'smoke' : 'full'}): one ${minutes}-minute recording, ${engine} worker; ${describeMachine(machine)}`);
  const clip = await speechClip(minutes * 60);
  const bytes = (await stat(clip.path)).size;
  const stack = await startBenchStack({ recipients: 2, scanIntervalSec: 1 });
  const onSignal = () => void stack.close().finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let result: Record<string, unknown>;
  try {
    await stack.startInProcess('intake', () => new FixedTranscriptEngine());
    const worker = await stack.spawnWorker({ engine });
    const idleMb = memoryOf(worker.pid)?.rssMb ?? 0;
    const watch = watchMemory(worker.pid);
    const sub = await stack.submit(await readFile(clip.path));
    await waitDelivered(stack, [sub], 1_800_000);
    const peaks = watch.stop();
    const t = await readTimeline(stack, sub);
    await worker.stop();
    // Which stage was running when the worker's RSS peaked.
    const peak = peaks.samples.reduce((a, b) => (b.workerMb > a.workerMb ? b : a));
    const lastDeliver = Math.max(...t.deliver.map((d) => d.finishedOn));
    const stageAt = (at: number): string =>
      at < t.transcribe.processedOn ? 'before transcribe' : at <= t.transcribe.finishedOn ? 'transcribe' : at <= t.prepare.finishedOn ? 'prepare' : at <= lastDeliver ? 'deliver' : 'after';
    const stagePeaks: Record<string, number> = {};
    for (const s of peaks.samples) {
      const k = stageAt(s.at);
      stagePeaks[k] = Math.max(stagePeaks[k] ?? 0, s.workerMb);
    }
    result = {
      minutes,
      engine,
      recordingBytes: bytes,
      recordingFormat: '16 kHz mono 16-bit PCM WAV',
      idleRssMb: round(idleMb, 0),
      peakRssMb: peaks.peakHwmMb,
      peakTreeRssMb: peaks.peakTreeMb,
      peakStage: stageAt(peak.at),
      peakRssByStageMb: stagePeaks,
      targetMb: TARGET_MB,
      stageSec: {
        transcribe: round((t.transcribe.finishedOn - t.transcribe.processedOn) / 1000, 1),
        prepare: round((t.prepare.finishedOn - t.prepare.processedOn) / 1000, 1),
        deliver: round((lastDeliver - t.prepare.finishedOn) / 1000, 1),
      },
    };
  } finally {
    await stack.close();
  }
  printTable(`Worker process memory, one ${minutes}-minute recording (${Math.round(bytes / 1e6)} MB WAV)`, ['measure', 'MB'], [
    ['idle worker RSS', result.idleRssMb as number],
    [`peak RSS of the worker process (VmHWM; target ≤ ${TARGET_MB})`, result.peakRssMb as number],
    ['peak RSS worker + ffmpeg/pocketsphinx children (sampled)', result.peakTreeRssMb as number],
    ...Object.entries(result.peakRssByStageMb as Record<string, number>).map(([k, v]) => [`  peak during ${k}`, v] as [string, number]),
  ]);
  console.log(`peak fell in: ${result.peakStage as string}`);
  await writeResult('memory', smoke, machine, {
    method: 'One recording put under incoming/; intake, S3 and SMTP in the bench process; one worker child process; VmHWM read from /proc/PID/status; tree RSS sampled every 200 ms. Config defaults: maxDurationSec 900 (only the first 15 minutes are transcribed), maxMessageBytes 20 MB, 2 recipients.',
    ...result,
  });
}

await main();
