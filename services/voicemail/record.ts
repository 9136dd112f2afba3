import { z } from 'zod';
import type { Transcript } from '../transcription/transcript.ts';
import type { AudioInfo } from '../audio/probe.ts';

/**
 * The voicemail record every intake door produces. Sealed in S3 (it holds the caller number);
 * never in Redis.
 */
export const voicemailRecordSchema = z.object({
  id: z.string(),
  /** Which door it came through. */
  source: z.enum(['s3', 'http', 'smtp', 'twilio']),
  /** The door's own identity of it (object key + ETag, Message-ID, RecordingSid) for deduplication. */
  sourceId: z.string(),
  practiceId: z.string(),
  mailboxId: z.string(),
  /** Caller number as the phone system gave it, if it did. PHI. */
  callerNumber: z.string().optional(),
  receivedAt: z.string(),
  /** File-name extension of the original, a hint for headerless formats such as raw GSM. */
  formatHint: z.string().optional(),
  sizeBytes: z.number(),
  contentType: z.string().optional(),
});
export type VoicemailRecord = z.infer<typeof voicemailRecordSchema>;

/**
 * What the transcribe stage leaves for the prepare stage. Sealed. `sourceInfo` is what probing the
 * source found (absent when it could not be probed, and in results stored before it existed): the
 * prepare stage reads the same bytes, so it need not probe them again.
 */
export type TranscriptResult =
  | {
      status: 'ok';
      transcript: Transcript;
      truncated: boolean;
      lowConfidence: boolean;
      sourceSampleRate: number;
      sourceInfo?: AudioInfo;
    }
  | { status: 'unavailable'; reason: string; durationSec?: number; sourceInfo?: AudioInfo };
