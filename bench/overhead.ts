/**
 * Pipeline overhead apart from speech recognition: the whole embedded pipeline with a fixed-transcript
 * engine (bench/lib/engines.ts), per voicemail, and then each step on its own to show where the time goes.
 *
 *   npx tsx bench/overhead.ts           30 voicemails of 15 s, steps 10 times each
 *   npx tsx bench/overhead.ts --smoke   1 voicemail of 5 s, each step once
 *   --runs=N --reps=M                   other counts (e.g. for a CPU profile)
 *
 * "Overhead" = put → SMTP accepted for all recipients, minus the intake scan wait (a configuration
 * choice: scanIntervalSec, or no wait at all with S3 event notifications) and minus recognition.
 * Writes bench/results/overhead.json.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { voicemailMessageId } from '../services/mail/pgp-mime.ts';
import { probeAudio } from '../services/audio/probe.ts';
import { normaliseForAsr } from '../services/audio/normalise.ts';
import { redactTranscript } from '../services/redaction/transcript-redaction.ts';
import { prepareEmailAudio } from '../services/voicemail/email-audio.ts';
import { checkRecipientKeyFile, loadSigningKey } from '../services/pgp/keys.ts';
import { composeVoicemailEmail } from '../services/mail/compose-voicemail.ts';
import type { DeliveryPackage } from '../services/voicemail/delivery-package.ts';
import { readTimeline, startBenchStack, waitDelivered } from './lib/bench-stack.ts';
import { FixedTranscriptEngine, TimedEngine } from './lib/engines.ts';
import { describeMachine, isSmoke, machineInfo, printTable, writeResult } from './lib/machine.ts';
import { speechClip, withTrailingSilence } from './lib/speech-clips.ts';
import { breakdown, STAGES, STAGE_LABELS, type StageBreakdown } from './lib/stages.ts';
import { median, round, summarize } from './lib/stats.ts';
import { countStoreCalls, type StoreCounts } from './lib/store-counter.ts';

const run = promisify(execFile);
const smoke = isSmoke();
const flag = (name: string): number | undefined => {
  const v = process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  return v === undefined ? undefined : Number(v);
};
const RUNS = flag('runs') ?? (smoke ? 1 : 30);
const REPS = flag('reps') ?? (smoke ? 1 : 10);
const CLIP_SEC = smoke ? 5 : 15;
const TARGET_MS = 50;

async function timeIt(reps: number, fn: () => unknown): Promise<{ p50: number; p95: number }> {
  const ms: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  const s = summarize(ms, 1);
  return { p50: s.p50, p95: s.p95 };
}

const roundAll = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, round(v, 1)]));

async function main(): Promise<void> {
  const machine = machineInfo();
  console.log(`overhead bench (${smoke ? 'smoke' : 'full'}): ${RUNS} voicemails of ${CLIP_SEC} s, fixed transcript; ${describeMachine(machine)}`);
  const stack = await startBenchStack({ recipients: 2, scanIntervalSec: 1 });
  const onSignal = () => void stack.close().finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const clip = await speechClip(CLIP_SEC);
  const audio = await readFile(clip.path);
  const rows: StageBreakdown[] = [];
  const s3Calls: StoreCounts[] = [];
  const cpuMs: number[] = [];
  const steps: Record<string, { p50: number; p95: number }> = {};
  const work = await mkdtemp(join(tmpdir(), 'ql-bench-overhead-'));
  try {
    const engine = new TimedEngine(new FixedTranscriptEngine());
    await stack.startInProcess('all', () => engine);
    if (!smoke) {
      // Unmeasured first voicemail: module loading and JIT.
      const warm = await stack.submit(withTrailingSilence(audio, 999));
      await waitDelivered(stack, [warm], 60_000);
    }
    // S3 requests and process CPU time (workers, s3rver and SMTP sink all run in this process) per
    // voicemail: steadier evidence than wall time on a shared machine. The intake scan's own requests
    // (one every scanIntervalSec) fall into whichever voicemail's window they happen in.
    const calls = countStoreCalls(stack.ctx.store);
    for (let i = 0; i < RUNS; i++) {
      const audioIn = withTrailingSilence(audio, i + 1);
      calls.take();
      const cpu0 = process.cpuUsage();
      const sub = await stack.submit(audioIn);
      await waitDelivered(stack, [sub], 60_000);
      const cpu = process.cpuUsage(cpu0);
      cpuMs.push((cpu.user + cpu.system) / 1000);
      s3Calls.push(calls.take());
      const t = await readTimeline(stack, sub);
      const eng = engine.timings.get(sub.voicemailId);
      rows.push(breakdown(t, eng?.ms ?? 0, stack.sends, (r) => voicemailMessageId(sub.voicemailId, r, 'clinic.test')));
    }

    // The same work step by step, outside the queues.
    const src = join(work, 'source.wav');
    await writeFile(src, audio);
    const ctx = stack.ctx;
    steps['S3 put + get, sealed (source audio)'] = await timeIt(REPS, async () => {
      await ctx.sealed.putSealed('bench/overhead.sealed', audio);
      await ctx.sealed.getSealed('bench/overhead.sealed');
    });
    // What the workers do: stream the sealed object to a private file, and a file back into a sealed object.
    steps['S3 get to file + put from file, sealed, streaming'] = await timeIt(REPS, async () => {
      const copy = join(work, 'streamed.wav');
      await rm(copy, { force: true });
      await ctx.sealed.getSealedToFile('bench/overhead.sealed', copy);
      await ctx.sealed.putSealedFile('bench/overhead-out.sealed', copy);
    });
    // What one external tool costs before it does any work: the floor under every ffmpeg step.
    steps['bare process start (ffmpeg -version)'] = await timeIt(REPS, () => run('ffmpeg', ['-version']));
    const info = await probeAudio(src);
    // A WAV of plain samples is probed in-process, and 16 kHz mono PCM is copied rather than converted.
    steps['probeAudio (WAV: header read in-process)'] = await timeIt(REPS, () => probeAudio(src));
    steps['normaliseForAsr (16 kHz mono WAV: copied in-process)'] = await timeIt(REPS, () => normaliseForAsr(src, join(work, 'norm.wav'), { info }));
    // What a source in another format costs: ffprobe and a decode check, then one ffmpeg conversion.
    const mp3 = join(work, 'source.mp3');
    await run('ffmpeg', ['-nostdin', '-v', 'error', '-y', '-i', src, '-c:a', 'libmp3lame', '-b:a', '32k', mp3]);
    const mp3Info = await probeAudio(mp3);
    steps['probeAudio (MP3: ffprobe + decode check)'] = await timeIt(REPS, () => probeAudio(mp3));
    steps['normaliseForAsr (MP3: ffmpeg → 16 kHz PCM)'] = await timeIt(REPS, () => normaliseForAsr(mp3, join(work, 'norm-mp3.wav'), { info: mp3Info }));
    const transcript = await new FixedTranscriptEngine().transcribe(join(work, 'norm.wav'));
    const masked = redactTranscript(transcript, 'standard');
    steps['redactTranscript (text)'] = await timeIt(REPS * 10, () => redactTranscript(transcript, 'standard'));
    let emailAudio: Awaited<ReturnType<typeof prepareEmailAudio>> | null = null;
    steps['mask audio + attachment (prepareEmailAudio: WAV masked in-process)'] = await timeIt(REPS, async () => {
      emailAudio = await prepareEmailAudio(src, { workDir: work, maskIntervals: masked.maskedIntervals, maskMode: 'tone', maxMessageBytes: 20_000_000, info });
    });
    steps['mask audio + Opus (prepareEmailAudio, Opus forced)'] = await timeIt(REPS, () =>
      prepareEmailAudio(src, { workDir: work, maskIntervals: masked.maskedIntervals, maskMode: 'tone', maxMessageBytes: 20_000_000, info, asReceivedMaxBytes: 0 }),
    );
    const file = (emailAudio as Awaited<ReturnType<typeof prepareEmailAudio>> | null)?.file;
    if (!file) throw new Error('no-email-audio');
    const attachment = await readFile(file.path);
    const cfg = stack.config;
    const recipient = cfg.recipients('benchprac', 'main')[0]!;
    const keyPath = cfg.resolvePath(recipient.key);
    steps['recipient key check (checkRecipientKeyFile)'] = await timeIt(REPS, () => checkRecipientKeyFile(keyPath));
    const key = await checkRecipientKeyFile(keyPath);
    if (!key.ok) throw new Error('bench-key-refused');
    const signingKey = await loadSigningKey(cfg.resolvePath(cfg.raw.service.signingKey.file), process.env[cfg.raw.service.signingKey.passphraseEnv]);
    const pkg: DeliveryPackage = {
      voicemailId: 'vmbenchoverhead',
      practiceId: 'benchprac',
      mailboxId: 'main',
      practiceName: 'Bench Practice',
      mailboxName: 'Front desk',
      receivedAt: new Date().toISOString(),
      durationSec: clip.durationSec,
      transcript: { status: 'ok', text: masked.text, words: masked.words.map((w) => ({ word: w.word, confidence: w.confidence, ...(w.masked ? { masked: w.masked } : {}) })), lowConfidence: false },
      maskedTypes: masked.maskedTypes,
      notes: [],
      audio: { filename: file.filename, contentType: file.contentType, durationSec: file.durationSec, bytes: file.bytes },
    };
    const compose = () =>
      composeVoicemailEmail({ pkg, audio: attachment, recipient: { id: recipient.id, email: recipient.email, publicKey: key.key }, signingKey, from: cfg.raw.service.from, messageIdDomain: 'clinic.test', maxMessageBytes: 20_000_000 });
    steps['MIME + OpenPGP sign/encrypt (composeVoicemailEmail)'] = await timeIt(REPS, compose);
    const email = await compose();
    steps['SMTP send to the sink'] = await timeIt(REPS, () => ctx.transport.send({ from: email.envelopeFrom, to: recipient.email, raw: email.raw }));
    steps['S3 ledger write (small JSON put)'] = await timeIt(REPS, () => ctx.store.put('bench/ledger.json', JSON.stringify({ ok: true })));
  } finally {
    await rm(work, { recursive: true, force: true });
    await stack.close();
  }

  const overhead = rows.map((r) => r.total - r.scanWait - r.transcribe);
  const cpuWork = rows.map((r) => r.intake + r.decode + r.redact + r.encrypt + r.send);
  const handoffs = rows.map((r) => r.queueWait - r.scanWait);
  const summary = {
    latencyMs: summarize(rows.map((r) => r.total), 0),
    overheadMs: summarize(overhead, 0),
    jobWorkMs: summarize(cpuWork, 0),
    handoffMs: summarize(handoffs, 0),
  };
  const s3PerVoicemail = summarize(s3Calls.map((c) => c.total), 1);
  const s3ByKey: Record<string, number> = {};
  for (const c of s3Calls) for (const [k, n] of Object.entries(c.byKey)) s3ByKey[k] = (s3ByKey[k] ?? 0) + n / s3Calls.length;
  const s3ByOp: Record<string, number> = {};
  for (const c of s3Calls) for (const [k, n] of Object.entries(c.byOp)) s3ByOp[k] = (s3ByOp[k] ?? 0) + n / s3Calls.length;
  const cpuPerVoicemail = summarize(cpuMs, 0);
  const stagesMs: Record<string, ReturnType<typeof summarize>> = {};
  for (const s of [...STAGES, 'scanWait', 'other'] as const) stagesMs[s] = summarize(rows.map((r) => r[s]), 0);

  printTable(`Pipeline overhead without ASR, ${RUNS} voicemails of ${CLIP_SEC} s, 2 recipients (ms)`, ['measure', 'p50', 'p95', 'max'], [
    ['put → all accepted (incl. scan wait)', summary.latencyMs.p50, summary.latencyMs.p95, summary.latencyMs.max],
    [`overhead (minus scan wait and ASR; target ≤ ${TARGET_MS})`, summary.overheadMs.p50, summary.overheadMs.p95, summary.overheadMs.max],
    ['  of which work inside jobs', summary.jobWorkMs.p50, summary.jobWorkMs.p95, summary.jobWorkMs.max],
    ['  of which queue hand-offs', summary.handoffMs.p50, summary.handoffMs.p95, summary.handoffMs.max],
    ...STAGES.map((s) => [`  stage: ${STAGE_LABELS[s]}`, stagesMs[s]!.p50, stagesMs[s]!.p95, stagesMs[s]!.max]),
  ]);
  printTable(`S3 requests per voicemail (mean over ${RUNS}; incl. the 1 s intake scan's own)`, ['request', 'per voicemail'], [
    ['total (p50)', s3PerVoicemail.p50],
    ...Object.entries(s3ByOp).sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, round(v, 1)] as [string, number]),
    ...Object.entries(s3ByKey).sort((a, b) => b[1] - a[1]).map(([k, v]) => [`  ${k}`, round(v, 1)] as [string, number]),
  ]);
  printTable('CPU time of this process per voicemail (workers + s3rver + SMTP sink + bench; ms)', ['measure', 'p50', 'p95'], [['user + system', cpuPerVoicemail.p50, cpuPerVoicemail.p95]]);
  printTable(`Each step alone, ${CLIP_SEC} s recording (ms)`, ['step', 'p50', 'p95'], Object.entries(steps).map(([k, v]) => [k, v.p50, v.p95]));
  await writeResult('overhead', smoke, machine, {
    method: `In-process embedded stack, fixed-transcript engine, ${RUNS} voicemails of ${CLIP_SEC} s one at a time, 2 recipients. Overhead = latency − intake scan wait − engine time.`,
    clipSec: round(clip.durationSec, 2),
    targetP95Ms: TARGET_MS,
    ...summary,
    stagesMs,
    s3RequestsPerVoicemail: { ...s3PerVoicemail, byOp: roundAll(s3ByOp), byKey: roundAll(s3ByKey) },
    cpuMsPerVoicemail: cpuPerVoicemail,
    stepsMs: steps,
    medianOverheadMs: round(median(overhead), 0),
  });
}

await main();
