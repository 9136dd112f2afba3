/**
 * Turns one prepared voicemail (DeliveryPackage) into the encrypted email for one recipient.
 * Size is checked on the finished message, because only then is the real overhead known.
 */
import type { PrivateKey, PublicKey } from 'openpgp';
import type { DeliveryPackage } from '../voicemail/delivery-package.ts';
import { parseAddress, MimeHeaderError } from './mime.ts';
import { buildEncryptedMessage, DEFAULT_OUTER_SUBJECT, voicemailMessageId, type MailAttachment } from './pgp-mime.ts';
import { buildVoicemailBody, type VoicemailAudio } from './voicemail-body.ts';

export interface ComposeVoicemailInput {
  pkg: DeliveryPackage;
  /** The attachment bytes stored beside the package; null when missing or not attached. */
  audio: Buffer | null;
  recipient: { id: string; email: string; publicKey: PublicKey };
  signingKey: PrivateKey;
  /** e.g. "Quietline <quietline@clinic.example>"; also the SMTP envelope sender. */
  from: string;
  messageIdDomain: string;
  /** Outer Subject; may use {mailbox} and {practice} only. Defaults to "[...]". */
  outerSubjectTemplate?: string;
  maxMessageBytes: number;
  /** IANA zone for the "Received" line. Defaults to UTC. */
  timeZone?: string;
  /** Date header; defaults to now. */
  date?: Date;
}

export interface ComposedVoicemailEmail {
  raw: Buffer;
  envelopeFrom: string;
  messageId: string;
  withAudio: boolean;
}

/** Permanent: even without audio the message exceeds the size limit. Identifiers only. */
export class MessageTooLargeError extends Error {
  constructor(
    readonly voicemailId: string,
    readonly recipientId: string,
    readonly bytes: number,
  ) {
    super(`message-too-large (${voicemailId}/${recipientId}, ${bytes} bytes)`);
    this.name = 'MessageTooLargeError';
  }
}

export function renderOuterSubject(template: string | undefined, pkg: Pick<DeliveryPackage, 'mailboxName' | 'practiceName'>): string {
  if (!template) return DEFAULT_OUTER_SUBJECT;
  return template.replaceAll('{mailbox}', pkg.mailboxName).replaceAll('{practice}', pkg.practiceName);
}

export function audioLeftOutNote(voicemailId: string): string {
  return `The recording is too large for this email. Your practice's IT can send it to you securely for at least 7 days: quote reference ${voicemailId}.`;
}

export function audioMissingNote(voicemailId: string): string {
  return `The recording could not be attached to this email. Your practice's IT can send it to you securely for at least 7 days: quote reference ${voicemailId}.`;
}

export async function composeVoicemailEmail(input: ComposeVoicemailInput): Promise<ComposedVoicemailEmail> {
  const { pkg, recipient } = input;
  const messageId = voicemailMessageId(pkg.voicemailId, recipient.id, input.messageIdDomain);
  const envelopeFrom = parseAddress('From', input.from).address;
  const date = input.date ?? new Date();
  const receivedAt = new Date(pkg.receivedAt);
  if (Number.isNaN(receivedAt.getTime())) throw new MimeHeaderError('Date');

  const build = async (audio: VoicemailAudio | undefined, extraNotes: string[]): Promise<Buffer> => {
    const body = buildVoicemailBody({
      mailboxName: pkg.mailboxName,
      practiceName: pkg.practiceName,
      receivedAt,
      durationSec: pkg.durationSec,
      ...(pkg.caller ? { caller: pkg.caller } : {}),
      reference: pkg.voicemailId,
      transcript: pkg.transcript,
      maskedTypes: pkg.maskedTypes,
      notes: [...pkg.notes, ...extraNotes],
      ...(audio ? { audio } : {}),
      ...(input.timeZone ? { timeZone: input.timeZone } : {}),
    });
    const attachments: MailAttachment[] = audio ? [{ filename: audio.filename, contentType: audio.contentType, data: audio.data }] : [];
    return buildEncryptedMessage({
      from: input.from,
      to: recipient.email,
      date,
      messageId,
      protectedSubject: body.subject,
      outerSubject: renderOuterSubject(input.outerSubjectTemplate, pkg),
      text: body.text,
      html: body.html,
      attachments,
      recipientKey: recipient.publicKey,
      signingKey: input.signingKey,
    });
  };

  const audio: VoicemailAudio | undefined =
    pkg.audio && input.audio
      ? { filename: pkg.audio.filename, contentType: pkg.audio.contentType, data: input.audio, durationSec: pkg.audio.durationSec }
      : undefined;
  const missingNotes = pkg.audio && !input.audio ? [audioMissingNote(pkg.voicemailId)] : [];

  if (audio) {
    const raw = await build(audio, []);
    if (raw.length <= input.maxMessageBytes) return { raw, envelopeFrom, messageId, withAudio: true };
  }
  const extra = audio ? [audioLeftOutNote(pkg.voicemailId)] : missingNotes;
  const raw = await build(undefined, extra);
  if (raw.length > input.maxMessageBytes) throw new MessageTooLargeError(pkg.voicemailId, recipient.id, raw.length);
  return { raw, envelopeFrom, messageId, withAudio: false };
}
