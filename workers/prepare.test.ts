import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { withoutAttachmentClaims } from './prepare.ts';

describe('prepare: notes when the audio was left out', () => {
  it('drops the sentences that say the recording is attached, and nothing else', () => {
    const notes = [
      'This recording is longer than the transcription limit: only its first part was transcribed. The full audio is attached.',
      'The recording is damaged and could not be transcribed; it is attached as received.',
      'The phone system sent a file that is not audio; it is attached as received.',
      'The recording could not be attached to this email. Your practice\'s IT can send it to you securely for at least 7 days: quote reference vm1.',
    ];
    assert.deepEqual(withoutAttachmentClaims(notes), [
      'This recording is longer than the transcription limit: only its first part was transcribed.',
      'The recording is damaged and could not be transcribed.',
      'The phone system sent a file that is not audio.',
      notes[3],
    ]);
  });
});
