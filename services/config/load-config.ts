import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { ZodIssue } from 'zod';
import { configSchema, type MailboxConfig, type PracticeConfig, type QuietlineConfig, type RecipientConfig } from './schema.ts';

export type { MailboxConfig, PracticeConfig, QuietlineConfig, RecipientConfig };

/** A configuration problem, worded for the person editing the file: which field, and how to fix it. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export interface LoadedConfig {
  readonly path: string;
  readonly raw: QuietlineConfig;
  /** Absolute path of a file named in the config (paths there are relative to the config file). */
  resolvePath(p: string): string;
  practice(practiceId: string): PracticeConfig | undefined;
  mailbox(practiceId: string, mailboxId: string): MailboxConfig | undefined;
  recipients(practiceId: string, mailboxId: string): RecipientConfig[];
  allRecipients(): { practice: PracticeConfig; mailbox: MailboxConfig; recipient: RecipientConfig }[];
}

export function recipientIdFor(email: string): string {
  return 'r' + createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 12);
}

function describeIssue(issue: ZodIssue): string {
  const field = issue.path.length ? issue.path.join('.') : '(top level)';
  if (issue.code === 'unrecognized_keys') return `${field}: unknown field(s) ${issue.keys.join(', ')}; remove or correct the spelling`;
  if (issue.code === 'invalid_type' && issue.received === 'undefined') return `${field}: missing; add it (expected ${issue.expected})`;
  if (issue.code === 'invalid_enum_value') return `${field}: must be one of ${issue.options.join(', ')}`;
  return `${field}: ${issue.message}`;
}

export function parseConfig(text: string, path: string): LoadedConfig {
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (err) {
    const where = err instanceof YAMLParseError && err.linePos ? ` at line ${err.linePos[0].line}` : '';
    throw new ConfigError(`${path}: not valid YAML${where}; check indentation and quoting`);
  }
  const parsed = configSchema.safeParse(doc ?? {});
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new ConfigError(`${path}: ${first ? describeIssue(first) : 'invalid'}`);
  }
  const raw = parsed.data;
  checkUnique(raw, path);
  const base = dirname(resolve(path));
  const withIds = (m: MailboxConfig): RecipientConfig[] => m.recipients.map((r) => ({ ...r, id: r.id ?? recipientIdFor(r.email) }));
  const frozen = deepFreeze(raw);
  return Object.freeze({
    path: resolve(path),
    raw: frozen,
    resolvePath: (p: string) => (isAbsolute(p) ? p : resolve(base, p)),
    practice: (pid: string) => frozen.practices.find((p) => p.id === pid),
    mailbox: (pid: string, mid: string) => frozen.practices.find((p) => p.id === pid)?.mailboxes.find((m) => m.id === mid),
    recipients: (pid: string, mid: string) => {
      const m = frozen.practices.find((p) => p.id === pid)?.mailboxes.find((x) => x.id === mid);
      return m ? withIds(m) : [];
    },
    allRecipients: () =>
      frozen.practices.flatMap((practice) =>
        practice.mailboxes.flatMap((mailbox) => withIds(mailbox).map((recipient) => ({ practice, mailbox, recipient }))),
      ),
  });
}

function checkUnique(raw: QuietlineConfig, path: string): void {
  const seen = new Set<string>();
  raw.practices.forEach((p, i) => {
    if (seen.has(p.id)) throw new ConfigError(`${path}: practices.${i}.id: "${p.id}" is used twice; practice ids must be unique`);
    seen.add(p.id);
    const mb = new Set<string>();
    p.mailboxes.forEach((m, j) => {
      if (mb.has(m.id)) throw new ConfigError(`${path}: practices.${i}.mailboxes.${j}.id: "${m.id}" is used twice in practice ${p.id}`);
      mb.add(m.id);
      const rids = new Set<string>();
      m.recipients.forEach((r, k) => {
        const id = r.id ?? recipientIdFor(r.email);
        if (rids.has(id)) throw new ConfigError(`${path}: practices.${i}.mailboxes.${j}.recipients.${k}: duplicate recipient in mailbox ${m.id}`);
        rids.add(id);
      });
    });
  });
}

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object') {
    for (const v of Object.values(o)) deepFreeze(v);
    Object.freeze(o);
  }
  return o;
}

/** Reads QUIETLINE_CONFIG (default ./quietline.yaml). */
export function loadConfig(path = process.env.QUIETLINE_CONFIG ?? './quietline.yaml'): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new ConfigError(`${path}: cannot read the config file; create it from quietline.example.yaml or set QUIETLINE_CONFIG`);
  }
  return parseConfig(text, path);
}
