import type { SendTiming, Timeline } from './bench-stack.ts';

/** Where one voicemail's end-to-end time went, in ms; the parts add up to `total` (less `other`). */
export interface StageBreakdown {
  total: number;
  /** Scan interval wait plus every hand-off between queues. */
  queueWait: number;
  /** Of queueWait: waiting for the next scan of incoming/ (bench scan interval 1 s). */
  scanWait: number;
  /** Reading the object, sealing audio + record, queueing transcription. */
  intake: number;
  /** Transcribe job minus recognition: S3 read + unseal, ffprobe, ffmpeg to 16 kHz PCM, seal result. */
  decode: number;
  /** Speech recognition. */
  transcribe: number;
  /** Prepare job: PHI masking of text and audio, Opus encoding, sealing the package. */
  redact: number;
  /** Deliver job until SMTP starts: key check, S3 reads, MIME, OpenPGP sign + encrypt. */
  encrypt: number;
  /** SMTP transaction of the last recipient. */
  send: number;
  other: number;
}

export const STAGES = ['queueWait', 'intake', 'decode', 'transcribe', 'redact', 'encrypt', 'send'] as const;
export const STAGE_LABELS: Record<(typeof STAGES)[number], string> = {
  queueWait: 'queue wait',
  intake: 'intake',
  decode: 'decode',
  transcribe: 'transcribe (ASR)',
  redact: 'redact + audio mask',
  encrypt: 'compose + encrypt',
  send: 'SMTP send',
};

export function breakdown(t: Timeline, engineMs: number, sends: Map<string, SendTiming>, messageIdOf: (recipientId: string) => string): StageBreakdown {
  const withSend = t.deliver.map((d) => {
    const s = sends.get(messageIdOf(d.recipientId));
    if (!s) throw new Error(`no-send-timing: ${d.recipientId}`);
    return { d, s };
  });
  const last = withSend.reduce((a, b) => (b.s.end > a.s.end ? b : a));
  const scanWait = Math.max(0, t.scanStart - t.putAt);
  const queueWait =
    scanWait +
    Math.max(0, t.transcribe.processedOn - t.transcribe.created) +
    Math.max(0, t.prepare.processedOn - t.transcribe.finishedOn) +
    Math.max(0, last.d.processedOn - t.prepare.finishedOn);
  const parts = {
    queueWait,
    scanWait,
    intake: Math.max(0, t.transcribe.created - t.scanStart),
    decode: t.transcribe.finishedOn - t.transcribe.processedOn - engineMs,
    transcribe: engineMs,
    redact: t.prepare.finishedOn - t.prepare.processedOn,
    encrypt: last.s.start - last.d.processedOn,
    send: last.s.end - last.s.start,
  };
  const total = last.s.end - t.putAt;
  const sum = STAGES.reduce((a, k) => a + parts[k], 0);
  return { total, ...parts, other: total - sum };
}
