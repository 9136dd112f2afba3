import type { LoadedConfig } from '../config/load-config.ts';
import type { TranscriptionEngine } from '../transcription/engine.ts';
import { PocketsphinxEngine } from '../transcription/pocketsphinx.ts';

/** The engine each practice's configuration names; one instance per engine kind. */
export function engineResolver(config: LoadedConfig): (practiceId: string) => TranscriptionEngine {
  const pocketsphinx = new PocketsphinxEngine();
  return (practiceId: string) => {
    const engine = config.practice(practiceId)?.engine ?? 'pocketsphinx';
    switch (engine) {
      case 'pocketsphinx':
        return pocketsphinx;
      case 'aws-transcribe':
      case 'aws-transcribe-medical':
        throw Object.assign(new Error('engine-not-available: this build has no Amazon Transcribe adapter yet'), { code: 'engine-not-available', permanent: true });
    }
  };
}
