import type { Logger } from 'pino';

/** Where a door delivers: one configured practice and mailbox. */
export interface MailboxTarget {
  practiceId: string;
  mailboxId: string;
}

/** One API key of a practice, as the config stores it: never the key itself. */
export interface ApiKeyHash {
  /** Stable name of the key, used in logs and rate-limit buckets (e.g. "pbx-2026"). */
  id: string;
  /** Lower-case hex SHA-256 of the key as the client sends it. */
  sha256: string;
}

/** A token bucket: `capacity` requests at once, refilled at `refillPerSec`. */
export interface RateLimit {
  /** Burst size. Default 30. */
  capacity: number;
  /** Tokens added per second. Default 0.5 (30 a minute). */
  refillPerSec: number;
}

export interface HttpDoorOptions {
  /** Interface to listen on. Default "127.0.0.1". */
  host?: string;
  /** Port; 0 = any free port. Default 8081. */
  port?: number;
  /**
   * Base URL the outside world uses to reach this server (scheme, host, optional port and path
   * prefix, no trailing slash), e.g. "https://intake.clinic.example". Twilio signs the URL it
   * called, which a TLS-terminating proxy hides. Default: "http://" + the request's Host header.
   */
  publicUrl?: string;
}

export interface SnsOptions {
  /**
   * Extra hosts (hostname or hostname:port) trusted for SigningCertURL and SubscribeURL besides
   * sns.<region>.amazonaws.com. For tests and private SNS emulators; such hosts may use plain HTTP.
   * Default none.
   */
  allowedHosts?: string[];
  /** Only these TopicArns are accepted and confirmed. Default: any topic (a warning is logged). */
  topicArns?: string[];
  /** Time allowed for fetching a signing certificate or confirming a subscription. Default 5000 ms. */
  fetchTimeoutMs?: number;
}

export interface S3EventOptions {
  /** Accept SNS-delivered S3 events (the header x-amz-sns-message-type marks them). Default: off. */
  sns?: SnsOptions;
  /**
   * Accept plain S3 event JSON as MinIO's webhook target posts it. `token`, when set, must arrive as
   * "Authorization: Bearer <token>" (MinIO's auth_token). Default: off.
   */
  plain?: { token?: string };
}

export interface UploadOptions {
  /** API keys per practice id (SHA-256 hashes only). Default none. */
  apiKeys?: Map<string, ApiKeyHash[]>;
  /** HMAC secrets per practice id; several allow rotation. Default none. */
  hmacSecrets?: Map<string, string[]>;
  /** Largest accepted request body in bytes; larger gets 413. Default 50 MB (52,428,800). */
  bodyLimit?: number;
  /** Per API key / per HMAC practice. Default { capacity: 30, refillPerSec: 0.5 }. */
  rateLimit?: RateLimit;
  /** Accepted clock difference for X-Quietline-Signature timestamps. Default 300 s. */
  signatureToleranceSec?: number;
}

export interface TwilioAccount {
  /** "AC" + 32 hex digits. */
  accountSid: string;
  /** The account's auth token: signs webhooks and authenticates the media download. */
  authToken: string;
}

export interface TwilioOptions {
  accounts: TwilioAccount[];
  /** Called number (E.164, e.g. "+15551230000") → mailbox. Query parameters practice/mailbox win. Default none. */
  numbers?: Map<string, MailboxTarget>;
  /**
   * Prefixes RecordingUrl must start with (scheme + host + path prefix). Default
   * ["https://api.twilio.com/"].
   */
  mediaBaseUrls?: string[];
  /**
   * Largest recording downloaded; a bigger one is not downloaded and reaches staff as a note
   * ("audio-too-large"). Default and upper bound: intake.maxBytes.
   */
  maxMediaBytes?: number;
  /**
   * Attempts of the durable fetch (the "fetch" queue) before the recording is given up and shown on
   * the dashboard as fetch-failed. Default 10.
   */
  fetchAttempts?: number;
  /** First wait between fetch attempts, doubling each time (±20 % jitter). Default 30000 ms: 10 attempts span about 4 hours. */
  fetchBackoffMs?: number;
  /** Time allowed for one media download. Default 120000 ms. */
  mediaTimeoutMs?: number;
}

export interface SmtpUser {
  user: string;
  password: string;
}

export interface SmtpIntakeOptions {
  /** Interface to listen on. Default "127.0.0.1". */
  host?: string;
  /** Port; 0 = any free port. Default 2587. */
  port?: number;
  /** Name in the greeting. Default "quietline-intake". */
  serverName?: string;
  /** PEM certificate chain and key for STARTTLS. Required: mail is refused before STARTTLS. */
  tls: { cert: string | Buffer; key: string | Buffer };
  /** Accounts the PBX may AUTH as (PLAIN or LOGIN, only after STARTTLS). Default none. */
  users?: SmtpUser[];
  /** Client addresses or CIDR ranges that may send without AUTH (still over TLS). Default none. */
  allowIps?: string[];
  /** Intake address (case-insensitive) → mailbox, e.g. "front-desk@intake.riverside.example". */
  addresses: Map<string, MailboxTarget>;
  /** Largest message accepted (encoded audio is ~4/3 of the file). Default 64 MB. */
  maxMessageBytes?: number;
  /**
   * Patterns finding the caller number in the Subject and in the text body, each with a named group
   * `caller`, tried in order after the Asterisk X-Asterisk-VM-Caller-ID-Num header. Defaults match the
   * FreeSWITCH/FusionPBX templates ('Voicemail from "name" <number>').
   */
  callerPatterns?: { subject?: (string | RegExp)[]; body?: (string | RegExp)[] };
}

export interface DoorsOptions {
  /** The HTTP listener serving S3 events, uploads, Twilio and /v1/openapi.json; false = none. Default on 127.0.0.1:8081. */
  http?: HttpDoorOptions | false;
  /** POST /v1/events/s3. Default: the route answers 404 until sns or plain is set. */
  s3Events?: S3EventOptions;
  /** POST /v1/voicemails. Default: every request is refused (no keys). */
  upload?: UploadOptions;
  /** POST /v1/twilio/recording. Default: off (404). */
  twilio?: TwilioOptions;
  /** SMTP voicemail-to-email intake. Default: off. */
  smtp?: SmtpIntakeOptions;
  /** Logger for identifiers and reason codes. Default: the shared service logger. */
  logger?: Logger;
}

export const DEFAULTS = {
  httpHost: '127.0.0.1',
  httpPort: 8081,
  uploadBodyLimit: 50 * 1024 * 1024,
  rateLimit: { capacity: 30, refillPerSec: 0.5 } satisfies RateLimit,
  signatureToleranceSec: 300,
  snsFetchTimeoutMs: 5000,
  twilioMediaBaseUrls: ['https://api.twilio.com/'],
  twilioFetchAttempts: 10,
  twilioFetchBackoffMs: 30_000,
  twilioMediaTimeoutMs: 120_000,
  smtpHost: '127.0.0.1',
  smtpPort: 2587,
  smtpServerName: 'quietline-intake',
  smtpMaxMessageBytes: 64 * 1024 * 1024,
  /** Events are small; anything larger is not an S3 event. */
  eventBodyLimit: 256 * 1024,
  twilioBodyLimit: 64 * 1024,
} as const;
