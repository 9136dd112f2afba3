import { parseEnv } from '../config/env.ts';
import { loadConfig } from '../config/load-config.ts';
import { createAuthPolicy } from '../dashboard/auth.ts';
import { doorsOptionsFromConfig } from '../intake/doors/from-config.ts';
import { checkRecipientKeyFile, loadSigningKey } from '../pgp/keys.ts';

/**
 * Everything `quietline start` would refuse, found without starting anything: the file and the
 * environment (schema), the doors' secrets and certificate files, the dashboard's access rule, the
 * storage key, the signing key, and every recipient's key (one that cannot be used means that
 * recipient gets nothing). One line per problem; exit 1 when there is any.
 */
export async function configCheck(): Promise<number> {
  const env = parseEnv();
  const config = loadConfig(env.QUIETLINE_CONFIG);
  const problems: string[] = [];
  const check = (fn: () => unknown) => {
    try {
      fn();
    } catch (err) {
      problems.push((err as Error).message);
    }
  };
  check(() => doorsOptionsFromConfig(config));
  check(() => createAuthPolicy({ host: env.DASHBOARD_HOST, ...(env.DASHBOARD_TOKEN ? { token: env.DASHBOARD_TOKEN } : {}), ...(env.DASHBOARD_OPERATOR_TOKEN ? { operatorToken: env.DASHBOARD_OPERATOR_TOKEN } : {}) }));
  if (env.S3_ENDPOINT && !env.QUIETLINE_STORAGE_KEY) problems.push('QUIETLINE_STORAGE_KEY: required when S3_ENDPOINT is set; make one with: openssl rand -base64 32, and give every role the same value');
  if (env.QUIETLINE_STORAGE_KEY && Buffer.from(env.QUIETLINE_STORAGE_KEY, 'base64').length !== 32) problems.push('QUIETLINE_STORAGE_KEY: must be base64 of exactly 32 bytes');
  const sk = config.raw.service.signingKey;
  try {
    await loadSigningKey(config.resolvePath(sk.file), process.env[sk.passphraseEnv]);
  } catch (err) {
    problems.push(`service.signingKey: ${(err as Error).message}`);
  }
  for (const { practice, mailbox, recipient } of config.allRecipients()) {
    const c = await checkRecipientKeyFile(config.resolvePath(recipient.key));
    if (!c.ok) problems.push(`${practice.id}/${mailbox.id}/${recipient.id}: key unusable (${c.reason}): this recipient would receive nothing`);
  }
  const mailboxes = config.raw.practices.reduce((n, p) => n + p.mailboxes.length, 0);
  const summary = `${config.raw.practices.length} practice(s), ${mailboxes} mailbox(es), ${config.allRecipients().length} recipient(s)`;
  if (problems.length === 0) {
    console.log(`${config.path}: ok (${summary})`);
    return 0;
  }
  for (const p of problems) console.error(`problem: ${p}`);
  console.error(`${config.path}: ${problems.length} problem(s) (${summary})`);
  return 1;
}
