/**
 * The readable content of a voicemail email (subject, plain text, HTML). Everything returned here is
 * PHI and must only ever travel inside the encrypted part of the message.
 */

export interface TranscriptWord {
  word: string;
  confidence: number;
  /**
   * Set when the word is a masking placeholder (e.g. "[SSN]") inserted by the redaction step; the
   * delivery package carries the masked type here, a boolean works as well.
   */
  masked?: boolean | string;
}

export interface VoicemailTranscript {
  status: 'ok' | 'unavailable';
  text?: string;
  words?: TranscriptWord[];
  lowConfidence: boolean;
}

export interface VoicemailAudio {
  filename: string;
  contentType: string;
  data: Buffer;
  durationSec: number;
}

export interface VoicemailBodyInput {
  mailboxName: string;
  practiceName: string;
  receivedAt: Date;
  durationSec: number;
  /**
   * Already filtered by mailbox policy. Undefined: hidden by policy when the masked types include
   * PHONE (the policy masks phone numbers), else the phone system did not send one.
   */
  caller?: string;
  /** The voicemail id: what staff quote to IT about this voicemail (e.g. to get a recording sent). */
  reference?: string;
  transcript: VoicemailTranscript;
  /** Types of masked data (e.g. "SSN"), never the values. */
  maskedTypes: string[];
  notes: string[];
  audio?: VoicemailAudio;
  /** IANA zone of the practice for the "Received" line; defaults to UTC. */
  timeZone?: string;
}

export interface VoicemailBody {
  /** Goes only into the protected (encrypted) headers. */
  subject: string;
  text: string;
  html: string;
}

/** Below this the recogniser's guess is shown as uncertain to the reader. */
export const UNCERTAIN_BELOW = 0.5;

const SEP = ' \u00b7 ';
const TEXT_WIDTH = 72;

export function formatDuration(totalSec: number): string {
  const s = Math.max(0, Math.round(totalSec));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

export function formatReceived(at: Date, timeZone = 'UTC'): string {
  try {
    return new Intl.DateTimeFormat('en-US', {
      dateStyle: 'full',
      timeStyle: 'short',
      timeZone,
    }).format(at) + ` (${zoneLabel(at, timeZone)})`;
  } catch {
    // An unknown zone in mailbox config must not stop delivery.
    return formatReceived(at, 'UTC');
  }
}

function zoneLabel(at: Date, timeZone: string): string {
  const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function collapseSpaces(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function wrap(text: string, width = TEXT_WIDTH): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (!word) continue;
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

interface RenderedTranscript {
  text: string;
  html: string;
  uncertainCount: number;
}

function isUncertain(w: TranscriptWord): boolean {
  return !w.masked && w.confidence < UNCERTAIN_BELOW;
}

function maskedToken(w: TranscriptWord): string {
  if (typeof w.masked === 'string') return `[${w.masked}]`;
  const t = w.word.trim();
  return /^\[[A-Z_]+\]$/.test(t) ? t : '[MASKED]';
}

function renderTranscript(t: VoicemailTranscript): RenderedTranscript | null {
  // Defence in depth: a masked word is shown only as its type, never its text, and a run of them once.
  const words = (t.words ?? [])
    .filter((w) => w.word.trim() !== '')
    .map((w) => (w.masked ? { ...w, word: maskedToken(w) } : w))
    .filter((w, i, all) => !(w.masked && i > 0 && all[i - 1]?.masked && all[i - 1]?.word === w.word));
  if (words.length > 0) {
    const text = words.map((w) => (isUncertain(w) ? `${w.word.trim()}(?)` : w.word.trim())).join(' ');
    const html = words
      .map((w) => {
        const e = escapeHtml(w.word.trim());
        if (w.masked) return `<span class="masked" style="${STYLE.masked}">${e}</span>`;
        if (isUncertain(w)) return `<span class="uncertain" style="${STYLE.uncertain}" title="unclear">${e}</span>`;
        return e;
      })
      .join(' ');
    return { text, html, uncertainCount: words.filter(isUncertain).length };
  }
  const plain = collapseSpaces(t.text ?? '');
  if (!plain) return null;
  return { text: plain, html: escapeHtml(plain), uncertainCount: 0 };
}

const STYLE = {
  body: 'font-family: Arial, Helvetica, sans-serif; font-size: 15px; line-height: 1.5; color: #1a1a1a; max-width: 640px;',
  h1: 'font-size: 20px; margin: 0 0 12px 0;',
  h2: 'font-size: 16px; margin: 20px 0 8px 0; border-bottom: 1px solid #ccc; padding-bottom: 4px;',
  th: 'text-align: left; padding: 2px 16px 2px 0; color: #555; font-weight: normal; vertical-align: top;',
  td: 'padding: 2px 0; font-weight: bold;',
  transcript: 'background: #f6f6f6; padding: 12px; border-left: 4px solid #4a7ab5; font-size: 16px;',
  unavailable: 'background: #fff4e5; padding: 12px; border-left: 4px solid #d08a00;',
  uncertain: 'text-decoration: underline dotted; color: #8a4b00;',
  masked: 'background: #e6e6e6; padding: 0 3px; font-family: monospace;',
  hint: 'color: #555; font-size: 13px;',
  footer: 'color: #777; font-size: 12px; margin-top: 24px;',
};

export function buildVoicemailSubject(input: Pick<VoicemailBodyInput, 'mailboxName' | 'caller' | 'durationSec'>): string {
  const parts = ['Voicemail', collapseSpaces(input.mailboxName)];
  if (input.caller) parts.push(collapseSpaces(input.caller));
  // 0 means unknown (a recording too large to decode, say): better no length than a wrong "0:00".
  if (input.durationSec > 0) parts.push(formatDuration(input.durationSec));
  return parts.join(SEP);
}

export function buildVoicemailBody(input: VoicemailBodyInput): VoicemailBody {
  const subject = buildVoicemailSubject(input);
  const received = formatReceived(input.receivedAt, input.timeZone);
  const duration = input.durationSec > 0 ? formatDuration(input.durationSec) : 'Unknown';
  const unavailableText = input.audio
    ? 'No transcript could be made for this voicemail. Please listen to the recording.'
    : 'No transcript could be made for this voicemail, and no recording is attached: see the notes below.';
  const callerText = input.caller
    ? collapseSpaces(input.caller)
    : input.maskedTypes.includes('PHONE')
      ? 'Not shown (practice policy)'
      : 'Unknown (the phone system did not send it)';
  const audioText = input.audio
    ? `Attached: ${input.audio.filename} (${formatDuration(input.audio.durationSec)})`
    : 'Not attached (see notes below)';
  const transcript = input.transcript.status === 'ok' ? renderTranscript(input.transcript) : null;
  const masked = input.maskedTypes.length > 0 ? `Masked: ${[...new Set(input.maskedTypes)].join(', ')}` : null;

  const hints: string[] = [];
  if (transcript && transcript.uncertainCount > 0) {
    hints.push('Words marked (?) were unclear to the recogniser. Please check them against the recording.');
  }
  if (transcript && input.transcript.lowConfidence) {
    hints.push('The recogniser was unsure about much of this message. Please listen to the recording.');
  }
  const notes = [...input.notes];
  if (!input.audio && !notes.some((n) => /audio/i.test(n))) notes.push('No audio recording is attached to this email.');

  // ---- plain text ----
  const t: string[] = [];
  t.push(`New voicemail for ${collapseSpaces(input.mailboxName)} (${collapseSpaces(input.practiceName)})`);
  t.push('');
  t.push(`Received:  ${received}`);
  t.push(`Caller:    ${callerText}`);
  t.push(`Length:    ${duration}`);
  t.push(`Audio:     ${audioText}`);
  if (input.reference) t.push(`Reference: ${input.reference}`);
  t.push('');
  if (transcript) {
    t.push('TRANSCRIPT');
    t.push('----------');
    t.push(wrap(transcript.text));
    t.push('');
    for (const h of hints) t.push(wrap(h));
    if (masked) t.push(masked);
    if (hints.length > 0 || masked) t.push('');
  } else {
    t.push('TRANSCRIPT UNAVAILABLE');
    t.push('----------------------');
    t.push(wrap(unavailableText));
    t.push('');
  }
  if (notes.length > 0) {
    t.push('NOTES');
    t.push('-----');
    for (const n of notes) t.push(wrap(`- ${collapseSpaces(n)}`).replace(/\n/g, '\n  '));
    t.push('');
  }
  t.push('--');
  t.push('Sent by Quietline. This email was encrypted to your personal key; please do not forward it unencrypted.');
  const text = t.join('\n') + '\n';

  // ---- HTML ----
  const row = (label: string, value: string): string =>
    `<tr><th style="${STYLE.th}">${escapeHtml(label)}</th><td style="${STYLE.td}">${escapeHtml(value)}</td></tr>`;
  const h: string[] = [];
  h.push('<!DOCTYPE html>');
  h.push('<html><head><meta charset="utf-8">');
  h.push(`<title>${escapeHtml(subject)}</title>`);
  h.push(`<style>.uncertain{${STYLE.uncertain}} .masked{${STYLE.masked}}</style>`);
  h.push(`</head><body style="${STYLE.body}">`);
  h.push(
    `<h1 style="${STYLE.h1}">New voicemail for ${escapeHtml(collapseSpaces(input.mailboxName))} <span style="font-weight: normal; color: #555;">(${escapeHtml(collapseSpaces(input.practiceName))})</span></h1>`,
  );
  h.push('<table role="presentation" cellspacing="0" cellpadding="0">');
  h.push(row('Received', received));
  h.push(row('Caller', callerText));
  h.push(row('Length', duration));
  h.push(row('Audio', audioText));
  if (input.reference) h.push(row('Reference', input.reference));
  h.push('</table>');
  if (transcript) {
    h.push(`<h2 style="${STYLE.h2}">Transcript</h2>`);
    h.push(`<div class="transcript" style="${STYLE.transcript}">${transcript.html}</div>`);
    for (const hint of hints) {
      const shown = hint.startsWith('Words marked (?)')
        ? `Words <span class="uncertain" style="${STYLE.uncertain}">underlined like this</span> were unclear to the recogniser. Please check them against the recording.`
        : escapeHtml(hint);
      h.push(`<p style="${STYLE.hint}">${shown}</p>`);
    }
    if (masked) h.push(`<p style="${STYLE.hint}">${escapeHtml(masked)}</p>`);
  } else {
    h.push(`<h2 style="${STYLE.h2}">Transcript unavailable</h2>`);
    h.push(
      `<div class="transcript-unavailable" style="${STYLE.unavailable}">${escapeHtml(unavailableText)}</div>`,
    );
  }
  if (notes.length > 0) {
    h.push(`<h2 style="${STYLE.h2}">Notes</h2>`);
    h.push('<ul>');
    for (const n of notes) h.push(`<li>${escapeHtml(collapseSpaces(n))}</li>`);
    h.push('</ul>');
  }
  h.push(
    `<p style="${STYLE.footer}">Sent by Quietline. This email was encrypted to your personal key; please do not forward it unencrypted.</p>`,
  );
  h.push('</body></html>');
  const html = h.join('\n') + '\n';

  return { subject, text, html };
}
