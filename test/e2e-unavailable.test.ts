import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { armoredPart, readMail, startStack, type Stack } from './helpers/stack.ts';
import { decodedDuration } from './helpers/audio.ts';
import { statusHas } from './fixtures/keys-gen.ts';

/** Four seconds of digital silence as a WAV, made by ffmpeg. */
function silence(): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'ql-sil-'));
  try {
    const out = join(dir, 's.wav');
    const r = spawnSync('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'anullsrc=r=8000:cl=mono', '-t', '4', '-c:a', 'pcm_s16le', out]);
    if (r.status !== 0) throw new Error('ffmpeg failed');
    return readFileSync(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function innerOf(stack: Stack, path: string) {
  const res = await stack.gnupg.decrypt(armoredPart(await readMail(path)));
  assert.ok(statusHas(res.status, 'DECRYPTION_OKAY'), 'decrypts');
  return simpleParser(res.plaintext);
}

describe('a voicemail that cannot be transcribed still reaches its staff, encrypted, with a note', () => {
  let stack: Stack;
  before(async () => {
    stack = await startStack({ mailboxes: [{ id: 'main', recipients: [{ id: 'dana', email: 'dana@clinic.test' }] }] });
  });
  after(async () => {
    await stack?.close();
  });

  it('silence: delivered with "no speech detected" and the audio attached', async () => {
    await stack.submit(silence(), 'main');
    await stack.scanNow();
    const [mail] = await stack.waitForMail(1, 120_000);
    const inner = await innerOf(stack, mail!);
    assert.match(inner.text ?? '', /transcript unavailable/i);
    assert.match(inner.text ?? '', /no speech was detected/i);
    const audio = inner.attachments.find((a) => a.contentType.startsWith('audio/'));
    assert.ok(audio, 'audio attached');
    assert.ok(Math.abs(decodedDuration(audio.content) - 4) < 0.5, 'the whole recording is attached');
  });

  it('a file that is not audio: delivered with a note, the original attached as received', async () => {
    const notAudio = Buffer.from('%PDF-1.4\n% not a recording\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n');
    await stack.submit(notAudio, 'main', { ext: 'wav' });
    await stack.scanNow();
    const mails = await stack.waitForMail(2, 120_000);
    const inner = await innerOf(stack, mails[1]!);
    assert.match(inner.text ?? '', /transcript unavailable/i);
    assert.match(inner.text ?? '', /not audio/i);
    const original = inner.attachments.find((a) => a.content.equals(notAudio));
    assert.ok(original, 'the original bytes are attached, encrypted');
  });
});
