import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { simpleParser } from 'mailparser';
import {
  addressHeader,
  base64Lines,
  encodeWords,
  entity,
  makeBoundary,
  MimeHeaderError,
  multipartBody,
  quotedPrintable,
  rfc5322Date,
  safeFilename,
  unstructuredHeader,
} from './mime.ts';

function decodeQp(s: string): string {
  const bytes = s.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

describe('mime helpers', () => {
  test('quoted-printable round-trips UTF-8, keeps lines <= 76 and escapes trailing space, "." and "From "', () => {
    const text = `caf\u00e9 \u00b7 na\u00efve = ok \nFrom the desk\n.\n${'x'.repeat(200)}\u00e9\u00e9\u00e9\nend `;
    const qp = quotedPrintable(text);
    for (const line of qp.split('\r\n')) assert.ok(line.length <= 76, line);
    assert.match(qp, /^[\x20-\x7e\r\n]*$/);
    assert.ok(qp.includes('=46rom the desk'));
    assert.ok(qp.includes('\r\n=2E\r\n'));
    assert.ok(qp.endsWith('end=20'));
    assert.equal(decodeQp(qp), text.replace(/\n/g, '\r\n'));
  });

  test('encoded words stay under 75 characters and do not split characters', () => {
    const s = '\u00e9\u00b7\u{1F600}'.repeat(30);
    const words = encodeWords(s);
    for (const w of words) assert.ok(w.length <= 75, w);
    const decoded = words.map((w) => Buffer.from(w.slice(10, -2), 'base64').toString('utf8')).join('');
    assert.equal(decoded, s);
  });

  test('headers fold and refuse line breaks', () => {
    const long = unstructuredHeader('Subject', 'word '.repeat(30).trim());
    for (const line of long.split('\r\n')) assert.ok(line.length <= 78);
    assert.throws(() => unstructuredHeader('Subject', 'a\r\nBcc: x@y'), MimeHeaderError);
    assert.equal(addressHeader('To', '"Dr. Who" <who@x.test>'), 'To: "Dr. Who" <who@x.test>');
    assert.equal(addressHeader('To', { name: 'Jos\u00e9', address: 'j@x.test' }), 'To: =?UTF-8?B?Sm9zw6k=?= <j@x.test>');
    assert.throws(() => addressHeader('To', 'not an address'), MimeHeaderError);
    assert.throws(() => addressHeader('From', 'x@y.test\nBcc: z@q.test'), /mime-header-invalid \(From\)/);
  });

  test('dates are RFC 5322 in UTC', () => {
    assert.equal(rfc5322Date(new Date('2026-11-27T09:05:03Z')), 'Fri, 27 Nov 2026 09:05:03 +0000');
  });

  test('filenames are reduced to a safe set', () => {
    assert.equal(safeFilename('../../etc/pa ss"wd.ogg'), 'pa_ss_wd.ogg');
    assert.equal(safeFilename(''), 'attachment');
  });

  test('a hand-built multipart parses with mailparser', async () => {
    const b = makeBoundary('t');
    const data = Buffer.from([0, 1, 2, 250, 251, 252]);
    const raw = entity(
      ['Subject: =?UTF-8?B?w6k=?=', 'MIME-Version: 1.0', `Content-Type: multipart/mixed; boundary="${b}"`],
      multipartBody(b, [
        entity(['Content-Type: text/plain; charset="utf-8"', 'Content-Transfer-Encoding: quoted-printable'], quotedPrintable('h\u00e9llo\n')),
        entity(['Content-Type: audio/ogg; name="a.ogg"', 'Content-Disposition: attachment; filename="a.ogg"', 'Content-Transfer-Encoding: base64'], base64Lines(data)),
      ]),
    );
    const m = await simpleParser(Buffer.from(raw));
    assert.equal(m.subject, '\u00e9');
    assert.equal(m.text, 'h\u00e9llo\n');
    assert.deepEqual(m.attachments[0]?.content, data);
  });
});
