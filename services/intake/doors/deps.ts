import type { AppContext } from '../../runtime/context.ts';
import type { ScanDeps } from '../s3-scanner.ts';

/** What every door needs to register a voicemail, taken from the running context. */
export function intakeDeps(ctx: AppContext): ScanDeps {
  return {
    sealed: ctx.sealed,
    config: ctx.config,
    transcribeQueue: ctx.queues.transcribe,
    audit: ctx.audit,
    activity: ctx.activity,
    maxBytes: ctx.config.raw.intake.maxBytes,
  };
}
