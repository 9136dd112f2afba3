/**
 * AN EMULATOR of the Amazon Transcribe batch JSON API, for contract tests only: it is not Amazon
 * Transcribe and does no speech recognition. It speaks the JSON 1.1 protocol the real service speaks
 * (POST /, `X-Amz-Target: Transcribe.<Operation>`, `application/x-amz-json-1.1`, errors as
 * `{"__type": ...}`), verifies AWS Signature Version 4 on every request against the one credential
 * it was given, and writes AWS-shaped output JSON into an S3-protocol store. The "transcript" is a
 * script the test supplies. Bound to 127.0.0.1 on a free port.
 *
 * Operations: StartTranscriptionJob, GetTranscriptionJob, DeleteTranscriptionJob and their Medical
 * twins. Scriptable: FAILED jobs, IN_PROGRESS for N polls, ThrottlingException for the next N
 * requests of an operation.
 */
import { createHash, createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ObjectStore } from '../../services/storage/object-store.ts';

export type EmulatedOperation =
  | 'StartTranscriptionJob'
  | 'GetTranscriptionJob'
  | 'DeleteTranscriptionJob'
  | 'StartMedicalTranscriptionJob'
  | 'GetMedicalTranscriptionJob'
  | 'DeleteMedicalTranscriptionJob';

const OPERATIONS: readonly EmulatedOperation[] = [
  'StartTranscriptionJob',
  'GetTranscriptionJob',
  'DeleteTranscriptionJob',
  'StartMedicalTranscriptionJob',
  'GetMedicalTranscriptionJob',
  'DeleteMedicalTranscriptionJob',
];

export interface JobScript {
  /** What the "recogniser" heard, e.g. "Hello, this is Sam." Words and punctuation become items. */
  transcript?: string;
  /** Answer IN_PROGRESS to this many polls before completing. Default 0. */
  inProgressPolls?: number;
  /** End the job FAILED instead of COMPLETED. */
  fail?: boolean;
  /** FailureReason of a failed job; default one that quotes the transcript, as real ones can. */
  failureReason?: string;
}

export interface EmulatedJob {
  name: string;
  medical: boolean;
  request: Record<string, unknown>;
  script: Required<Omit<JobScript, 'failureReason'>> & { failureReason: string };
  polls: number;
  status: 'QUEUED' | 'IN_PROGRESS' | 'COMPLETED' | 'FAILED';
  outputKey: string;
  createdAt: number;
}

export interface RequestRecord {
  operation: string;
  jobName: string | undefined;
  /** Arrival time (Date.now()). */
  at: number;
  status: number;
  errorType?: string;
}

export interface TranscribeEmulatorOptions {
  /** Store of `bucket`: inputs are read from it and outputs written to it. */
  store: ObjectStore;
  bucket: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
  region?: string;
  /** Allowed clock skew for X-Amz-Date, as AWS allows. Default 15 minutes. */
  maxSkewMs?: number;
}

export interface TranscribeEmulator {
  endpoint: string;
  region: string;
  /** Script for jobs started from now on; `scriptJob` overrides it for one job name. */
  script(s: JobScript): void;
  scriptJob(jobName: string, s: JobScript): void;
  /** The next `count` requests of `operation` answer 400 with `errorType` (default ThrottlingException). */
  throttle(operation: EmulatedOperation, count: number, errorType?: 'ThrottlingException' | 'LimitExceededException'): void;
  job(name: string, medical?: boolean): EmulatedJob | undefined;
  /** Start* calls received for this name, including those answered ConflictException. */
  startCalls(name: string): number;
  /** Jobs actually created under this name (a Delete then Start creates another). */
  jobsCreated(name: string): number;
  /** Arrival times of Get*TranscriptionJob calls for this name. */
  pollTimes(name: string): number[];
  requests: RequestRecord[];
  signatureFailures: number;
  /** Headers and body of the last request that passed signature checks, for replay tests. */
  lastSignedRequest: { headers: Record<string, string>; body: string } | null;
  close(): Promise<void>;
}

export async function startTranscribeEmulator(opts: TranscribeEmulatorOptions): Promise<TranscribeEmulator> {
  const region = opts.region ?? 'us-east-1';
  const maxSkewMs = opts.maxSkewMs ?? 15 * 60_000;
  let defaultScript: JobScript = {};
  const perJob = new Map<string, JobScript>();
  const throttles = new Map<string, { left: number; type: string }>();
  const jobs = new Map<string, EmulatedJob>();
  const starts = new Map<string, number>();
  const created = new Map<string, number>();
  const polls = new Map<string, number[]>();
  const requests: RequestRecord[] = [];
  const state = { signatureFailures: 0, lastSignedRequest: null as TranscribeEmulator['lastSignedRequest'] };

  const jobKey = (name: string, medical: boolean) => `${medical ? 'm' : 's'}:${name}`;
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

  async function handle(req: IncomingMessage, body: Buffer): Promise<{ status: number; json: unknown }> {
    if (req.method !== 'POST' || (req.url ?? '/').split('?')[0] !== '/') return awsError(404, 'UnknownOperationException', 'Not found');
    const auth = verifySigV4(req, body, { ...opts.credentials, region, service: 'transcribe', maxSkewMs });
    if (auth !== 'ok') {
      state.signatureFailures++;
      return auth === 'unknown-key'
        ? awsError(403, 'UnrecognizedClientException', 'The security token included in the request is invalid.')
        : awsError(403, 'InvalidSignatureException', 'The request signature we calculated does not match the signature you provided.');
    }
    state.lastSignedRequest = { headers: flatHeaders(req), body: body.toString('utf8') };

    const contentType = String(req.headers['content-type'] ?? '');
    if (!contentType.startsWith('application/x-amz-json-1.1')) return awsError(400, 'SerializationException', 'Expected application/x-amz-json-1.1');
    const target = String(req.headers['x-amz-target'] ?? '');
    const op = target.startsWith('Transcribe.') ? (target.slice('Transcribe.'.length) as EmulatedOperation) : undefined;
    if (!op || !OPERATIONS.includes(op)) return awsError(400, 'UnknownOperationException', 'Unknown operation');
    let input: Record<string, unknown>;
    try {
      input = JSON.parse(body.toString('utf8') || '{}') as Record<string, unknown>;
    } catch {
      return awsError(400, 'SerializationException', 'Body is not JSON');
    }

    const throttle = throttles.get(op);
    if (throttle && throttle.left > 0) {
      throttle.left--;
      return awsError(400, throttle.type, 'Rate exceeded');
    }

    const medical = op.includes('Medical');
    const rawName = medical ? input.MedicalTranscriptionJobName : input.TranscriptionJobName;
    const name = typeof rawName === 'string' ? rawName : '';
    if (!/^[0-9a-zA-Z._-]{1,200}$/.test(name)) return awsError(400, 'BadRequestException', 'Invalid job name');
    const key = jobKey(name, medical);

    if (op.startsWith('Start')) {
      bump(starts, key);
      if (jobs.has(key)) return awsError(409, 'ConflictException', 'The requested job name already exists. Use a different job name.');
      const bad = validateStart(input, medical, opts.bucket);
      if (bad) return awsError(400, 'BadRequestException', bad);
      const outputKeyParam = typeof input.OutputKey === 'string' ? input.OutputKey : '';
      const outputKey =
        outputKeyParam === '' ? `${medical ? 'medical/' : ''}${name}.json` : outputKeyParam.endsWith('/') ? `${outputKeyParam}${name}.json` : outputKeyParam;
      const s = { ...defaultScript, ...(perJob.get(name) ?? {}) };
      const transcript = s.transcript ?? '';
      const job: EmulatedJob = {
        name,
        medical,
        request: input,
        script: {
          transcript,
          inProgressPolls: s.inProgressPolls ?? 0,
          fail: s.fail ?? false,
          failureReason: s.failureReason ?? `Could not process the audio saying "${transcript}".`,
        },
        polls: 0,
        status: 'QUEUED',
        outputKey,
        createdAt: Date.now(),
      };
      jobs.set(key, job);
      bump(created, key);
      return { status: 200, json: { [medical ? 'MedicalTranscriptionJob' : 'TranscriptionJob']: describe(job) } };
    }

    const job = jobs.get(key);
    if (op.startsWith('Delete')) {
      if (!job) return awsError(400, 'NotFoundException', "The requested job couldn't be found.");
      jobs.delete(key);
      return { status: 200, json: {} };
    }

    // Get*
    polls.set(key, [...(polls.get(key) ?? []), Date.now()]);
    if (!job) return awsError(400, 'NotFoundException', "The requested job couldn't be found.");
    job.polls++;
    if (job.status === 'QUEUED' || job.status === 'IN_PROGRESS') {
      if (job.polls <= job.script.inProgressPolls) job.status = 'IN_PROGRESS';
      else if (job.script.fail) job.status = 'FAILED';
      else {
        const media = String((job.request.Media as { MediaFileUri?: string } | undefined)?.MediaFileUri ?? '');
        const inputKey = media.slice(`s3://${opts.bucket}/`.length);
        const info = await opts.store.head(inputKey);
        if (!info) {
          job.status = 'FAILED';
          job.script.failureReason = 'The media file could not be read.';
        } else {
          const durationSec = Math.max(0.5, (info.size - 44) / 2 / Number(job.request.MediaSampleRateHertz ?? 16_000));
          await opts.store.put(job.outputKey, JSON.stringify(awsOutputJson(job, durationSec)), { contentType: 'application/json' });
          job.status = 'COMPLETED';
        }
      }
    }
    return { status: 200, json: { [medical ? 'MedicalTranscriptionJob' : 'TranscriptionJob']: describe(job) } };
  }

  function describe(job: EmulatedJob): Record<string, unknown> {
    const r = job.request;
    const base: Record<string, unknown> = {
      [job.medical ? 'MedicalTranscriptionJobName' : 'TranscriptionJobName']: job.name,
      TranscriptionJobStatus: job.status,
      LanguageCode: r.LanguageCode,
      MediaFormat: r.MediaFormat,
      MediaSampleRateHertz: r.MediaSampleRateHertz,
      Media: r.Media,
      CreationTime: job.createdAt / 1000,
      ...(job.status !== 'QUEUED' ? { StartTime: job.createdAt / 1000 } : {}),
      ...(job.medical ? { Specialty: r.Specialty, Type: r.Type } : {}),
    };
    if (job.status === 'COMPLETED') {
      base.CompletionTime = Date.now() / 1000;
      base.Transcript = { TranscriptFileUri: `https://s3.${region}.amazonaws.com/${opts.bucket}/${job.outputKey}` };
    }
    if (job.status === 'FAILED') {
      base.CompletionTime = Date.now() / 1000;
      base.FailureReason = job.script.failureReason;
    }
    return base;
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const at = Date.now();
      const body = Buffer.concat(chunks);
      void handle(req, body)
        .catch(() => awsError(500, 'InternalFailureException', 'Emulator error'))
        .then(({ status, json }) => {
          const target = String(req.headers['x-amz-target'] ?? '').replace(/^Transcribe\./, '');
          const parsed = safeParse(body);
          const jobName = (parsed?.TranscriptionJobName ?? parsed?.MedicalTranscriptionJobName) as string | undefined;
          const errorType = (json as { __type?: string }).__type;
          requests.push({ operation: target, jobName, at, status, ...(errorType ? { errorType } : {}) });
          send(res, status, json);
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  return {
    endpoint: `http://127.0.0.1:${port}`,
    region,
    script: (s) => {
      defaultScript = s;
    },
    scriptJob: (name, s) => {
      perJob.set(name, s);
    },
    throttle: (op, count, errorType = 'ThrottlingException') => {
      throttles.set(op, { left: count, type: errorType });
    },
    job: (name, medical = false) => jobs.get(jobKey(name, medical)),
    startCalls: (name) => (starts.get(jobKey(name, false)) ?? 0) + (starts.get(jobKey(name, true)) ?? 0),
    jobsCreated: (name) => (created.get(jobKey(name, false)) ?? 0) + (created.get(jobKey(name, true)) ?? 0),
    pollTimes: (name) => [...(polls.get(jobKey(name, false)) ?? []), ...(polls.get(jobKey(name, true)) ?? [])],
    requests,
    get signatureFailures() {
      return state.signatureFailures;
    },
    get lastSignedRequest() {
      return state.lastSignedRequest;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function validateStart(input: Record<string, unknown>, medical: boolean, bucket: string): string | null {
  const uri = (input.Media as { MediaFileUri?: unknown } | undefined)?.MediaFileUri;
  if (typeof uri !== 'string' || !uri.startsWith(`s3://${bucket}/`)) return 'Media.MediaFileUri must name an object in the output bucket';
  if (input.OutputBucketName !== bucket) return 'OutputBucketName is not a bucket this emulator knows';
  if (input.OutputKey !== undefined && (typeof input.OutputKey !== 'string' || !/^[a-zA-Z0-9\-_.!*'()/]{1,1024}$/.test(input.OutputKey))) {
    return 'Invalid OutputKey';
  }
  if (input.MediaFormat !== undefined && !['mp3', 'mp4', 'wav', 'flac', 'ogg', 'amr', 'webm', 'm4a'].includes(input.MediaFormat as string)) {
    return 'Invalid MediaFormat';
  }
  if (medical) {
    if (input.LanguageCode !== 'en-US') return 'Medical jobs support en-US only';
    if (input.Specialty !== 'PRIMARYCARE') return 'Invalid Specialty';
    if (input.Type !== 'CONVERSATION' && input.Type !== 'DICTATION') return 'Invalid Type';
  } else if (typeof input.LanguageCode !== 'string' && input.IdentifyLanguage !== true) {
    return 'LanguageCode or IdentifyLanguage is required';
  }
  return null;
}

/**
 * Output JSON in the shape Transcribe writes: pronunciation items with times and confidences as
 * strings, punctuation items without times. Words are spread evenly across the audio.
 */
export function awsOutputJson(job: { name: string; script: { transcript: string } }, durationSec: number): unknown {
  const tokens = job.script.transcript.match(/[A-Za-z0-9']+|[.,?!]/g) ?? [];
  const wordCount = tokens.filter((t) => !/^[.,?!]$/.test(t)).length;
  const slot = wordCount ? durationSec / wordCount : 0;
  let i = 0;
  const items = tokens.map((t, id) => {
    if (/^[.,?!]$/.test(t)) return { id, type: 'punctuation', alternatives: [{ confidence: '0.0', content: t }] };
    const start = i * slot;
    const end = start + slot * 0.8;
    i++;
    return {
      id,
      type: 'pronunciation',
      start_time: start.toFixed(3),
      end_time: end.toFixed(3),
      alternatives: [{ confidence: (0.9 + (id % 10) / 100).toFixed(4), content: t }],
    };
  });
  return {
    jobName: job.name,
    accountId: '000000000000',
    status: 'COMPLETED',
    results: {
      transcripts: [{ transcript: job.script.transcript }],
      items,
      audio_segments: wordCount ? [{ id: 0, transcript: job.script.transcript, start_time: '0.000', end_time: durationSec.toFixed(3), items: items.map((x) => x.id) }] : [],
    },
  };
}

// ---- AWS Signature Version 4 verification ----

type SigResult = 'ok' | 'unknown-key' | 'bad-signature';

/**
 * Recomputes the signature of `req` the way AWS does (canonical request → string to sign → HMAC
 * chain from "AWS4" + secret over date, region, service, "aws4_request") and compares it in
 * constant time. Also checks the credential scope and the clock skew, as AWS does.
 */
export function verifySigV4(
  req: IncomingMessage,
  body: Buffer,
  expect: { accessKeyId: string; secretAccessKey: string; region: string; service: string; maxSkewMs: number },
): SigResult {
  const auth = String(req.headers.authorization ?? '');
  const m = /^AWS4-HMAC-SHA256 Credential=([^/,\s]+)\/(\d{8})\/([^/,\s]+)\/([^/,\s]+)\/aws4_request,\s*SignedHeaders=([a-z0-9;\-]+),\s*Signature=([0-9a-f]{64})$/.exec(auth);
  if (!m) return 'bad-signature';
  const [, keyId, date, region, service, signedHeadersList, signature] = m as unknown as [string, string, string, string, string, string, string];
  if (keyId !== expect.accessKeyId) return 'unknown-key';
  if (region !== expect.region || service !== expect.service) return 'bad-signature';

  const amzDate = String(req.headers['x-amz-date'] ?? '');
  const dm = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(amzDate);
  if (!dm || amzDate.slice(0, 8) !== date) return 'bad-signature';
  const signedAt = Date.UTC(+dm[1]!, +dm[2]! - 1, +dm[3]!, +dm[4]!, +dm[5]!, +dm[6]!);
  if (Math.abs(Date.now() - signedAt) > expect.maxSkewMs) return 'bad-signature';

  const signedHeaders = signedHeadersList.split(';');
  if (!signedHeaders.includes('host') || [...signedHeaders].sort().join(';') !== signedHeadersList) return 'bad-signature';
  const values = headerValues(req);
  const canonicalHeaders = signedHeaders.map((h) => `${h}:${(values.get(h) ?? []).map((v) => v.trim().replace(/\s+/g, ' ')).join(',')}\n`).join('');

  const payloadHash = sha256Hex(body);
  const claimed = req.headers['x-amz-content-sha256'];
  if (claimed !== undefined && claimed !== payloadHash) return 'bad-signature';

  const url = new URL(req.url ?? '/', 'http://emulator');
  const canonicalUri = url.pathname
    .split('/')
    .map((seg) => rfc3986(seg))
    .join('/');
  const canonicalQuery = [...url.searchParams.entries()]
    .map(([k, v]) => [rfc3986(k), rfc3986(v)] as const)
    .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');

  const canonicalRequest = [req.method ?? 'POST', canonicalUri, canonicalQuery, canonicalHeaders, signedHeadersList, payloadHash].join('\n');
  const scope = `${date}/${region}/${service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(Buffer.from(canonicalRequest, 'utf8'))].join('\n');
  let key: Buffer = hmac(Buffer.from(`AWS4${expect.secretAccessKey}`, 'utf8'), date);
  for (const part of [region, service, 'aws4_request']) key = hmac(key, part);
  const expected = createHmac('sha256', key).update(stringToSign, 'utf8').digest();
  const given = Buffer.from(signature, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected) ? 'ok' : 'bad-signature';
}

function headerValues(req: IncomingMessage): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i]!.toLowerCase();
    out.set(name, [...(out.get(name) ?? []), req.rawHeaders[i + 1]!]);
  }
  return out;
}

function flatHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of headerValues(req)) out[k] = v.join(',');
  return out;
}

/** SigV4's URI encoding: everything but unreserved characters, upper-case hex. */
function rfc3986(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function sha256Hex(b: Buffer): string {
  return createHash('sha256').update(b).digest('hex');
}

function hmac(key: Buffer, data: string): Buffer {
  return createHmac('sha256', key).update(data, 'utf8').digest();
}

function awsError(status: number, type: string, message: string): { status: number; json: unknown } {
  return { status, json: { __type: type, message } };
}

function safeParse(b: Buffer): Record<string, unknown> | null {
  try {
    return JSON.parse(b.toString('utf8')) as Record<string, unknown>;
  } catch {
    return null;
  }
}

function send(res: ServerResponse, status: number, json: unknown): void {
  const body = JSON.stringify(json);
  res.writeHead(status, {
    'content-type': 'application/x-amz-json-1.1',
    'content-length': Buffer.byteLength(body),
    'x-amzn-requestid': randomUUID(),
  });
  res.end(body);
}
