import { test } from 'node:test';
import assert from 'node:assert/strict';
import { looksLikeRawGsm, sniff } from './sniff.ts';

test('content decides the kind; names play no part', () => {
  const b = (s: string): Buffer => Buffer.from(s, 'latin1');
  assert.equal(sniff(b('RIFF\x24\x00\x00\x00WAVEfmt '), 100), 'wav');
  assert.equal(sniff(b('OggS\x00\x02'), 100), 'ogg');
  assert.equal(sniff(b('fLaC\x00'), 100), 'flac');
  assert.equal(sniff(b('ID3\x04'), 100), 'mp3');
  assert.equal(sniff(Buffer.from([0xff, 0xfb, 0x90, 0x64]), 100), 'mp3');
  assert.equal(sniff(b('\x00\x00\x00\x20ftypM4A '), 100), 'mp4');
  assert.equal(sniff(b('#!AMR\n'), 100), 'amr');
  assert.equal(sniff(b('%PDF-1.7\n'), 100), 'not-audio');
  assert.equal(sniff(b('\xff\xd8\xff\xe0JFIF'), 100), 'not-audio');
  assert.equal(sniff(b('Dear doctor, please call me back.\n'), 100), 'not-audio');
  assert.equal(sniff(Buffer.from([0x01, 0x00, 0x9a, 0x00, 0x13, 0x07]), 100), 'unknown');
});

test('raw GSM is recognised by the 0xD signature of every 33-byte frame', () => {
  const frames = Buffer.alloc(33 * 10, 0x55);
  for (let i = 0; i < 10; i++) frames[i * 33] = 0xd0 | (i & 0x0f);
  assert.equal(looksLikeRawGsm(frames, frames.length), true);
  assert.equal(sniff(frames, frames.length), 'gsm-raw');
  assert.equal(looksLikeRawGsm(frames, frames.length + 1), false, 'size must be whole frames');
  frames[5 * 33] = 0x20;
  assert.equal(looksLikeRawGsm(frames, frames.length), false);
});
