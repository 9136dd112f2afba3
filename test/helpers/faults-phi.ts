/**
 * The PHI sweep every fault test ends with: the test's canary caller number and spoken words must not
 * appear in Redis, in the child processes' output, in any S3 object that is not sealed, outside the
 * ciphertext of any email, and no `ql-*` work dir may be left in the children's TMPDIR.
 */
import { simpleParser } from 'mailparser';
import { statusHas } from '../fixtures/keys-gen.ts';
import { leftoverWorkDirs, type FaultStack } from './faults-stack.ts';
import { CANARY, findCanaryTokens } from './canaries.ts';

export interface Canaries {
  /** As the phone system formats it, e.g. "(555) 014-2398". */
  caller: string;
  /** Distinctive words of the recording (lower case). */
  words: string[];
}

/** The suite run's canary caller number (test/helpers/canaries.ts), in the 555-01xx range reserved for fiction. */
export function canaryCaller(): string {
  return CANARY.callerId;
}

const SEALED_MAGIC = Buffer.from('QLS1');
const ARMOR = /-----BEGIN PGP MESSAGE-----[\s\S]+?-----END PGP MESSAGE-----/g;

/** Names the places (never the values) where a canary was found: the test's, and every canary of the suite's registry. */
export function findCanaries(text: string, c: Canaries): string[] {
  const lower = text.toLowerCase();
  const digits = c.caller.replace(/\D/g, '');
  const hits: string[] = [];
  for (const w of c.words) if (new RegExp(`\\b${w}\\b`).test(lower)) hits.push(`word:${w}`);
  if (lower.includes(c.caller.toLowerCase()) || text.includes(digits) || text.replace(/\D/g, '').includes(digits)) hits.push('caller');
  if (text.includes(c.caller.slice(-8))) hits.push('caller-tail');
  hits.push(...findCanaryTokens(text));
  return hits;
}

export async function phiSweep(stack: FaultStack, c: Canaries): Promise<string[]> {
  const problems: string[] = [];
  // Live processes keep a (legitimate) scratch dir; the temp-dir check is about what outlives them.
  for (const p of stack.processes) if (p.alive) problems.push(`${p.name} still running during the sweep`);
  const dump = await stack.redisDump();
  if (dump.length === 0) problems.push('redis: the sweep read nothing');
  for (const h of findCanaries(dump, c)) problems.push(`redis: ${h}`);

  for (const p of stack.processes) for (const h of findCanaries(p.output(), c)) problems.push(`logs of ${p.name}: ${h}`);

  for (const o of await stack.ctx.store.list('', { limit: 100_000 })) {
    const body = await stack.ctx.store.get(o.key);
    if (!body || body.subarray(0, 4).equals(SEALED_MAGIC)) continue;
    for (const h of findCanaries(body.toString('latin1'), c)) problems.push(`s3 ${o.key}: ${h}`);
  }

  for (const t of stack.smtp.transfers) {
    const outside = t.raw.toString('latin1').replace(ARMOR, '');
    for (const h of findCanaries(outside, c)) problems.push(`email #${t.seq} outside the ciphertext: ${h}`);
  }

  for (const d of await leftoverWorkDirs(stack)) problems.push(`temp dir left behind: ${d}`);
  return problems;
}

/** Decrypts one accepted email with the recipients' keys; returns the inner text (for checking the canary was real). */
export async function decryptedText(stack: FaultStack, raw: Buffer): Promise<{ text: string; validSig: boolean }> {
  const m = /-----BEGIN PGP MESSAGE-----[\s\S]+?-----END PGP MESSAGE-----/.exec(raw.toString('latin1'));
  if (!m) throw new Error('no armored OpenPGP message in the email');
  const res = await stack.gnupg.decrypt(m[0].replace(/\r\n/g, '\n') + '\n');
  const sig = statusHas(res.status, 'VALIDSIG');
  const inner = await simpleParser(res.plaintext);
  return { text: (inner.text ?? '').toLowerCase(), validSig: Boolean(sig?.includes(stack.serviceFingerprint)) };
}

/** The Message-ID header of a raw email. */
export function messageIdOf(raw: Buffer): string | null {
  return /^Message-ID:\s*(<[^>]+>)/im.exec(raw.toString('latin1'))?.[1] ?? null;
}
