/** Per-mailbox masking policies and applying one to a text. */
import { PHI_TYPES, type PhiSpan, type PhiType, type PolicyName } from './types.ts';

export interface PolicyOptions {
  /** Also mask clinicians' names (PROVIDER), which every policy leaves visible by default. */
  maskProviders?: boolean;
}

/** What staff don't need to return a call. */
const STANDARD: readonly PhiType[] = ['SSN', 'CARD', 'ACCOUNT', 'HEALTH_PLAN_ID', 'LICENSE', 'EMAIL', 'ADDRESS'];
/** The 18 HIPAA Safe Harbor identifiers as far as a voicemail can carry them: everything but clinicians. */
const SAFE_HARBOR: readonly PhiType[] = PHI_TYPES.filter((t) => t !== 'PROVIDER');

export class UnknownPolicyError extends Error {
  constructor(readonly policy: string) {
    super(`unknown-policy:${policy}`);
    this.name = 'UnknownPolicyError';
  }
}

/** The types a policy masks. `maskProviders` adds PROVIDER to any policy, `none` included (an explicit opt-in). */
export function policyTypes(policy: PolicyName, opts?: PolicyOptions): ReadonlySet<PhiType> {
  let base: readonly PhiType[];
  switch (policy) {
    case 'none': base = []; break;
    case 'standard': base = STANDARD; break;
    case 'safe-harbor': base = SAFE_HARBOR; break;
    default: throw new UnknownPolicyError(String(policy));
  }
  const set = new Set<PhiType>(base);
  if (opts?.maskProviders) set.add('PROVIDER');
  return set;
}

/** Replaces each span the policy masks with `[TYPE]`; maskedTypes lists the types masked, in PHI_TYPES order. */
export function applyPolicy(text: string, spans: PhiSpan[], policy: PolicyName, opts?: PolicyOptions): { text: string; maskedTypes: PhiType[] } {
  const types = policyTypes(policy, opts);
  const chosen = spans.filter((s) => types.has(s.type)).sort((a, b) => a.start - b.start);
  const masked = new Set<PhiType>();
  let out = '';
  let pos = 0;
  for (const s of chosen) {
    if (s.start < pos) continue; // overlapping input: the earlier span already covers it
    out += text.slice(pos, s.start) + `[${s.type}]`;
    pos = s.end;
    masked.add(s.type);
  }
  out += text.slice(pos);
  return { text: out, maskedTypes: PHI_TYPES.filter((t) => masked.has(t)) };
}
