import type { AppContext } from '../../runtime/context.ts';
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

/** Registers what a door received; a mailbox missing from the config becomes a 422 with a reason code. */
export async function registerFromDoor(ctx: AppContext, vm: DoorVoicemail): Promise<{ id: string; outcome: RegisterOutcome }> {
  const deps = intakeDeps(ctx);
  if (vm.audio.length === 0) throw new DoorRejection(400, 'no-audio');
  if (vm.audio.length > deps.maxBytes) throw new DoorRejection(413, 'audio-too-large');
  const id = doorVoicemailId(ctx, vm);
  try {
    return { id, outcome: await registerVoicemail(deps, { ...vm, id }) };
  } catch (err) {
    if (err instanceof UnknownMailboxError) throw new DoorRejection(422, err.code);
    throw err;
  }
}
