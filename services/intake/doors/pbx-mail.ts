import { createHash } from 'node:crypto';
import type { Attachment, ParsedMail } from 'mailparser';
import { bareContentType, cleanCallerNumber, formatHintFrom, formatHintFromType } from './caller.ts';

/** What a PBX's voicemail-to-email message says, reduced to the voicemail record's fields. */
export interface PbxVoicemail {
  audio: Buffer;
  contentType?: string;
  formatHint?: string;
  callerNumber?: string;
  receivedAt: Date;
  /** From X-Asterisk-VM-Duration or X-Voicemail-Length; logged as a number, never stored elsewhere. */
  durationSec?: number;
  /** Message-ID, or "sha256:<hex>" of the raw message when there is none. */
  sourceId: string;
}

export interface CallerPatterns {
  subject: RegExp[];
  body: RegExp[];
}

/** FreeSWITCH / FusionPBX default subjects: 'Voicemail from "Name" <5551234567> 00:00:12'. */
export const DEFAULT_SUBJECT_PATTERNS = [/voicemail from\b[^<]*<(?<caller>\+?[0-9*#][0-9*# ().-]{1,30})>/i];
/** FreeSWITCH's default body line 'From: "Name" 5551234567'. */
export const DEFAULT_BODY_PATTERNS = [/^\s*From:\s*(?:"[^"\n]*"\s*)?<?(?<caller>\+?[0-9][0-9 ().-]{2,30}[0-9])>?\s*$/im];

const AUDIO_EXT = new Set(['wav', 'wav49', 'gsm', 'mp3', 'ogg', 'oga', 'opus', 'm4a', 'aac', 'flac', 'ul', 'ulaw', 'al', 'alaw', 'g722', 'webm', 'amr']);

/** Builds patterns from config strings (compiled case-insensitive, multi-line) or RegExps; each needs a `caller` group. */
export function compileCallerPatterns(p: { subject?: (string | RegExp)[]; body?: (string | RegExp)[] } | undefined): CallerPatterns {
  const compile = (list: (string | RegExp)[]) =>
    list.map((x) => {
      const re = typeof x === 'string' ? new RegExp(x, 'im') : x;
      if (!re.source.includes('(?<caller>')) throw new RangeError('caller-pattern-without-caller-group');
      return re;
    });
  return {
    subject: compile(p?.subject ?? DEFAULT_SUBJECT_PATTERNS),
    body: compile(p?.body ?? DEFAULT_BODY_PATTERNS),
  };
}

function headerText(mail: ParsedMail, name: string): string | undefined {
  const v = mail.headers.get(name);
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return String(v);
  if (v && typeof v === 'object' && 'text' in v && typeof v.text === 'string') return v.text.trim();
  return undefined;
}

function isAudio(a: Attachment): boolean {
  const type = bareContentType(a.contentType) ?? '';
  if (type.startsWith('audio/')) return true;
  const ext = formatHintFrom(a.filename);
  return (type === 'application/octet-stream' || type === '') && ext !== undefined && AUDIO_EXT.has(ext);
}

function plausible(d: Date): Date | undefined {
  const t = d.getTime();
  // Not before 2000 and not more than an hour ahead (clock skew): anything else is a bad header.
  return Number.isFinite(t) && t > 946_684_800_000 && t < Date.now() + 3_600_000 ? d : undefined;
}

function receivedAtOf(mail: ParsedMail): Date {
  const origTime = headerText(mail, 'x-asterisk-vm-orig-time');
  if (origTime && /^\d{9,11}$/.test(origTime)) {
    const d = plausible(new Date(Number(origTime) * 1000));
    if (d) return d;
  }
  // Asterisk writes Orig-date in its emaildateformat, local time without a zone unless configured
  // with %z; only a date that names its zone is trusted.
  const origDate = headerText(mail, 'x-asterisk-vm-orig-date');
  if (origDate && /([+-]\d{4}|\bUTC\b|\bGMT\b)/.test(origDate)) {
    const d = plausible(new Date(origDate.replace(/\bat\b/, '')));
    if (d) return d;
  }
  if (mail.date) {
    const d = plausible(mail.date);
    if (d) return d;
  }
  return new Date();
}

function durationOf(mail: ParsedMail): number | undefined {
  for (const h of ['x-asterisk-vm-duration', 'x-voicemail-length']) {
    const v = headerText(mail, h);
    if (!v) continue;
    if (/^\d{1,6}$/.test(v)) return Number(v);
    const hms = /^(?:(\d{1,2}):)?(\d{1,2}):(\d{2})$/.exec(v);
    if (hms) return Number(hms[1] ?? 0) * 3600 + Number(hms[2]) * 60 + Number(hms[3]);
  }
  return undefined;
}

function callerOf(mail: ParsedMail, patterns: CallerPatterns): string | undefined {
  const fromHeader = cleanCallerNumber(headerText(mail, 'x-asterisk-vm-caller-id-num'));
  if (fromHeader) return fromHeader;
  const tryAll = (text: string | undefined, list: RegExp[]) => {
    if (!text) return undefined;
    for (const re of list) {
      const c = cleanCallerNumber(re.exec(text)?.groups?.caller);
      if (c) return c;
    }
    return undefined;
  };
  return tryAll(mail.subject, patterns.subject) ?? tryAll(mail.text, patterns.body);
}

/** The voicemail in a PBX's message; null when it carries no audio attachment. */
export function extractPbxVoicemail(mail: ParsedMail, raw: Buffer, patterns: CallerPatterns): PbxVoicemail | null {
  const att = mail.attachments.find(isAudio);
  if (!att || att.content.length === 0) return null;
  const type = bareContentType(att.contentType);
  const callerNumber = callerOf(mail, patterns);
  const durationSec = durationOf(mail);
  const messageId = mail.messageId?.trim();
  return {
    audio: att.content,
    ...(type?.startsWith('audio/') ? { contentType: type } : {}),
    formatHint: formatHintFrom(att.filename) ?? formatHintFromType(type),
    ...(callerNumber ? { callerNumber } : {}),
    receivedAt: receivedAtOf(mail),
    ...(durationSec !== undefined ? { durationSec } : {}),
    sourceId: messageId && messageId.length <= 998 ? messageId : `sha256:${createHash('sha256').update(raw).digest('hex')}`,
  };
}
