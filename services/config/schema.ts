import { z } from 'zod';
import { POLICY_NAMES } from '../redaction/types.ts';

/** Practice and mailbox ids appear in S3 prefixes and job ids: keep them to a safe alphabet. */
const slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{0,62}$/, 'use 1-63 lower-case letters, digits, "-" or "_", starting with a letter or digit');

const recipient = z
  .object({
    /** Stable identifier used in ledgers and job ids; defaults to a hash of the email address. */
    id: slug.optional(),
    email: z.string().email('must be an email address such as nurse@clinic.example'),
    /** Path of the recipient's armored OpenPGP public key, relative to the config file. */
    key: z.string().min(1, 'give the path of an armored OpenPGP public key file'),
  })
  .strict();

const mailbox = z
  .object({
    id: slug,
    name: z.string().min(1).max(80),
    /** Which identifiers are masked before encryption. Default "standard". */
    policy: z.enum(POLICY_NAMES).default('standard'),
    /** Also mask clinicians' names ("Dr. Patel"). Default false. */
    maskProviders: z.boolean().default(false),
    /** What replaces masked stretches of audio. Default "tone". */
    audioMask: z.enum(['tone', 'silence']).default('tone'),
    recipients: z.array(recipient).min(1, 'a mailbox needs at least one recipient'),
    /** Addresses the PBX voicemail-to-email door accepts for this mailbox. */
    intakeAddresses: z.array(z.string().email('must be an email address')).default([]),
    /** E.164 numbers whose Twilio recordings belong to this mailbox. */
    phoneNumbers: z.array(z.string().regex(/^\+[1-9]\d{6,14}$/, 'use E.164 such as +15551230000')).default([]),
  })
  .strict();

const practice = z
  .object({
    id: slug,
    name: z.string().min(1).max(120),
    /** Speech-recognition engine for this practice's voicemails. */
    engine: z.enum(['pocketsphinx', 'aws-transcribe', 'aws-transcribe-medical']).default('pocketsphinx'),
    /** IANA time zone for times shown in emails, e.g. America/Chicago. Default UTC. */
    timeZone: z
      .string()
      .refine((tz) => {
        try {
          new Intl.DateTimeFormat('en-US', { timeZone: tz });
          return true;
        } catch {
          return false;
        }
      }, 'must be an IANA time zone such as America/Chicago')
      .default('UTC'),
    /** API keys of the HTTP upload door: only their SHA-256 is stored (`quietline` never needs the key itself). */
    apiKeys: z
      .array(z.object({ id: slug, sha256: z.string().regex(/^[0-9a-fA-F]{64}$/, 'must be the 64 hex digits of the key\'s SHA-256 (echo -n KEY | sha256sum)') }).strict())
      .default([]),
    /** Names of environment variables holding HMAC secrets for signed uploads (several for rotation). */
    hmacSecretsEnv: z.array(z.string().regex(/^[A-Z_][A-Z0-9_]*$/)).default([]),
    /** Amazon Transcribe settings, for the aws-transcribe engines. */
    transcribe: z
      .object({
        languageCode: z.string().regex(/^[a-z]{2}-[A-Z]{2}$/, 'use a language code such as en-US').default('en-US'),
        vocabularyName: z.string().min(1).max(200).optional(),
        /** Medical engine only: CONVERSATION (callers talk to a person) or DICTATION. */
        medicalType: z.enum(['CONVERSATION', 'DICTATION']).default('CONVERSATION'),
      })
      .strict()
      .default({}),
    mailboxes: z.array(mailbox).min(1, 'a practice needs at least one mailbox'),
  })
  .strict()
  .refine((p) => p.engine !== 'aws-transcribe-medical' || p.transcribe.languageCode === 'en-US', { message: 'Amazon Transcribe Medical supports only en-US; set transcribe.languageCode to en-US', path: ['transcribe', 'languageCode'] });

export const configSchema = z
  .object({
    service: z
      .object({
        /** From address of delivered mail; MAIL_FROM overrides it. */
        from: z.string().min(3).default('Quietline <quietline@localhost>'),
        /** Domain used in deterministic Message-IDs. */
        messageIdDomain: z.string().regex(/^[A-Za-z0-9.-]+$/).default('quietline.invalid'),
        /** Outer (unencrypted) Subject. Only PHI-free fields: {mailbox}, {practice}. Default "[...]". */
        outerSubject: z
          .string()
          .refine((s) => !/\{(?!mailbox\}|practice\})[^}]*\}/.test(s), 'only {mailbox} and {practice} may be used in outerSubject')
          .default('[...]'),
        signingKey: z
          .object({
            /** Armored OpenPGP private key used to sign every message, relative to the config file. */
            file: z.string().min(1),
            /** Name of the environment variable holding its passphrase (empty when unprotected). */
            passphraseEnv: z.string().default('QUIETLINE_SIGNING_KEY_PASSPHRASE'),
          })
          .strict(),
      })
      .strict(),
    intake: z
      .object({
        /** Seconds between scans of incoming/ in the bucket. Default 10. */
        scanIntervalSec: z.number().int().min(1).max(3600).default(10),
        /** Objects larger than this are not transcribed. Default 200 MB. */
        maxBytes: z.number().int().min(1024).default(200 * 1024 * 1024),
        /** Longer recordings are transcribed up to this length, and the email says so. Default 900 (15 min). */
        maxDurationSec: z.number().int().min(10).default(900),
      })
      .strict()
      .default({}),
    delivery: z
      .object({
        /** Largest encrypted message; bigger audio is re-encoded smaller or left out with a note. Default 20 MB. */
        maxMessageBytes: z.number().int().min(100_000).default(20 * 1000 * 1000),
        /**
         * Attempts for a passing failure (relay down or refusing with 4xx, storage hiccups) before the
         * recipient is recorded as failed. Default 50: with the deliver backoff (10 s doubling, capped at
         * 30 min, jittered to half..full) the last attempt comes 10.6 to 21.2 hours after the first, so a
         * relay outage of most of a day loses nothing. Keep workers/queues.ts (jobOptions.deliver) in step.
         */
        attempts: z.number().int().min(1).max(50).default(50),
      })
      .strict()
      .default({}),
    /** Doors other than the S3 scanner; each is off until configured. */
    doors: z
      .object({
        http: z
          .object({
            host: z.string().default('127.0.0.1'),
            port: z.number().int().min(0).max(65535).default(8081),
            /** Public URL the HTTP door is reached by (Twilio signs the URL it calls). */
            publicUrl: z.string().url().optional(),
          })
          .strict()
          .default({}),
        upload: z
          .object({
            bodyLimitBytes: z.number().int().min(1024).default(50 * 1024 * 1024),
            rateLimit: z.object({ capacity: z.number().int().min(1).default(30), refillPerSec: z.number().positive().default(0.5) }).strict().default({}),
          })
          .strict()
          .default({}),
        s3Events: z
          .object({
            /** SNS topics whose S3 notifications are accepted. */
            snsTopicArns: z.array(z.string().startsWith('arn:')).default([]),
            /** Env variable with the bearer token MinIO's webhook sends. */
            minioTokenEnv: z.string().optional(),
          })
          .strict()
          .optional(),
        twilio: z
          .object({
            accounts: z.array(z.object({ accountSid: z.string().regex(/^AC[0-9a-f]{32}$/, 'an AccountSid is AC followed by 32 hex digits'), authTokenEnv: z.string() }).strict()).min(1),
          })
          .strict()
          .optional(),
        smtp: z
          .object({
            host: z.string().default('127.0.0.1'),
            port: z.number().int().min(0).max(65535).default(2587),
            certFile: z.string(),
            keyFile: z.string(),
            users: z.array(z.object({ user: z.string().min(1), passwordEnv: z.string() }).strict()).default([]),
            allowIps: z.array(z.string()).default([]),
            callerPatterns: z.object({ subject: z.string().optional(), body: z.string().optional() }).strict().default({}),
          })
          .strict()
          .optional(),
      })
      .strict()
      .default({}),
    retention: z
      .object({
        /** Days to keep source audio and intermediates after every recipient is served; 0 deletes at once. */
        keepDays: z.number().int().min(0).max(3650).default(0),
        /**
         * Days to keep the sealed copy of an object no configured mailbox took (quietline rejected list /
         * replay), then deleted. Long enough to notice a misconfigured phone system and fix it.
         */
        rejectedKeepDays: z.number().int().min(1).max(3650).default(30),
      })
      .strict()
      .default({}),
    practices: z.array(practice).min(1, 'declare at least one practice'),
  })
  .strict();

export type QuietlineConfigInput = z.input<typeof configSchema>;
export type QuietlineConfig = z.output<typeof configSchema>;
export type PracticeConfig = QuietlineConfig['practices'][number];
export type MailboxConfig = PracticeConfig['mailboxes'][number];
export type RecipientConfig = MailboxConfig['recipients'][number] & { id: string };
