import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { normaliseForAsr } from '../audio/normalise.ts';
import { PocketsphinxEngine } from '../transcription/pocketsphinx.ts';

/** `quietline transcribe FILE --json`: the same path the worker takes, on a local file. */
export async function transcribeCommand(file: string, o: { json: boolean }): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'ql-cli-'));
  try {
    const wav = join(dir, 'normalised.wav');
    await normaliseForAsr(file, wav, { nameHint: basename(file) });
    const t = await new PocketsphinxEngine().transcribe(wav);
    if (o.json) console.log(JSON.stringify({ text: t.text, words: t.words, engine: t.engine, durationSec: t.durationSec }));
    else console.log(t.text);
    return 0;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
