import type { AppContext } from '../../runtime/context.ts';
import { registerOversizedVoicemail } from '../oversize.ts';
import { registerVoicemail, UnknownMailboxError, type NewVoicemail, type RegisterOutcome } from '../register-voicemail.ts';
import { voicemailIdFor } from '../voicemail-id.ts';
import { intakeDeps } from './deps.ts';
import { DoorRejection } from './errors.ts';

export type DoorVoicemail = Omit<NewVoicemail, 'id'>;

/**
 * The voicemail id for a door's source identity. Namespaced by practice and mailbox: a source id a
 * client chose (or a Message-ID) must not let one practice's upload shadow another's.
 */
export function doorVoicemailId(ctx: AppContext, vm: Pick<DoorVoicemail, 'source' | 'sourceId' | 'practiceId' | 'mailboxId'>): string {
  return voicemailIdFor(ctx.sealed, vm.source, `${vm.practiceId}/${vm.mailboxId}\n${vm.sourceId}`);
}

/**
 * Registers what a door received; a mailbox missing from the config becomes a 422 with a reason code.
 * Audio over intake.maxBytes: `oversize: 'refuse'` answers 413 (the sender sees it: HTTP upload);
 * 'deliver-with-note' registers it without audio so staff get the note and the original is kept
 * sealed (PBX mail, whose sender would never see a refusal).
 */
export async function registerFromDoor(
  ctx: AppContext,
  vm: DoorVoicemail,
  opts: { oversize?: 'refuse' | 'deliver-with-note' } = {},
): Promise<{ id: string; outcome: RegisterOutcome }> {
  const deps = intakeDeps(ctx);
  if (vm.audio.length === 0) throw new DoorRejection(400, 'no-audio');
  const oversized = vm.audio.length > deps.maxBytes;
  if (oversized && opts.oversize !== 'deliver-with-note') throw new DoorRejection(413, 'audio-too-large');
  const id = doorVoicemailId(ctx, vm);
  try {
    if (!oversized) return { id, outcome: await registerVoicemail(deps, { ...vm, id }) };
    const { audio, ...rest } = vm;
    return { id, outcome: await registerOversizedVoicemail(deps, { ...rest, id, sizeBytes: audio.length, original: { kept: 'sealed', audio } }) };
  } catch (err) {
    if (err instanceof UnknownMailboxError) throw new DoorRejection(422, err.code);
    throw err;
  }
}
