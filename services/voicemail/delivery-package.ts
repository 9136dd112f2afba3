/**
 * What every recipient's email is built from, prepared once per voicemail after masking.
 * Sealed in S3 (it holds the masked transcript and, per policy, the caller number).
 */
export interface DeliveryPackage {
  voicemailId: string;
  practiceId: string;
  mailboxId: string;
  practiceName: string;
  mailboxName: string;
  receivedAt: string;
  durationSec: number;
  /** Present only when the mailbox policy shows it. */
  caller?: string;
  transcript: {
    status: 'ok' | 'unavailable';
    /** Why it is unavailable: a reason code. */
    reason?: string;
    text?: string;
    words?: { word: string; confidence: number; masked?: string }[];
    lowConfidence: boolean;
  };
  maskedTypes: string[];
  /** Plain-language notes for staff (truncated, no speech, audio left out, ...). PHI-free. */
  notes: string[];
  /** Attached audio, stored beside the package; null when it could not be attached. */
  audio: { filename: string; contentType: string; durationSec: number; bytes: number } | null;
  /**
   * The recipients prepare fanned out to (one deliver job each): the voicemail completes once each of
   * them is delivered or failed, whatever the configuration says by then. Absent in packages written
   * before this field existed; delivery falls back to the configured recipients for those.
   */
  recipientIds?: string[];
}
