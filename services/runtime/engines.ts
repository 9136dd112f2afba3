import type { AppContext } from './context.ts';
import type { TranscriptionEngine } from '../transcription/engine.ts';
import { PocketsphinxEngine } from '../transcription/pocketsphinx.ts';
import { AwsTranscribeEngine } from '../transcription/aws-transcribe.ts';
import { RedisPollLimiter } from '../transcription/aws-poll-limiter.ts';

export interface EngineResolver {
  (practiceId: string): TranscriptionEngine;
  close(): void;
}

/**
 * The engine each practice's configuration names. PocketSphinx is shared; Amazon Transcribe engines
 * are per practice (language, vocabulary) and share one Redis-backed poll budget per quota, across
 * every worker host.
 */
export function engineResolver(ctx: Pick<AppContext, 'config' | 'env' | 'store' | 'redis'>): EngineResolver {
  const pocketsphinx = new PocketsphinxEngine();
  const region = ctx.env.TRANSCRIBE_REGION ?? ctx.env.S3_REGION;
  const limiters = {
    standard: new RedisPollLimiter({ redis: ctx.redis, keyPrefix: `${ctx.env.QUEUE_PREFIX}:transcribe-get:${region}:` }),
    medical: new RedisPollLimiter({ redis: ctx.redis, keyPrefix: `${ctx.env.QUEUE_PREFIX}:transcribe-medical-get:${region}:` }),
  };
  const aws = new Map<string, AwsTranscribeEngine>();
  const resolve = (practiceId: string): TranscriptionEngine => {
    const practice = ctx.config.practice(practiceId);
    if (!practice || practice.engine === 'pocketsphinx') return pocketsphinx;
    let engine = aws.get(practiceId);
    if (!engine) {
      const medical = practice.engine === 'aws-transcribe-medical';
      engine = new AwsTranscribeEngine({
        region,
        ...(ctx.env.TRANSCRIBE_ENDPOINT ? { endpoint: ctx.env.TRANSCRIBE_ENDPOINT } : {}),
        medical,
        bucket: ctx.env.S3_BUCKET,
        store: ctx.store,
        languageCode: practice.transcribe.languageCode,
        ...(practice.transcribe.vocabularyName ? { vocabularyName: practice.transcribe.vocabularyName } : {}),
        medicalType: practice.transcribe.medicalType,
        ...(ctx.env.TRANSCRIBE_OUTPUT_KMS_KEY_ID ? { outputKmsKeyId: ctx.env.TRANSCRIBE_OUTPUT_KMS_KEY_ID } : {}),
        pollLimiter: medical ? limiters.medical : limiters.standard,
      });
      aws.set(practiceId, engine);
    }
    return engine;
  };
  return Object.assign(resolve, {
    close: () => {
      for (const e of aws.values()) e.close();
    },
  });
}
