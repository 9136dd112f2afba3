import { join } from 'node:path';
import { probeAudio, verifyDecodes, type AudioInfo } from '../audio/probe.ts';
import { measureSpeech, normaliseForAsr } from '../audio/normalise.ts';
import type { TranscriptionEngine } from '../transcription/engine.ts';
import type { Transcript } from '../transcription/transcript.ts';
import { isLowConfidence } from '../transcription/transcript.ts';
import type { TranscriptResult } from './record.ts';

/**
 * The "transcript unavailable" reason when recognition was skipped because earlier runs on this
 * recording died mid-way (workers/crash-guard.ts). The audio still goes out.
 */
export const ASR_CRASHED_REASON = 'asr-crashed';

/** Audio this much longer than the limit counts as truncated (container lengths are not exact). */
const TRUNCATION_SLACK_SEC = 0.05;

/**
 * probe → normalise (16 kHz mono PCM, checking that the source decodes whole) → recognise; engines that read the source themselves skip the
 * normalising step (see EngineInput) unless the recording must be cut to the limit first. Silence is
 * an answer, not an error: the voicemail goes out with "no speech detected".
 */
export async function transcribeVoicemailAudio(
  sourcePath: string,
  engine: TranscriptionEngine,
  opts: { workDir: string; maxDurationSec: number; voicemailId: string; nameHint?: string; signal?: AbortSignal },
): Promise<TranscriptResult> {
  const signal = opts.signal ? { signal: opts.signal } : {};
  // Probed without the decode check: normalisation decodes the whole stream anyway and doubles as it
  // (one ffmpeg run fewer for compressed sources; WAVs of plain samples need neither).
  const probed = await probeAudio(sourcePath, { decodeCheck: false, ...(opts.nameHint ? { nameHint: opts.nameHint } : {}), ...signal });

  if (engine.input === 'source' && probed.durationSec <= opts.maxDurationSec + TRUNCATION_SLACK_SEC) {
    const info = await verifyDecodes(sourcePath, probed, signal);
    const measured = await measureSpeech(sourcePath, info, opts.maxDurationSec);
    if (measured?.silent) return { status: 'unavailable', reason: 'no-speech', durationSec: info.durationSec, sourceInfo: info };
    const narrowband = measured?.narrowband ?? info.sampleRate <= 8_000;
    const transcript = await engine.transcribe(sourcePath, { voicemailId: opts.voicemailId, narrowband, durationSec: info.durationSec, ...signal });
    return result(transcript, false, info);
  }

  const wav = join(opts.workDir, 'normalised.wav');
  const norm = await normaliseForAsr(sourcePath, wav, { maxDurationSec: opts.maxDurationSec, info: probed, checkDecode: true, ...signal });
  // Decoded whole, the length is exact now; cut at the limit, the container's figure is what there is.
  const info = norm.truncated ? probed : { ...probed, durationSec: norm.durationSec };
  if (norm.silent) return { status: 'unavailable', reason: 'no-speech', durationSec: norm.durationSec, sourceInfo: info };
  const transcript = await engine.transcribe(wav, { voicemailId: opts.voicemailId, narrowband: norm.narrowband, durationSec: norm.durationSec, ...signal });
  return result(transcript, norm.truncated, info);
}

function result(transcript: Transcript, truncated: boolean, info: AudioInfo): TranscriptResult {
  if (transcript.words.length === 0) return { status: 'unavailable', reason: 'no-speech', durationSec: transcript.durationSec, sourceInfo: info };
  return {
    status: 'ok',
    transcript,
    truncated,
    lowConfidence: isLowConfidence(transcript),
    sourceSampleRate: info.sampleRate,
    sourceInfo: info,
  };
}
