/**
 * S3 keys the intake writes besides those in services/voicemail/object-keys.ts. Built from
 * identifiers and dates only, never from an original object key or file name.
 */
export const intakeKeys = {
  /** PHI-free index of a kept oversized original, under the day its keep period ends. */
  originalDue: (day: string, voicemailId: string) => `originals/due/${day}/${voicemailId}.json`,
  originalsDuePrefix: 'originals/due/',
  /** A sealed copy of an oversized original a door received in memory (PBX mail). */
  originalSealed: (voicemailId: string) => `originals/sealed/${voicemailId}.sealed`,
  /** What a Twilio webhook said about the call (caller number: PHI), sealed until the recording is fetched. */
  pendingCall: (voicemailId: string) => `voicemails/${voicemailId}/pending-call.sealed`,
} as const;
