import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildVoicemailBody, escapeHtml, formatDuration, type VoicemailBodyInput } from './voicemail-body.ts';

/** Plain text is wrapped at 72 columns; compare content, not line breaks. */
function flat(s: string): string {
  return s.replace(/\s+/g, ' ');
}

function input(over: Partial<VoicemailBodyInput> = {}): VoicemailBodyInput {
  return {
    mailboxName: 'Front Desk',
    practiceName: 'Maple Street Family Medicine',
    receivedAt: new Date('2026-11-26T15:04:00Z'),
    durationSec: 42,
    caller: '(555) 234-9876',
    transcript: {
      status: 'ok',
      lowConfidence: false,
      words: [
        { word: 'please', confidence: 0.92 },
        { word: 'call', confidence: 0.88 },
        { word: 'about', confidence: 0.9 },
        { word: 'metformin', confidence: 0.31 },
        { word: 'my', confidence: 0.8 },
        { word: 'number', confidence: 0.8 },
        { word: 'is', confidence: 0.8 },
        { word: '[SSN]', confidence: 0.2, masked: true },
      ],
    },
    maskedTypes: ['SSN', 'ADDRESS'],
    notes: [],
    audio: { filename: 'voicemail.ogg', contentType: 'audio/ogg', data: Buffer.from('x'), durationSec: 42 },
    timeZone: 'America/New_York',
    ...over,
  };
}

describe('buildVoicemailBody', () => {
  test('subject names mailbox, caller and length', () => {
    assert.equal(buildVoicemailBody(input()).subject, 'Voicemail \u00b7 Front Desk \u00b7 (555) 234-9876 \u00b7 0:42');
  });

  test('hidden caller is left out of the subject and said plainly in the body', () => {
    const b = buildVoicemailBody(input({ caller: undefined, maskedTypes: ['PHONE'] }));
    assert.equal(b.subject, 'Voicemail \u00b7 Front Desk \u00b7 0:42');
    assert.match(b.text, /Caller: +Not shown \(practice policy\)/);
    assert.doesNotMatch(b.text + b.html, /234-9876/);
  });

  test('a caller the phone system did not send is unknown, not "hidden by policy"', () => {
    const b = buildVoicemailBody(input({ caller: undefined }));
    assert.match(b.text, /Caller: +Unknown \(the phone system did not send it\)/);
    assert.match(b.html, /Unknown \(the phone system did not send it\)/);
  });

  test('the reference staff quote to IT is shown when given', () => {
    const b = buildVoicemailBody(input({ reference: 'vm0123abcd' }));
    assert.match(b.text, /^Reference: vm0123abcd$/m);
    assert.match(b.html, /<th[^>]*>Reference<\/th><td[^>]*>vm0123abcd<\/td>/);
    assert.doesNotMatch(buildVoicemailBody(input()).text, /Reference:/);
  });

  test('low-confidence words are marked; masked placeholders are not', () => {
    const b = buildVoicemailBody(input());
    assert.match(b.text, /please call about metformin\(\?\) my number is \[SSN\]/);
    assert.match(b.html, /<span class="uncertain"[^>]*>metformin<\/span>/);
    assert.match(b.html, /<span class="masked"[^>]*>\[SSN\]<\/span>/);
    assert.doesNotMatch(b.text, /\[SSN\]\(\?\)/);
    assert.match(b.text, /Words marked \(\?\) were unclear/);
    assert.match(b.text, /Masked: SSN, ADDRESS/);
    assert.match(b.html, /Masked: SSN, ADDRESS/);
  });

  test('a masked word never shows its text: typed words become one [TYPE] token per run', () => {
    const b = buildVoicemailBody(
      input({
        transcript: {
          status: 'ok',
          lowConfidence: false,
          words: [
            { word: 'call', confidence: 0.9 },
            { word: 'five', confidence: 0.9, masked: 'PHONE' },
            { word: 'five', confidence: 0.9, masked: 'PHONE' },
            { word: 'five', confidence: 0.4, masked: 'PHONE' },
            { word: 'thanks', confidence: 0.9 },
            { word: 'secretword', confidence: 0.9, masked: true },
          ],
        },
      }),
    );
    assert.match(b.text, /call \[PHONE\] thanks \[MASKED\]/);
    assert.doesNotMatch(b.text + b.html, /five|secretword/);
  });

  test('received time is shown in the practice time zone with headings a reader can scan', () => {
    const b = buildVoicemailBody(input());
    assert.match(b.text, /Received: +Thursday, November 26, 2026(,| at) 10:04\s?AM \(EST\)/);
    assert.match(b.text, /^New voicemail for Front Desk \(Maple Street Family Medicine\)$/m);
    assert.match(b.text, /^TRANSCRIPT$/m);
    assert.match(b.text, /Length: +0:42/);
    assert.match(b.text, /Audio: +Attached: voicemail\.ogg \(0:42\)/);
    assert.match(b.html, /<h2[^>]*>Transcript<\/h2>/);
  });

  test('HTML escapes everything that came from outside', () => {
    const b = buildVoicemailBody(
      input({
        mailboxName: 'Dr <b>Smith</b> & "Co"',
        caller: "O'Brien <script>",
        transcript: { status: 'ok', lowConfidence: false, text: 'take 2 < 3 & <img src=x onerror=alert(1)>' },
        notes: ['note <i>x</i>'],
      }),
    );
    assert.doesNotMatch(b.html, /<script>|<img|<b>Smith|<i>x/);
    assert.match(b.html, /Dr &lt;b&gt;Smith&lt;\/b&gt; &amp; &quot;Co&quot;/);
    assert.match(b.html, /O&#39;Brien &lt;script&gt;/);
    assert.match(b.html, /take 2 &lt; 3 &amp; &lt;img src=x onerror=alert\(1\)&gt;/);
    assert.equal(escapeHtml(`<&>"'`), '&lt;&amp;&gt;&quot;&#39;');
  });

  test('unavailable transcript gets its own block and the notes', () => {
    const note = 'Transcript unavailable: the recogniser could not process this recording.';
    const b = buildVoicemailBody(input({ transcript: { status: 'unavailable', lowConfidence: false }, notes: [note] }));
    assert.match(b.text, /^TRANSCRIPT UNAVAILABLE$/m);
    assert.match(b.html, /<h2[^>]*>Transcript unavailable<\/h2>/);
    assert.ok(flat(b.text).includes(note));
    assert.ok(b.html.includes(escapeHtml(note)));
    assert.doesNotMatch(b.text, /Masked:/);
  });

  test('unknown length and no audio (a recording too large to decode): no "0:00", no "listen to the recording"', () => {
    const b = buildVoicemailBody(input({ durationSec: 0, audio: undefined, transcript: { status: 'unavailable', lowConfidence: false }, notes: ['The recording was too large to process.'] }));
    assert.match(b.text, /^Length: +Unknown$/m);
    assert.doesNotMatch(b.subject, /0:00/);
    assert.doesNotMatch(b.text + b.html, /listen to the recording/i);
    assert.match(flat(b.text), /no recording is attached: see the notes below/);
    const withAudio = buildVoicemailBody(input({ transcript: { status: 'unavailable', lowConfidence: false } }));
    assert.match(flat(withAudio.text), /Please listen to the recording/);
  });

  test('no audio: the body says so, using the caller note when given', () => {
    const note = 'Audio over the size limit; ask your Quietline operator for it, reference vm-123.';
    const withNote = buildVoicemailBody(input({ audio: undefined, notes: [note] }));
    assert.match(withNote.text, /Audio: +Not attached \(see notes below\)/);
    assert.ok(flat(withNote.text).includes(note));
    const without = buildVoicemailBody(input({ audio: undefined }));
    assert.match(without.text, /No audio recording is attached/);
  });

  test('overall low confidence asks the reader to listen', () => {
    const b = buildVoicemailBody(input({ transcript: { status: 'ok', lowConfidence: true, text: 'hello there' } }));
    assert.match(b.text, /unsure about much of this message/);
    assert.match(b.html, /unsure about much of this message/);
  });

  test('durations', () => {
    assert.equal(formatDuration(0), '0:00');
    assert.equal(formatDuration(42.4), '0:42');
    assert.equal(formatDuration(125), '2:05');
    assert.equal(formatDuration(3725), '1:02:05');
  });
});
