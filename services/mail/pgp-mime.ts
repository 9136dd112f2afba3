/**
 * RFC 3156 PGP/MIME with RFC 9788 header protection: one message per recipient, signed by the
 * service key and encrypted to that recipient in a single OpenPGP message. Only structural and
 * routing headers stay outside; the real Subject lives in the encrypted cryptographic payload.
 */
import type { PrivateKey, PublicKey } from 'openpgp';
import { signAndEncrypt } from '../pgp/encrypt.ts';
import {
  addressHeader,
  assertMediaType,
  base64Lines,
  CRLF,
  entity,
  makeBoundary,
  messageIdHeader,
  MimeHeaderError,
  multipartBody,
  normalizeNewlines,
  quotedPrintable,
  rfc5322Date,
  safeFilename,
  unstructuredHeader,
  type Address,
} from './mime.ts';

/** RFC 9788's recommended obscured subject. */
export const DEFAULT_OUTER_SUBJECT = '[...]';

export interface MailAttachment {
  filename: string;
  contentType: string;
  data: Buffer;
}

export interface EncryptedMessageInput {
  from: Address;
  to: Address;
  date: Date;
  /** With angle brackets, e.g. from voicemailMessageId(). */
  messageId: string;
  protectedSubject: string;
  /** Must be PHI-free: it is sent in clear. Defaults to "[...]". */
  outerSubject?: string;
  text: string;
  html: string;
  attachments: MailAttachment[];
  recipientKey: PublicKey;
  signingKey: PrivateKey;
}

const SAFE_ID = /^[A-Za-z0-9_-]+$/;
const DOMAIN = /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*$/;

/**
 * Deterministic per (voicemail, recipient) so a retried delivery is recognisable as the same
 * message by the recipient's mail system. Ids are opaque identifiers, never phone numbers.
 */
export function voicemailMessageId(voicemailId: string, recipientId: string, domain: string): string {
  if (!SAFE_ID.test(voicemailId) || !SAFE_ID.test(recipientId) || !DOMAIN.test(domain)) {
    throw new MimeHeaderError('Message-ID');
  }
  return `<${voicemailId}.${recipientId}@${domain}>`;
}

function textPart(subtype: 'plain' | 'html', content: string): string {
  return entity(
    [`Content-Type: text/${subtype}; charset="utf-8"`, 'Content-Transfer-Encoding: quoted-printable'],
    quotedPrintable(content),
  );
}

function attachmentPart(a: MailAttachment): string {
  const type = assertMediaType(a.contentType);
  const name = safeFilename(a.filename);
  return entity(
    [
      `Content-Type: ${type}; name="${name}"`,
      `Content-Disposition: attachment; filename="${name}"`,
      'Content-Transfer-Encoding: base64',
    ],
    base64Lines(a.data),
  );
}

interface HeaderSet {
  from: string;
  to: string;
  date: string;
  messageId: string;
}

/**
 * The cryptographic payload (RFC 9788 section 2): its root part carries the true header fields plus
 * one HP-Outer field per non-structural outer header, which lets a receiving client tell which
 * fields were exposed in transit and which were confidential.
 */
export function buildProtectedPayload(input: {
  headers: HeaderSet;
  protectedSubject: string;
  outerSubject: string;
  text: string;
  html: string;
  attachments: MailAttachment[];
}): string {
  const alt = makeBoundary('alt');
  const mixed = makeBoundary('mixed');
  const alternative = entity(
    [`Content-Type: multipart/alternative; boundary="${alt}"`],
    multipartBody(alt, [textPart('plain', input.text), textPart('html', input.html)]),
  );
  const { from, to, date, messageId } = input.headers;
  const outerSubjectHeader = unstructuredHeader('Subject', input.outerSubject);
  const hpOuter = [date, from, to, messageId, outerSubjectHeader].map((h) => `HP-Outer: ${h.replace(/\r\n\s+/g, ' ')}`);
  const root = entity(
    [
      `Content-Type: multipart/mixed; boundary="${mixed}";${CRLF} protected-headers="v1"; hp="cipher"`,
      date,
      messageId,
      unstructuredHeader('Subject', input.protectedSubject),
      from,
      to,
      ...hpOuter,
    ],
    multipartBody(mixed, [alternative, ...input.attachments.map(attachmentPart)]),
  );
  return root;
}

export async function buildEncryptedMessage(input: EncryptedMessageInput): Promise<Buffer> {
  const outerSubject = input.outerSubject ?? DEFAULT_OUTER_SUBJECT;
  const headers: HeaderSet = {
    from: addressHeader('From', input.from),
    to: addressHeader('To', input.to),
    date: `Date: ${rfc5322Date(input.date)}`,
    messageId: messageIdHeader('Message-ID', input.messageId),
  };
  const payload = buildProtectedPayload({
    headers,
    protectedSubject: input.protectedSubject,
    outerSubject,
    text: input.text,
    html: input.html,
    attachments: input.attachments,
  });

  // Signature time is "now", not the Date header: a retried delivery keeps its original Date but
  // may be signed with a key created or renewed since.
  const armored = await signAndEncrypt(payload, input.recipientKey, input.signingKey);

  const outer = makeBoundary('enc');
  const versionPart = entity(
    ['Content-Type: application/pgp-encrypted', 'Content-Description: PGP/MIME version identification'],
    'Version: 1',
  );
  const encryptedPart = entity(
    [
      'Content-Type: application/octet-stream; name="encrypted.asc"',
      'Content-Description: OpenPGP encrypted message',
      'Content-Disposition: inline; filename="encrypted.asc"',
    ],
    normalizeNewlines(armored.trimEnd()),
  );
  const message = entity(
    [
      headers.from,
      headers.to,
      headers.date,
      headers.messageId,
      unstructuredHeader('Subject', outerSubject),
      'MIME-Version: 1.0',
      `Content-Type: multipart/encrypted; protocol="application/pgp-encrypted";${CRLF} boundary="${outer}"`,
    ],
    multipartBody(outer, [versionPart, encryptedPart], 'This is an OpenPGP/MIME encrypted message (RFC 4880 and 3156)'),
  );
  return Buffer.from(message, 'ascii');
}
