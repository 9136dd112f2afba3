import { pino, type Logger } from 'pino';

/**
 * The one logger. Log identifiers only (voicemailId, practiceId, mailboxId, recipientId, job ids,
 * reason codes): never caller numbers, names, transcript text, email addresses of callers or audio.
 * `redact` is a second line of defence for field names that must never carry values.
 */
export const log: Logger = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  base: { svc: 'quietline' },
  redact: {
    paths: ['text', 'transcript', 'caller', 'callerNumber', 'words', 'body', 'audio', '*.text', '*.transcript', '*.caller', '*.callerNumber'],
    censor: '[omitted]',
  },
});
