import { basename } from 'node:path';
import { PocketsphinxEngine } from '../transcription/pocketsphinx.ts';
import { transcribeFile } from '../transcription/transcribe-file.ts';

/** `quietline transcribe FILE --json`: the embedded engine on a local file (probe, normalise, recognise). */
export async function transcribeCommand(file: string, o: { json: boolean }): Promise<number> {
  const t = await transcribeFile(file, new PocketsphinxEngine(), { nameHint: basename(file) });
  if (o.json) console.log(JSON.stringify({ text: t.text, words: t.words, engine: t.engine, durationSec: t.durationSec }));
  else console.log(t.text);
  return 0;
}
