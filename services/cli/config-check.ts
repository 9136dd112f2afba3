import { parseEnv } from '../config/env.ts';
import { loadConfig } from '../config/load-config.ts';

export function configCheck(): Promise<number> {
  const env = parseEnv();
  const config = loadConfig(env.QUIETLINE_CONFIG);
  const mailboxes = config.raw.practices.reduce((n, p) => n + p.mailboxes.length, 0);
  console.log(`${config.path}: ok (${config.raw.practices.length} practice(s), ${mailboxes} mailbox(es), ${config.allRecipients().length} recipient(s))`);
  return Promise.resolve(0);
}
