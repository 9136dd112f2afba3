import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { simpleParser } from 'mailparser';
import {
  addressHeader,
  assemble,
  Base64Body,
  base64Lines,
  chunkPieces,
  entityChunks,
  multipartChunks,
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

  test('Base64Body writes what base64Lines does, at any length and line length', () => {
    for (const n of [0, 1, 2, 3, 56, 57, 58, 57 * 1024 - 1, 57 * 1024, 57 * 1024 + 1, 200_003]) {
      const data = randomBytes(n);
      const body = new Base64Body(data);
      const written = assemble(['<', body, '>']);
      assert.equal(written.toString('latin1'), `<${base64Lines(data)}>`, `${n} bytes`);
      assert.equal(body.length, base64Lines(data).length);
      const at64 = assemble([new Base64Body(data, 64)]).toString('latin1');
      for (const line of at64.split('\r\n')) assert.ok(line.length <= 64);
      assert.deepEqual(Buffer.from(at64.replace(/\r\n/g, ''), 'base64'), data);
    }
    // A view into a larger buffer encodes only its own bytes.
    const big = randomBytes(1000);
    assert.equal(assemble([new Base64Body(big.subarray(100, 400))]).toString('latin1'), base64Lines(big.subarray(100, 400)));
    assert.throws(() => new Base64Body(big, 75), /multiple of 4/);
  });

  test('Base64Body of data in parts encodes it as if joined, in one buffer or as stream pieces', () => {
    const data = randomBytes(250_001);
    const cuts = [0, 1, 2, 3, 1000, 1001, 57 * 1024 + 5, 120_000, 200_000, 250_001];
    const parts = cuts.slice(1).map((c, i) => data.subarray(cuts[i], c));
    for (const lineChars of [76, 64]) {
      const joined = assemble([new Base64Body(data, lineChars)]);
      assert.deepEqual(assemble([new Base64Body(parts, lineChars)]), joined);
      assert.deepEqual(Buffer.concat([...new Base64Body(parts, lineChars).encodedBlocks(100)]), joined);
      assert.deepEqual(Buffer.concat([...new Base64Body(data, lineChars).encodedBlocks(7)]), joined);
      assert.equal(new Base64Body(parts, lineChars).length, joined.length);
    }
    assert.deepEqual(Buffer.concat([...chunkPieces(['a', new Base64Body(parts), 'b'])]), assemble(['a', new Base64Body(data), 'b']));
  });

  test('chunked entities and multiparts are byte for byte the string forms', () => {
    const b = 'BOUNDARY';
    const data = randomBytes(5000);
    const asString = entity(
      ['MIME-Version: 1.0', `Content-Type: multipart/mixed; boundary="${b}"`],
      multipartBody(b, [entity(['Content-Type: text/plain'], 'hi'), entity(['Content-Transfer-Encoding: base64'], base64Lines(data))], 'preamble'),
    );
    const asChunks = assemble(
      entityChunks(
        ['MIME-Version: 1.0', `Content-Type: multipart/mixed; boundary="${b}"`],
        multipartChunks(b, [[entity(['Content-Type: text/plain'], 'hi')], entityChunks(['Content-Transfer-Encoding: base64'], [new Base64Body(data)])], 'preamble'),
      ),
    );
    assert.equal(asChunks.toString('latin1'), asString);
    assert.deepEqual(assemble(['a', new Uint8Array([98, 99]), 'd']), Buffer.from('abcd'));
  });

  test('assemble refuses text that is not 7-bit rather than mangling it', () => {
    assert.throws(() => assemble(['caf\u00e9']), /mime-not-7bit/);
    assert.throws(() => assemble(['\u{1F600}']), /mime-not-7bit/);
  });
});
