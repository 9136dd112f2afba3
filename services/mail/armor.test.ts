import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import * as openpgp from 'openpgp';
import { armoredMessageChunks, crc24 } from './armor.ts';
import { assemble } from './mime.ts';

/** openpgp.js's own armor of the same bytes, with its CRC-24 line, CRLF line ends. */
function referenceArmor(data: Uint8Array): string {
  return openpgp.armor(openpgp.enums.armor.message, data, undefined, undefined, undefined, true).replace(/\n/g, '\r\n').trimEnd();
}

describe('ASCII armor', () => {
  test('CRC-24 matches RFC 4880 (known value) and openpgp.js at every length mod 4', () => {
    // RFC 4880's CRC-24 of "123456789" is 0x21CF02.
    assert.equal(crc24(Buffer.from('123456789')), 0x21cf02);
    assert.equal(crc24(new Uint8Array(0)), 0xb704ce);
    for (const n of [1, 2, 3, 4, 5, 1000, 65_537]) {
      const data = randomBytes(n);
      const checksum = /^=(.{4})$/m.exec(referenceArmor(data).replace(/\r/g, ''))?.[1];
      const c = crc24(data);
      assert.equal(Buffer.from([c >>> 16, (c >>> 8) & 0xff, c & 0xff]).toString('base64'), checksum, `${n} bytes`);
    }
  });

  test('decodes to the same bytes with openpgp.js and carries the same checksum', async () => {
    for (const n of [1, 47, 48, 49, 300_001]) {
      const data = randomBytes(n);
      const ours = assemble(armoredMessageChunks(data)).toString('latin1');
      assert.doesNotMatch(ours, /(?<!\r)\n/, 'CRLF line ends only');
      assert.match(ours, /^-----BEGIN PGP MESSAGE-----\r\n\r\n/);
      assert.match(ours, /\r\n-----END PGP MESSAGE-----$/);
      for (const line of ours.split('\r\n')) assert.ok(line.length <= 76);
      // openpgp.js decodes our armor back to the same bytes.
      const unarmored: { data: unknown } = await openpgp.unarmor(ours);
      assert.ok(unarmored.data instanceof Uint8Array);
      assert.deepEqual(Buffer.from(unarmored.data), data, `${n} bytes`);
      assert.equal(ours.split('\r\n').at(-2), referenceArmor(data).split('\r\n').at(-2), 'checksum line');
    }
  });

  test('a message in pieces is armored as if joined', () => {
    const data = randomBytes(300_007);
    const pieces = [data.subarray(0, 1), data.subarray(1, 100_000), data.subarray(100_000, 100_002), data.subarray(100_002)];
    assert.equal(crc24(pieces), crc24(data));
    assert.deepEqual(assemble(armoredMessageChunks(pieces)), assemble(armoredMessageChunks(data)));
  });
});
