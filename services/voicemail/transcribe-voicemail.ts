import { join } from 'node:path';
import { probeAudio } from '../audio/probe.ts';
import { normaliseForAsr } from '../audio/normalise.ts';
import type { TranscriptionEngine } from '../transcription/engine.ts';
import { isLowConfidence } from '../transcription/transcript.ts';
import type { TranscriptResult } from './record.ts';

/**
 * probe → normalise (16 kHz mono PCM) → recognise. Silence is an answer, not an error:
 * the voicemail goes out with "no speech detected".
 */
export async function transcribeVoicemailAudio(
  sourcePath: string,
  engine: TranscriptionEngine,
  opts: { workDir: string; maxDurationSec: number; voicemailId: string; nameHint?: string; signal?: AbortSignal },
): Promise<TranscriptResult> {
  const info = await probeAudio(sourcePath, opts.nameHint ? { nameHint: opts.nameHint } : {});
  const wav = join(opts.workDir, 'normalised.wav');
  const norm = await normaliseForAsr(sourcePath, wav, { maxDurationSec: opts.maxDurationSec, info, ...(opts.signal ? { signal: opts.signal } : {}) });
  if (norm.silent) return { status: 'unavailable', reason: 'no-speech', durationSec: norm.durationSec };
  const transcript = await engine.transcribe(wav, { voicemailId: opts.voicemailId, narrowband: norm.narrowband, ...(opts.signal ? { signal: opts.signal } : {}) });
  if (transcript.words.length === 0) return { status: 'unavailable', reason: 'no-speech', durationSec: norm.durationSec };
  return {
    status: 'ok',
    transcript,
    truncated: norm.truncated,
    lowConfidence: isLowConfidence(transcript),
    sourceSampleRate: info.sampleRate,
  };
}
