/**
 * The S3 objects an Amazon Transcribe job of a voicemail uses: the recording it reads (plain WAV:
 * Transcribe cannot read our sealed objects; the bucket's own encryption covers it) and the JSON it
 * writes. Kept apart from the engine so that retention can delete them without loading the SDK.
 */
export const AWS_TRANSCRIBE_OUTPUT_PREFIX = 'transcribe-output/';

export function awsTranscribeKeys(voicemailId: string, outputPrefix = AWS_TRANSCRIBE_OUTPUT_PREFIX): { inputKey: string; outputKey: string } {
  return { inputKey: `voicemails/${voicemailId}/transcribe-input.wav`, outputKey: `${outputPrefix}ql-${voicemailId}.json` };
}
