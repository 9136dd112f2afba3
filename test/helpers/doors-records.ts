import type { Job } from 'bullmq';
import type { VoicemailRecord } from '../../services/voicemail/record.ts';
import { keys } from '../../services/voicemail/object-keys.ts';
import { jobIds } from '../../workers/queues.ts';
import type { Stack } from './stack.ts';

/** Every voicemail record in the stack's bucket, unsealed. */
export async function voicemailRecords(stack: Stack): Promise<VoicemailRecord[]> {
  const objects = await stack.ctx.store.list('voicemails/', { limit: 1000 });
  const out: VoicemailRecord[] = [];
  for (const o of objects) {
    if (!o.key.endsWith('/record.sealed')) continue;
    const r = await stack.ctx.sealed.getJson<VoicemailRecord>(o.key);
    if (r) out.push(r);
  }
  return out;
}

export async function recordOf(stack: Stack, id: string): Promise<VoicemailRecord | null> {
  return stack.ctx.sealed.getJson<VoicemailRecord>(keys.record(id));
}

export async function sealedAudioOf(stack: Stack, id: string): Promise<Buffer | null> {
  return stack.ctx.sealed.getSealed(keys.source(id));
}

/** The transcription job registerVoicemail queued for a voicemail, if any. */
export async function transcribeJobOf(stack: Stack, id: string): Promise<Job | undefined> {
  return stack.ctx.queues.transcribe.getJob(jobIds.transcribe(id));
}
