/**
 * RFC 3156 PGP/MIME with RFC 9788 header protection: one message per recipient, signed by the
 * service key and encrypted to that recipient in a single OpenPGP message. Only structural and
 * routing headers stay outside; the real Subject lives in the encrypted cryptographic payload.
 */
import type { PrivateKey, PublicKey } from 'openpgp';
import { signAndEncryptToBinary } from '../pgp/encrypt.ts';
import { armoredMessageChunks } from './armor.ts';
import {
  addressHeader,
  assemble,
  assertMediaType,
  chunkPieces,
  Base64Body,
  CRLF,
  entity,
  entityChunks,
  makeBoundary,
  messageIdHeader,
  MimeHeaderError,
  multipartBody,
  multipartChunks,
  quotedPrintable,
  rfc5322Date,
  safeFilename,
  unstructuredHeader,
  type Address,
  type MimeChunk,
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

function attachmentPart(a: MailAttachment): MimeChunk[] {
  const type = assertMediaType(a.contentType);
  const name = safeFilename(a.filename);
  return entityChunks(
    [
      `Content-Type: ${type}; name="${name}"`,
      `Content-Disposition: attachment; filename="${name}"`,
      'Content-Transfer-Encoding: base64',
    ],
    [new Base64Body(a.data)],
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
 * fields were exposed in transit and which were confidential. As chunks: attachments are encoded
 * straight into the one buffer assemble() makes of them.
 */
export function protectedPayloadChunks(input: {
  headers: HeaderSet;
  protectedSubject: string;
  outerSubject: string;
  text: string;
  html: string;
  attachments: MailAttachment[];
}): MimeChunk[] {
  const alt = makeBoundary('alt');
  const mixed = makeBoundary('mixed');
  const alternative = entity(
    [`Content-Type: multipart/alternative; boundary="${alt}"`],
    multipartBody(alt, [textPart('plain', input.text), textPart('html', input.html)]),
  );
  const { from, to, date, messageId } = input.headers;
  const outerSubjectHeader = unstructuredHeader('Subject', input.outerSubject);
  const hpOuter = [date, from, to, messageId, outerSubjectHeader].map((h) => `HP-Outer: ${h.replace(/\r\n\s+/g, ' ')}`);
  return entityChunks(
    [
      `Content-Type: multipart/mixed; boundary="${mixed}";${CRLF} protected-headers="v1"; hp="cipher"`,
      date,
      messageId,
      unstructuredHeader('Subject', input.protectedSubject),
      from,
      to,
      ...hpOuter,
    ],
    multipartChunks(mixed, [[alternative], ...input.attachments.map(attachmentPart)]),
  );
}

/**
 * Above this many attachment bytes the payload is encoded and encrypted a block at a time, never
 * whole: flat memory for long recordings. Below, it is built whole and encrypted in one go, which is
 * about twice as quick for a typical voicemail (streaming costs a fixed few ms per message).
 */
const STREAM_ABOVE_BYTES = 1_000_000;

/** The payload, signed and encrypted: the binary OpenPGP message, in pieces. */
function encryptedPayload(input: EncryptedMessageInput, headers: HeaderSet, outerSubject: string): Promise<Uint8Array[]> {
  const payload = protectedPayloadChunks({
    headers,
    protectedSubject: input.protectedSubject,
    outerSubject,
    text: input.text,
    html: input.html,
    attachments: input.attachments,
  });
  const attached = input.attachments.reduce((n, a) => n + a.data.length, 0);
  // Signature time is "now", not the Date header: a retried delivery keeps its original Date but
  // may be signed with a key created or renewed since.
  return signAndEncryptToBinary(attached > STREAM_ABOVE_BYTES ? chunkPieces(payload) : assemble(payload), input.recipientKey, input.signingKey);
}

/**
 * The finished message. Memory, for a large attachment: the attachment (the caller's), the encrypted
 * message once, in pieces (the cleartext payload is encoded and encrypted a block at a time, never
 * whole), and the finished message once, allocated at its final size with the armor written into it.
 */
export async function buildEncryptedMessage(input: EncryptedMessageInput): Promise<Buffer> {
  const outerSubject = input.outerSubject ?? DEFAULT_OUTER_SUBJECT;
  const headers: HeaderSet = {
    from: addressHeader('From', input.from),
    to: addressHeader('To', input.to),
    date: `Date: ${rfc5322Date(input.date)}`,
    messageId: messageIdHeader('Message-ID', input.messageId),
  };
  const encrypted = await encryptedPayload(input, headers, outerSubject);

  const outer = makeBoundary('enc');
  const versionPart = entity(
    ['Content-Type: application/pgp-encrypted', 'Content-Description: PGP/MIME version identification'],
    'Version: 1',
  );
  // RFC 3156 section 4: the second part is application/octet-stream holding the ASCII-armored message.
  const encryptedPart = entityChunks(
    [
      'Content-Type: application/octet-stream; name="encrypted.asc"',
      'Content-Description: OpenPGP encrypted message',
      'Content-Disposition: inline; filename="encrypted.asc"',
    ],
    armoredMessageChunks(encrypted),
  );
  return assemble(
    entityChunks(
      [
        headers.from,
        headers.to,
        headers.date,
        headers.messageId,
        unstructuredHeader('Subject', outerSubject),
        'MIME-Version: 1.0',
        `Content-Type: multipart/encrypted; protocol="application/pgp-encrypted";${CRLF} boundary="${outer}"`,
      ],
      multipartChunks(outer, [[versionPart], encryptedPart], 'This is an OpenPGP/MIME encrypted message (RFC 4880 and 3156)'),
    ),
  );
}
