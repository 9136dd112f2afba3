import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  DeleteMedicalTranscriptionJobCommand,
  DeleteTranscriptionJobCommand,
  GetMedicalTranscriptionJobCommand,
  GetTranscriptionJobCommand,
  StartMedicalTranscriptionJobCommand,
  StartTranscriptionJobCommand,
  TranscribeClient,
  type LanguageCode,
} from '@aws-sdk/client-transcribe';
import { log } from '../common/log.ts';
import { readPcmWavLayout } from '../audio/wav.ts';
import type { ObjectStore } from '../storage/object-store.ts';
import { TranscriptionError, type TranscriptionEngine } from './engine.ts';
import { AWS_TRANSCRIBE_OUTPUT_PREFIX, awsTranscribeKeys } from './aws-transcribe-keys.ts';
import { AwsTranscriptFormatError, parseAwsTranscript, type AwsTranscribeEngineName } from './aws-transcribe-results.ts';
import type { PollLimiter } from './aws-poll-limiter.ts';
import type { Transcript } from './transcript.ts';

/**
 * The transcription job itself ended badly (status FAILED, or output we cannot read). Starting
 * over would find the same job under the same name again, so retrying is pointless.
 */
export class TranscribeJobFailedError extends TranscriptionError {
  override readonly permanent: boolean = true;
  constructor() {
    super('asr-failed');
  }
}

export type MedicalSpecialty = 'PRIMARYCARE';
export type MedicalTranscriptionType = 'DICTATION' | 'CONVERSATION';

export interface AwsTranscribePollOptions {
  /** First wait after starting a job, in ms. Default 2000. */
  initialMs?: number;
  /** Growth of the wait after each unfinished or throttled answer. Default 2. */
  factor?: number;
  /** Longest wait between polls, in ms. Default 20000. */
  maxMs?: number;
  /** Each wait is scaled by a random factor in [1 - jitter/2, 1 + jitter/2]. Default 0.4. */
  jitter?: number;
  /** Give up (asr-timeout) after this long; default 5 min plus 2 s per second of audio. */
  timeoutMs?: number;
}

export interface AwsTranscribeEngineOptions {
  region: string;
  /** Unset = Amazon Transcribe's regional endpoint. */
  endpoint?: string;
  /** Unset = the SDK's default chain (instance role, environment, ...). */
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  /** Amazon Transcribe Medical (engine 'aws-transcribe-medical'). */
  medical: boolean;
  /** Bucket that `store` writes to; Transcribe reads the input from and writes the output to it. */
  bucket: string;
  store: ObjectStore;
  /** Where job outputs are written; default 'transcribe-output/'. */
  outputPrefix?: string;
  /** Default 'en-US' (the only language Transcribe Medical accepts). */
  languageCode?: string;
  /** A custom vocabulary (a medical vocabulary for the medical engine). */
  vocabularyName?: string;
  /** Medical only. Default 'PRIMARYCARE' (the only one Transcribe Medical offers for batch jobs). */
  specialty?: MedicalSpecialty;
  /** Medical only. Default 'CONVERSATION': callers speak to a person, they do not dictate notes. */
  medicalType?: MedicalTranscriptionType;
  /** KMS key for the output object; unset = the bucket's default encryption. */
  outputKmsKeyId?: string;
  /** Shared budget for Get*TranscriptionJob calls (20/s per account and region). */
  pollLimiter: PollLimiter;
  poll?: AwsTranscribePollOptions;
  random?: () => number;
}

export interface AwsTranscribeOptions {
  signal?: AbortSignal;
  /** Names the job; without it the job is named after a hash of the WAV file. */
  voicemailId?: string;
}

/** Amazon Transcribe allows [0-9a-zA-Z._-] in job names, up to 200 characters. */
const JOB_ID = /^[0-9A-Za-z._-]{1,190}$/;
const OUTPUT_PREFIX = /^[A-Za-z0-9\-_.!*'()/]{0,900}$/;

type JobStatus = 'QUEUED' | 'IN_PROGRESS' | 'FAILED' | 'COMPLETED';
interface JobState {
  status: JobStatus | undefined;
  transcriptUri: string | undefined;
}

/** Outcome of reading a job's output. `missing` = the job finished but its output object is gone. */
type Output = { kind: 'ok'; transcript: Transcript } | { kind: 'missing' };

/**
 * Amazon Transcribe (and Transcribe Medical) as a batch job: upload the normalised WAV, start a job
 * named after the voicemail, poll it within the account-wide request budget, read the output JSON
 * from the bucket, then delete both objects. The job name is deterministic, so a retried attempt
 * finds the job its predecessor started instead of paying for a second one.
 */
export class AwsTranscribeEngine implements TranscriptionEngine {
  readonly name: AwsTranscribeEngineName;
  private readonly client: TranscribeClient;
  private readonly opts: AwsTranscribeEngineOptions;
  private readonly outputPrefix: string;
  private readonly languageCode: string;
  private readonly poll: Required<Omit<AwsTranscribePollOptions, 'timeoutMs'>> & { timeoutMs: number | undefined };
  private readonly random: () => number;

  constructor(opts: AwsTranscribeEngineOptions) {
    this.opts = opts;
    this.name = opts.medical ? 'aws-transcribe-medical' : 'aws-transcribe';
    this.outputPrefix = opts.outputPrefix ?? AWS_TRANSCRIBE_OUTPUT_PREFIX;
    if (!OUTPUT_PREFIX.test(this.outputPrefix)) throw new RangeError('outputPrefix has characters Amazon Transcribe rejects');
    this.languageCode = opts.languageCode ?? 'en-US';
    if (opts.medical && this.languageCode !== 'en-US') throw new RangeError('Amazon Transcribe Medical only accepts languageCode en-US');
    this.poll = {
      initialMs: opts.poll?.initialMs ?? 2_000,
      factor: opts.poll?.factor ?? 2,
      maxMs: opts.poll?.maxMs ?? 20_000,
      jitter: opts.poll?.jitter ?? 0.4,
      timeoutMs: opts.poll?.timeoutMs,
    };
    this.random = opts.random ?? Math.random;
    this.client = new TranscribeClient({
      region: opts.region,
      ...(opts.endpoint ? { endpoint: opts.endpoint } : {}),
      ...(opts.credentials ? { credentials: opts.credentials } : {}),
      // Every request must pass the shared limiter; the SDK's own retries would bypass it.
      maxAttempts: 1,
    });
  }

  /** The engine interface: the job is named after `opts.voicemailId`, else after the file's SHA-256. */
  async transcribe(wavPath: string, opts: AwsTranscribeOptions = {}): Promise<Transcript> {
    const id =
      opts.voicemailId ??
      `wav-${(
        await sha256File(wavPath).catch(() => {
          throw new TranscriptionError('asr-failed');
        })
      ).slice(0, 40)}`;
    return this.transcribeVoicemail(id, wavPath, opts.signal ? { signal: opts.signal } : {});
  }

  async transcribeVoicemail(voicemailId: string, wavPath: string, opts: { signal?: AbortSignal } = {}): Promise<Transcript> {
    if (!JOB_ID.test(voicemailId)) throw new RangeError('voicemailId must be 1-190 of [0-9A-Za-z._-]');
    const signal = opts.signal;
    const layout = await readPcmWavLayout(wavPath).catch(() => {
      throw new TranscriptionError('asr-failed');
    });
    if (layout.channels !== 1 || layout.bitsPerSample !== 16) throw new TranscriptionError('asr-failed');
    const durationSec = layout.dataBytes / 2 / layout.sampleRate;

    const job = {
      voicemailId,
      name: `ql-${voicemailId}`,
      ...awsTranscribeKeys(voicemailId, this.outputPrefix),
      sampleRate: layout.sampleRate,
      durationSec,
    };
    const deadline = Date.now() + (this.poll.timeoutMs ?? 300_000 + durationSec * 2_000);
    const ctx = { voicemailId, jobName: job.name, engine: this.name };

    return this.guard(signal, async () => {
      // Upload every attempt: cheap, idempotent, and the job may need it if it has not read it yet.
      await this.opts.store.putFile(job.inputKey, wavPath, { contentType: 'audio/wav' });
      // A second start is allowed once: when a finished job's output was already consumed by an
      // attempt that died before saving the transcript, the job is deleted and run again.
      for (let run = 0; run < 2; run++) {
        const started = await this.startJob(job, deadline, signal);
        log.info({ ...ctx, started }, started ? 'transcribe job started' : 'transcribe job exists; polling it');
        const state = await this.waitForJob(job.name, deadline, signal);
        if (state.status === 'FAILED') {
          // FailureReason may quote the audio's content: report the code only.
          log.warn({ ...ctx, code: 'asr-failed' }, 'transcribe job failed');
          await this.cleanUp(job, []);
          throw new TranscribeJobFailedError();
        }
        const output = await this.readOutput(job, state);
        if (output.kind === 'ok') {
          await this.cleanUp(job, state.transcriptUri ? [this.keyFromUri(state.transcriptUri)] : []);
          log.info({ ...ctx, wordCount: output.transcript.words.length }, 'transcribe job read');
          return output.transcript;
        }
        log.warn({ ...ctx, code: 'output-missing' }, 'transcribe output already consumed; running the job again');
        await this.send(this.deleteCommand(job.name), job.name, deadline, signal);
      }
      throw new TranscribeJobFailedError();
    });
  }

  /** Releases the HTTP connections. */
  close(): void {
    this.client.destroy();
  }

  /** Maps every non-TranscriptionError failure to a code, so SDK messages never travel further. */
  private async guard<T>(signal: AbortSignal | undefined, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      if (err instanceof TranscriptionError) throw err;
      if (signal?.aborted || isAbort(err)) throw new TranscriptionError('asr-aborted');
      if (err instanceof AwsTranscriptFormatError) throw new TranscribeJobFailedError();
      log.warn({ engine: this.name, err: errorSummary(err) }, 'transcribe request failed');
      throw new TranscriptionError('asr-failed');
    }
  }

  /** True when this call created the job; false when a job of that name already existed. */
  private async startJob(
    job: { name: string; inputKey: string; outputKey: string; sampleRate: number },
    deadline: number,
    signal: AbortSignal | undefined,
  ): Promise<boolean> {
    const media = { MediaFileUri: `s3://${this.opts.bucket}/${job.inputKey}` };
    const common = {
      LanguageCode: this.languageCode as LanguageCode,
      MediaFormat: 'wav' as const,
      MediaSampleRateHertz: job.sampleRate,
      Media: media,
      OutputBucketName: this.opts.bucket,
      OutputKey: job.outputKey,
      ...(this.opts.outputKmsKeyId ? { OutputEncryptionKMSKeyId: this.opts.outputKmsKeyId } : {}),
      ...(this.opts.vocabularyName ? { Settings: { VocabularyName: this.opts.vocabularyName } } : {}),
    };
    const cmd = this.opts.medical
      ? new StartMedicalTranscriptionJobCommand({
          ...common,
          MedicalTranscriptionJobName: job.name,
          Specialty: this.opts.specialty ?? 'PRIMARYCARE',
          Type: this.opts.medicalType ?? 'CONVERSATION',
        })
      : new StartTranscriptionJobCommand({ ...common, TranscriptionJobName: job.name });
    try {
      await this.send(cmd, job.name, deadline, signal);
      return true;
    } catch (err) {
      if (errorName(err) === 'ConflictException') return false;
      if (errorName(err) === 'BadRequestException') {
        // The request itself is wrong (vocabulary, language, media): the same request fails again.
        log.warn({ jobName: job.name, engine: this.name, err: errorSummary(err) }, 'transcribe job rejected');
        throw new TranscribeJobFailedError();
      }
      throw err;
    }
  }

  /** Polls with growing, jittered waits until the job is COMPLETED or FAILED. */
  private async waitForJob(jobName: string, deadline: number, signal: AbortSignal | undefined): Promise<JobState> {
    let wait = this.poll.initialMs;
    for (;;) {
      await this.pause(wait, deadline, signal);
      wait = Math.min(this.poll.maxMs, wait * this.poll.factor);
      await this.admit(deadline, signal);
      let state: JobState;
      try {
        state = await this.getJob(jobName, signal);
      } catch (err) {
        if (!isRetryable(err)) throw err;
        log.info({ jobName, engine: this.name, err: errorSummary(err) }, 'transcribe poll throttled or failed; backing off');
        continue;
      }
      if (state.status === 'COMPLETED' || state.status === 'FAILED') return state;
    }
  }

  /** Waits for the shared poll budget, but never past the deadline (Redis may be unreachable). */
  private async admit(deadline: number, signal: AbortSignal | undefined): Promise<void> {
    const left = deadline - Date.now();
    if (left <= 0) throw new TranscriptionError('asr-timeout');
    const timeout = AbortSignal.timeout(left);
    try {
      await this.opts.pollLimiter.acquire(signal ? AbortSignal.any([signal, timeout]) : timeout);
    } catch (err) {
      if (signal?.aborted) throw new TranscriptionError('asr-aborted');
      if (timeout.aborted) throw new TranscriptionError('asr-timeout');
      throw err;
    }
  }

  private async getJob(jobName: string, signal: AbortSignal | undefined): Promise<JobState> {
    const sendOpts = signal ? { abortSignal: signal } : {};
    if (this.opts.medical) {
      const r = await this.client.send(new GetMedicalTranscriptionJobCommand({ MedicalTranscriptionJobName: jobName }), sendOpts);
      const j = r.MedicalTranscriptionJob;
      return { status: j?.TranscriptionJobStatus, transcriptUri: j?.Transcript?.TranscriptFileUri };
    }
    const r = await this.client.send(new GetTranscriptionJobCommand({ TranscriptionJobName: jobName }), sendOpts);
    const j = r.TranscriptionJob;
    return { status: j?.TranscriptionJobStatus, transcriptUri: j?.Transcript?.TranscriptFileUri };
  }

  private deleteCommand(jobName: string): DeleteTranscriptionJobCommand | DeleteMedicalTranscriptionJobCommand {
    return this.opts.medical
      ? new DeleteMedicalTranscriptionJobCommand({ MedicalTranscriptionJobName: jobName })
      : new DeleteTranscriptionJobCommand({ TranscriptionJobName: jobName });
  }

  /** Sends a non-poll request, backing off on throttling and passing failures until the deadline. */
  private async send(
    cmd: StartTranscriptionJobCommand | StartMedicalTranscriptionJobCommand | DeleteTranscriptionJobCommand | DeleteMedicalTranscriptionJobCommand,
    jobName: string,
    deadline: number,
    signal: AbortSignal | undefined,
  ): Promise<void> {
    let wait = this.poll.initialMs;
    for (;;) {
      try {
        // The union of commands does not narrow for the client's overloads; each is a valid input.
        await this.client.send(cmd as StartTranscriptionJobCommand, signal ? { abortSignal: signal } : {});
        return;
      } catch (err) {
        if (!isRetryable(err)) throw err;
        log.info({ jobName, engine: this.name, err: errorSummary(err) }, 'transcribe request throttled or failed; backing off');
      }
      await this.pause(wait, deadline, signal);
      wait = Math.min(this.poll.maxMs, wait * this.poll.factor);
    }
  }

  /** Jittered wait, cut short by the deadline (asr-timeout) or the signal (asr-aborted). */
  private async pause(ms: number, deadline: number, signal: AbortSignal | undefined): Promise<void> {
    const left = deadline - Date.now();
    if (left <= 0) throw new TranscriptionError('asr-timeout');
    const jittered = ms * (1 - this.poll.jitter / 2 + this.random() * this.poll.jitter);
    try {
      await sleep(Math.min(left, Math.max(0, Math.round(jittered))), undefined, signal ? { signal } : {});
    } catch {
      throw new TranscriptionError('asr-aborted');
    }
  }

  private async readOutput(job: { outputKey: string; durationSec: number }, state: JobState): Promise<Output> {
    let body = await this.opts.store.get(job.outputKey);
    if (body === null && state.transcriptUri) {
      const key = this.keyFromUri(state.transcriptUri);
      if (key && key !== job.outputKey) body = await this.opts.store.get(key);
    }
    if (body === null) return { kind: 'missing' };
    return { kind: 'ok', transcript: parseAwsTranscript(body, job.durationSec, this.name) };
  }

  /**
   * The object key inside our bucket of a TranscriptFileUri (path-style or virtual-hosted URL),
   * or '' when it points elsewhere. Transcribe honours OutputKey, so this is a fallback only.
   */
  private keyFromUri(uri: string): string {
    try {
      const u = new URL(uri);
      const path = decodeURIComponent(u.pathname.replace(/^\//, ''));
      if (u.hostname.startsWith(`${this.opts.bucket}.`)) return path;
      if (path.startsWith(`${this.opts.bucket}/`)) return path.slice(this.opts.bucket.length + 1);
    } catch {
      // Not a URL: nothing to fall back to.
    }
    return '';
  }

  private async cleanUp(job: { inputKey: string; outputKey: string; voicemailId: string }, extra: string[]): Promise<void> {
    const keys = new Set([job.outputKey, job.inputKey, ...extra.filter((k) => k !== '' && k.startsWith(this.outputPrefix))]);
    for (const key of keys) {
      try {
        await this.opts.store.delete(key);
      } catch (err) {
        // The transcript is already in hand; a leftover object is swept by the bucket's lifecycle rule.
        log.warn({ voicemailId: job.voicemailId, engine: this.name, err: errorSummary(err) }, 'transcribe object not deleted');
      }
    }
  }
}

async function sha256File(path: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(path)) h.update(chunk as Buffer);
  return h.digest('hex');
}

function errorName(err: unknown): string {
  const name = (err as { name?: unknown } | null)?.name;
  return typeof name === 'string' ? name : '';
}

function httpStatus(err: unknown): number | undefined {
  return (err as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata?.httpStatusCode;
}

const THROTTLE_NAMES = new Set([
  'ThrottlingException',
  'LimitExceededException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'ProvisionedThroughputExceededException',
]);

/** Throttling, server faults and network trouble: another try later can succeed. */
function isRetryable(err: unknown): boolean {
  if (isAbort(err)) return false;
  const name = errorName(err);
  if (THROTTLE_NAMES.has(name) || name === 'InternalFailureException' || name === 'ServiceUnavailableException') return true;
  const status = httpStatus(err);
  if (status === 429 || (status !== undefined && status >= 500)) return true;
  const code = (err as { code?: unknown } | null)?.code;
  return status === undefined && typeof code === 'string' && /^(ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE|EAI_AGAIN)$/.test(code);
}

function isAbort(err: unknown): boolean {
  const name = errorName(err);
  return name === 'AbortError' || name === 'RequestAbortedError';
}

/** Error name and HTTP status only: AWS messages may quote request content. */
function errorSummary(err: unknown): { name: string; status?: number } {
  const status = httpStatus(err);
  return { name: errorName(err) || 'Error', ...(status !== undefined ? { status } : {}) };
}
