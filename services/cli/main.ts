import { Command, InvalidArgumentError } from 'commander';
import { ConfigError } from '../config/load-config.ts';
import { POLICY_NAMES, type PolicyName } from '../redaction/types.ts';

/** Every command prints a one-line reason and exits non-zero on failure; never a stack trace with data in it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- commander hands actions untyped arguments
function run<A extends any[]>(fn: (...a: A) => Promise<number | void>) {
  return async (...args: A) => {
    try {
      const code = await fn(...args);
      if (typeof code === 'number') process.exitCode = code;
    } catch (err) {
      const e = err as { message?: string; code?: string };
      console.error(`quietline: ${err instanceof ConfigError ? e.message : (e.message ?? String(err))}`);
      process.exitCode = err instanceof ConfigError ? 78 : 1;
    }
  };
}

const program = new Command('quietline')
  .description('Voicemail to encrypted email for medical practices')
  .showHelpAfterError();

program
  .command('start')
  .description('run Quietline (embedded S3 and SMTP when S3_ENDPOINT / SMTP_URL are unset)')
  .option('--role <role>', 'all | intake | worker | dashboard', 'all')
  .action(run(async (o: { role: string }) => (await import('./start.ts')).start(o.role)));

program
  .command('submit')
  .description('upload a recording to S3 intake (incoming/<practice>/<mailbox>/)')
  .argument('<file>', 'audio file')
  .requiredOption('--practice <id>', 'practice id from the config')
  .requiredOption('--mailbox <id>', 'mailbox id from the config')
  .option('--caller <number>', 'caller number (stored sealed)')
  .action(run(async (file: string, o: { practice: string; mailbox: string; caller?: string }) => (await import('./submit.ts')).submit(file, o)));

program
  .command('transcribe')
  .description('transcribe one audio file with the embedded engine')
  .argument('<file>', 'audio file')
  .option('--json', 'print {"text","words","engine","durationSec"}', false)
  .action(run(async (file: string, o: { json: boolean }) => (await import('./transcribe.ts')).transcribeCommand(file, o)));

program
  .command('redact')
  .description('detect PHI in JSON lines {"id","text"} on stdin; write {"id","spans","redacted"}')
  .option('--jsonl', 'JSON lines in and out (the only format)', true)
  .option('--policy <policy>', `${POLICY_NAMES.join(' | ')}`, (v: string) => {
    if (!(POLICY_NAMES as readonly string[]).includes(v)) throw new InvalidArgumentError(`use one of ${POLICY_NAMES.join(', ')}`);
    return v;
  }, 'standard')
  .action(run(async (o: { policy: PolicyName }) => {
    const { runRedactJsonl } = await import('../redaction/jsonl-cli.ts');
    await runRedactJsonl(process.stdin, process.stdout, o.policy);
  }));

const keysCmd = program.command('keys').description('recipient and signing keys');
keysCmd
  .command('check')
  .description('check every recipient key; exit 1 if any is unusable')
  .action(run(async () => (await import('./keys-check.ts')).keysCheck()));

const configCmd = program.command('config').description('configuration');
configCmd
  .command('check')
  .description('validate the config file and environment')
  .action(run(async () => (await import('./config-check.ts')).configCheck()));

const rejectedCmd = program.command('rejected').description('objects under incoming/ no configured mailbox took (kept sealed for retention.rejectedKeepDays)');
rejectedCmd
  .command('list')
  .description('list them: id, when, reason, size (no content, no caller)')
  .action(run(async () => (await import('./rejected.ts')).rejectedList()));
rejectedCmd
  .command('replay')
  .description('deliver one as a voicemail of a configured mailbox, then delete the rejected copy')
  .argument('<id>', 'id from `quietline rejected list` or the dashboard')
  .requiredOption('--practice <id>', 'practice id from the config')
  .requiredOption('--mailbox <id>', 'mailbox id from the config')
  .action(run(async (id: string, o: { practice: string; mailbox: string }) => (await import('./rejected.ts')).rejectedReplay(id, o)));

program
  .command('voicemail')
  .description('one voicemail')
  .command('audio')
  .description("write a voicemail's kept recording to a file, encrypted to one recipient and signed (for audio an email could not carry)")
  .argument('<id>', 'voicemail id (the reference quoted in the email)')
  .requiredOption('--recipient <id>', 'recipient id from the config: only their key opens the file')
  .option('--out <file>', 'output file (default <id>.audio.pgp; never overwritten)')
  .option('--unmasked', "release the unmasked original when no masked attachment was made and the mailbox's policy masks audio (recorded in the audit trail)")
  .action(run(async (id: string, o: { recipient: string; out?: string; unmasked?: boolean }) => (await import('./voicemail-audio.ts')).voicemailAudio(id, o)));

const auditCmd = program.command('audit').description('the hash-chained audit trail');
auditCmd
  .command('verify')
  .description('detect changed, removed or reordered audit records; exit 1 if any')
  .option('--voicemail <id>', 'check one voicemail only')
  .action(run(async (o: { voicemail?: string }) => (await import('./audit-verify.ts')).auditVerify(o)));

program
  .command('demo')
  .description('start the embedded stack, submit sample voicemails, and show where the encrypted emails are')
  .option('--once', 'stop once the samples are delivered (default: keep the stack and dashboard running until Ctrl-C)', false)
  .action(run(async (o: { once: boolean }) => (await import('./demo.ts')).demo({ keepRunning: !o.once })));

await program.parseAsync(process.argv);
