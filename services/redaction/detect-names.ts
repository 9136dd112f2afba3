/**
 * People: clinicians after a title ("Dr. Patel", "doctor patel") are PROVIDER; callers, patients and
 * relatives are NAME, found after cues ("my name is", "this is", "it's", "my mother, ..."), after
 * honorifics, or from frequent given names; once found, the same name elsewhere in the message is masked too.
 * Written text is capitalised, so a name is a run of capitalised words; spoken text has no case, so a
 * name runs until a function word or common word.
 */
import { type Ctx, isNumTok } from './detect-context.ts';
import type { Token } from './tokens.ts';
import {
  AMBIGUOUS_GIVEN, COMMON_WORDS, FUNCTION_WORDS, GIVEN_NAMES, MONTHS, ORG_WORDS, RELATIONS, STREET_SUFFIXES, SURNAMES, WEEKDAYS,
} from './lexicon.ts';
import type { PhiType } from './types.ts';

const PARTICLES = new Set(['de', 'del', 'della', 'da', 'di', 'van', 'von', 'der', 'den', 'la', 'le', 'bin', 'ibn', 'al', 'st', 'mc', 'mac', 'dos', 'das']);
const PROVIDER_TITLES = new Set(['dr', 'doctor', 'doc', 'nurse', 'np', 'pa-c', 'dds', 'md']);
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mister', 'missus', 'mx']);
const EXTRA_STOPS = new Set(['said', 'says', 'told', 'asked', 'wants', 'wanted', 'prescribed', 'gave', 'recommended', 'ordered',
  'mentioned', 'thinks', 'thought', 'suggested', 'sent', 'referred', 'put', 'changed', 'increased', 'decreased', 'refilled',
  'approved', 'needs', 'office', 'office\'s', 'and', 'or', 'is', 'was', 'will', 'would', 'can', 'could', 'should', 'has', 'had']);

/** Strong cues: a name follows directly. Weak cues need the first word to look like a name. */
const STRONG_CUES: string[][] = [
  ['my', 'name', 'is'], ['name', 'is'], ["name's"], ['this', 'is'], ["it's"], ['it', 'is'], ['name', 'was'],
  ['patient', 'name', 'is'], ["patient's", 'name', 'is'], ['named'], ['call', 'me'], ['last', 'name', 'is'], ['first', 'name', 'is'],
  ['this', 'is', 'mister'], ['tell'], ['let'],
];
const WEAK_CUES: string[][] = [
  ["i'm"], ['i', 'am'], ['calling', 'for'], ['calling', 'about'], ['calling', 'on', 'behalf', 'of'], ['on', 'behalf', 'of'],
  ['regarding'], ['patient'], ['member'], ['beneficiary'], ['resident'], ['subscriber'], ['reach'], ['for', 'patient'], ['speak', 'to'], ['speak', 'with'], ['ask', 'for'], ['message', 'for'],
  ['from'], ['with'], ['for'], ['and'], ['about'], ['to'],
];

function isName(w: string): boolean {
  return GIVEN_NAMES.has(w) || SURNAMES.has(w);
}

function alpha(t: Token): boolean {
  // Letters of any script: "Sørensen", "Sebastián", "Ní".
  return /^\p{L}[\p{L}'’-]*$/u.test(t.core) && t.core.length >= 2;
}

/** Can token j be word number `pos` of a name? */
function nameWordOk(ctx: Ctx, j: number, pos: number, strong: boolean): boolean {
  const t = ctx.toks[j];
  if (!t || !ctx.free(j) || !alpha(t) || isNumTok(t)) return false;
  const w = t.base;
  if (ctx.written) {
    if (!t.cap) return false;
    if (t.low === 'i' || t.low === "i'm" || t.low === "i'd" || t.low === "i'll") return false;
    if ((WEEKDAYS.has(w) || MONTHS[w] !== undefined) && !GIVEN_NAMES.has(w)) return false;
    if (PROVIDER_TITLES.has(w) || HONORIFICS.has(w)) return false;
    if (pos === 0 && !strong && !isName(w) && FUNCTION_WORDS.has(w)) return false;
    if (pos > 0 && (FUNCTION_WORDS.has(w) || STREET_SUFFIXES.has(w)) && !isName(w)) return false;
    if (pos === 0 && FUNCTION_WORDS.has(w) && !isName(w)) return false;
    return true;
  }
  if (PROVIDER_TITLES.has(w) || HONORIFICS.has(w)) return false;
  if (FUNCTION_WORDS.has(w) && !(pos > 0 && SURNAMES.has(w) && !EXTRA_STOPS.has(w) && w.length > 3)) return false;
  if (EXTRA_STOPS.has(w)) return false;
  // "my father bill okafor": a given name that is also a word ("bill", "hope") counts after a strong cue;
  // takeName then insists on a second name word.
  if (COMMON_WORDS.has(w) && !isName(w) && !(strong && AMBIGUOUS_GIVEN.has(w))) return false;
  if (pos === 0 && !strong && !GIVEN_NAMES.has(w)) return false;
  if (pos === 0 && AMBIGUOUS_GIVEN.has(w) && !strong) return false;
  return true;
}

/** Takes name words from j; returns the last index or -1. */
function takeName(ctx: Ctx, j: number, strong: boolean, max: number): number {
  let last = -1;
  for (let pos = 0; pos < max; pos++) {
    const k = j + pos;
    if (pos > 0 && PARTICLES.has(ctx.low(k)) && !ctx.breakAfter(k)) {
      // "van der Berg": particles join the name when a name word follows them.
      let q = k;
      while (PARTICLES.has(ctx.low(q)) && ctx.free(q) && !ctx.breakAfter(q) && q - k < 2) q++;
      if (q > k && nameWordOk(ctx, q, 1, true)) {
        last = q;
        if (ctx.toks[q]!.possessive || ctx.breakAfter(q) || ctx.toks[q]!.commaAfter) break;
        pos += q - k;
        continue;
      }
    }
    if (!nameWordOk(ctx, k, pos, strong)) break;
    const t = ctx.toks[k]!;
    // Spoken: a third word only for a known middle name or a known surname ("mary ann lee"), else it is
    // more likely the next sentence ("... tavita oyelaran email me at").
    if (!ctx.written && pos === 2 && !GIVEN_NAMES.has(ctx.toks[j + 1]!.base) && !SURNAMES.has(t.base)) break;
    last = k;
    if (t.possessive || ctx.breakAfter(k) || t.commaAfter) break;
    if (!ctx.written && pos === 0 && !strong && !GIVEN_NAMES.has(t.base)) break;
  }
  // Spoken: an ordinary word alone after a cue ("this is bill") is too weak; a surname must follow.
  if (!ctx.written && last === j && COMMON_WORDS.has(ctx.toks[j]!.base) && !GIVEN_NAMES.has(ctx.toks[j]!.base)) return -1;
  return last;
}

/** Spelled-out letters after a name ("smith s m i t h") spell the name too. */
function extendSpelling(ctx: Ctx, last: number): number {
  let k = last + 1;
  let n = 0;
  let spelled = '';
  while (ctx.free(k) && /^[a-z]$/i.test(ctx.toks[k]!.core) && !ctx.breakAfter(k - 1)) { spelled += ctx.toks[k]!.low; k++; n++; }
  if (n >= 2) {
    // "whitaker w h i t a k e r i need": stop where the spelling of a name word ends.
    for (let q = last; q >= 0 && last - q < 3; q--) {
      const w = ctx.toks[q]!.base.replace(/[^a-z]/g, '');
      if (w.length >= 2 && spelled.startsWith(w) && spelled.length > w.length) return last + w.length;
    }
    return k - 1;
  }
  const t = ctx.toks[last + 1];
  if (t && ctx.free(last + 1) && /^[A-Za-z](-[A-Za-z]){2,}$/.test(t.core)) return last + 1;
  return last;
}

function byLastWord(cues: string[][]): Map<string, string[][]> {
  const m = new Map<string, string[][]>();
  for (const c of cues) {
    const k = c[c.length - 1]!;
    m.set(k, [...(m.get(k) ?? []), c]);
  }
  return m;
}
const STRONG_BY_LAST = byLastWord(STRONG_CUES);
const WEAK_BY_LAST = byLastWord(WEAK_CUES);

function cueEndsAt(ctx: Ctx, j: number, cue: string[]): boolean {
  for (let k = 0; k < cue.length; k++) {
    const idx = j - (cue.length - 1 - k);
    if (idx < 0 || ctx.toks[idx]!.low !== cue[k]) return false;
    if (k < cue.length - 1 && ctx.breakAfter(idx)) return false;
  }
  return true;
}

const PERSON_NOUNS = new Set(['patient', 'member', 'beneficiary', 'resident', 'client', 'subscriber', 'enrollee', 'insured']);
/** Spoken "for patient ..." / "your patient ...", but not "the patient portal". */
const PERSON_NOUN_OWNERS = new Set(['your', 'our', 'for', 'about', 'regarding', 're', 'concerning', 'on', 'with', 'a', 'to', 'is', 'calling']);
const GREETING_AFTER: string[][] = [['here'], ['calling'], ['speaking']];
const GREETINGS = new Set(['hi', 'hello', 'hey', 'yeah', 'yes', 'morning', 'afternoon', 'evening', 'um', 'uh', 'oh']);
const BIRTH_AFTER: string[][] = [['date', 'of', 'birth'], ['dob'], ['d', 'o', 'b'], ['born'], ['birthday'], ['birth', 'date']];

function cueStartsAt(ctx: Ctx, j: number, cue: string[]): boolean {
  for (let k = 0; k < cue.length; k++) if (ctx.toks[j + k]?.low !== cue[k]) return false;
  return j === 0 || !ctx.breakAfter(j - 1) || ctx.toks[j - 1]!.commaAfter || ctx.written;
}

function claimName(ctx: Ctx, from: number, to: number, type: PhiType): void {
  ctx.claim(from, extendSpelling(ctx, to), type);
}

export function detectNames(ctx: Ctx): void {
  const { toks } = ctx;
  // 1. Titles: clinicians and honorifics.
  for (let i = 0; i < toks.length; i++) {
    if (!ctx.free(i) || ctx.breakAfter(i) && !['dr', 'mr', 'mrs', 'ms'].includes(toks[i]!.low)) continue;
    const t = toks[i]!;
    const isTitle = PROVIDER_TITLES.has(t.low) && !t.possessive;
    const isHon = HONORIFICS.has(t.low);
    if (!isTitle && !isHon) continue;
    if (ctx.written && !t.cap && t.low !== 'doctor' && t.low !== 'nurse') continue;
    let last = -1;
    for (let pos = 0; pos < 3; pos++) {
      const k = i + 1 + pos;
      const tk = toks[k];
      if (!tk || !ctx.free(k) || !alpha(tk)) break;
      const w = tk.base;
      if (ctx.written ? !tk.cap : (FUNCTION_WORDS.has(w) || EXTRA_STOPS.has(w) || (COMMON_WORDS.has(w) && !isName(w)))) break;
      if (ctx.written && pos > 0 && FUNCTION_WORDS.has(w) && !isName(w)) break;
      last = k;
      if (tk.possessive || ctx.breakAfter(k) || tk.commaAfter) break;
      // Spoken: one word after the title unless it is a given name ("doctor maria lopez") or a
      // known surname follows ("doctor okonkwo reyes").
      if (!ctx.written && !GIVEN_NAMES.has(w) && !(pos === 0 && SURNAMES.has(toks[k + 1]?.base ?? '') && ctx.free(k + 1) && !FUNCTION_WORDS.has(toks[k + 1]!.base))) break;
    }
    if (last < 0) continue;
    if (isTitle) ctx.claim(i, last, 'PROVIDER');
    else ctx.claim(i + 1, last, 'NAME');
    i = last;
  }
  // 2. Cues.
  for (let j = 0; j < toks.length; j++) {
    if (!ctx.free(j) || j === 0) continue;
    if (ctx.breakAfter(j - 1) && !toks[j - 1]!.commaAfter) { /* a cue cannot span a sentence end */ }
    let strong = false;
    let found = false;
    if (!ctx.breakAfter(j - 1)) {
      const lastWord = toks[j - 1]!.low;
      for (const c of STRONG_BY_LAST.get(lastWord) ?? []) if (cueEndsAt(ctx, j - 1, c)) { strong = true; found = true; break; }
      if (!found) for (const c of WEAK_BY_LAST.get(lastWord) ?? []) if (cueEndsAt(ctx, j - 1, c)) { found = true; break; }
      // "my mother, Grace Lee" / "her son ann" / "my mother's name is" handled by "name is".
      // "the daughter of Constantine Petrakis", "neighbor of ada whitmore".
      if (!found && toks[j - 1]!.low === 'of' && j >= 2 && RELATIONS.has(toks[j - 2]!.base) && !ctx.breakAfter(j - 2)) {
        strong = true;
        found = true;
      }
      if (!found && RELATIONS.has(toks[j - 1]!.low)) {
        const p = toks[j - 2]?.low;
        strong = p === 'my' || p === 'her' || p === 'his' || p === 'our' || p === 'their' || p === 'the' || p === 'old' || p === 'year-old' || p === 'elderly' || p === 'late';
        found = true;
      }
    }
    if (!found) continue;
    const weakWritten = !strong && ctx.written;
    // Written weak cues: a capitalised word that is a known name, or two capitalised words.
    if (weakWritten) {
      const t = toks[j]!;
      const next = toks[j + 1];
      const twoCaps = t.cap && next !== undefined && next.cap && !ctx.breakAfter(j) && !t.commaAfter && alpha(next) && !FUNCTION_WORDS.has(next.base);
      if (!(isName(t.base) && !AMBIGUOUS_GIVEN.has(t.base)) && !twoCaps) continue;
      // "calling for Harriet Sloane": two capitalised words after "for"/"about" are a person unless they name
      // an organisation ("for Blue Cross", "from Lakeside Cardiology").
      if (['from', 'with', 'for', 'and', 'about', 'to'].includes(toks[j - 1]!.low) && !GIVEN_NAMES.has(t.base)
        && !(twoCaps && !toks[j - 1]!.cap && !ORG_WORDS.has(t.base) && !ORG_WORDS.has(next.base) && toks[j - 1]!.low !== 'from'
          && !ORG_WORDS.has(toks[j + 2]?.base ?? ''))) continue;
    }
    if (!strong && !ctx.written && ['from', 'with', 'for', 'and', 'about', 'to'].includes(toks[j - 1]!.low)) {
      const t = toks[j]!;
      if (!GIVEN_NAMES.has(t.base) || AMBIGUOUS_GIVEN.has(t.base)) continue;
    }
    let last = takeName(ctx, j, strong, ctx.written ? 4 : 3);
    // "your patient imelda ruiz": after a word naming a person, two name-like words are that person.
    if (last < 0 && !strong && PERSON_NOUNS.has(toks[j - 1]!.base) && (ctx.written || PERSON_NOUN_OWNERS.has(ctx.low(j - 2)))) {
      const l2 = takeName(ctx, j, true, 2);
      if (l2 >= j + 1) last = l2;
    }
    // Spoken "i am lucinda marlowe": an unknown first name after "i am" needs a second name word and
    // neither may look like a verb or adverb ("i'm worried sick").
    if (last < 0 && !ctx.written && !strong && (cueEndsAt(ctx, j - 1, ["i'm"]) || cueEndsAt(ctx, j - 1, ['i', 'am']))) {
      const verbish = (k: number): boolean => /(ing|ed|ly)$/.test(ctx.low(k));
      if (nameWordOk(ctx, j, 0, true) && nameWordOk(ctx, j + 1, 1, true) && !verbish(j) && !verbish(j + 1)) last = j + 1;
    }
    if (last < 0) continue;
    claimName(ctx, j, last, 'NAME');
    j = last;
  }
  // 2a. "for harriet sloane date of birth ...": two name words right before a birth-date cue.
  for (let j = 2; j < toks.length; j++) {
    const greetingCue = GREETING_AFTER.some((c) => cueStartsAt(ctx, j, c));
    if (!greetingCue && !BIRTH_AFTER.some((c) => cueStartsAt(ctx, j, c))) continue;
    const a = j - 2;
    // "Hi, Ottoline Sharpe here": only straight after a greeting or at the start of the message.
    if (greetingCue && !(a === 0 || GREETINGS.has(ctx.low(a - 1)))) continue;
    const b = j - 1;
    if (!ctx.free(a) || !ctx.free(b) || ctx.breakAfter(a) || toks[a]!.commaAfter) continue;
    if (!nameWordOk(ctx, a, 0, true) || !nameWordOk(ctx, b, 1, true) || toks[a]!.possessive) continue;
    if (ORG_WORDS.has(toks[a]!.base) || ORG_WORDS.has(toks[b]!.base)) continue;
    // Spoken: both words must be unlike ordinary words, which the checks above already require.
    ctx.claim(a, b, 'NAME');
  }
  // 2b. "Rosalind Achterberg's daughter": a possessive before a relation is a person.
  for (let j = 0; j < toks.length; j++) {
    const t = toks[j]!;
    if (!t.possessive || !ctx.free(j) || !RELATIONS.has(ctx.low(j + 1)) || ctx.breakAfter(j)) continue;
    if (!nameWordOk(ctx, j, 1, true)) continue;
    let from = j;
    while (from - 1 >= 0 && j - from < 2 && !ctx.breakAfter(from - 1) && !toks[from - 1]!.commaAfter && nameWordOk(ctx, from - 1, from - 1 === j - 1 && j - from === 0 ? 1 : 0, true)) from--;
    ctx.claim(from, j, 'NAME');
  }
  // 3. Frequent given names anywhere: "Maria Lopez", "tell maria".
  for (let j = 0; j < toks.length; j++) {
    if (!ctx.free(j)) continue;
    const t = toks[j]!;
    if (!GIVEN_NAMES.has(t.base) || !alpha(t)) continue;
    if (ctx.written && !t.cap) continue;
    const next = toks[j + 1];
    const nextOk = next !== undefined && !ctx.breakAfter(j) && !t.commaAfter && nameWordOk(ctx, j + 1, 1, true)
      && (ctx.written || SURNAMES.has(next.base) || (next.base.length >= 3 && !COMMON_WORDS.has(next.base) && !GIVEN_NAMES.has(next.base)));
    if (AMBIGUOUS_GIVEN.has(t.base) && !(nextOk && SURNAMES.has(next.base))) continue;
    if (!ctx.written && (FUNCTION_WORDS.has(t.base) || COMMON_WORDS.has(t.base))) continue;
    const last = nextOk ? (nameWordOk(ctx, j + 2, 2, true) && ctx.written && !ctx.breakAfter(j + 1) && !next.commaAfter && SURNAMES.has(toks[j + 2]!.base) ? j + 2 : j + 1) : j;
    claimName(ctx, j, last, 'NAME');
    j = last;
  }
  // 3b. A name spelled out anywhere ("that's R-A-M-A-S-W-A-M-Y", "p as in paul a p a d o p o u l o s").
  spelledNames(ctx);
  // 4. The same name again elsewhere in the message.
  propagate(ctx, 'NAME');
  propagate(ctx, 'PROVIDER');
}

function propagate(ctx: Ctx, type: PhiType): void {
  const seen = new Set<string>();
  for (const e of ctx.entities) {
    if (e.type !== type) continue;
    for (let k = e.from; k <= e.to; k++) {
      const t = ctx.toks[k]!;
      const w = t.base;
      if (w.length < 2 || PROVIDER_TITLES.has(w) || FUNCTION_WORDS.has(w) || COMMON_WORDS.has(w) || /^[a-z]$/.test(w)) continue;
      if (AMBIGUOUS_GIVEN.has(w) && !ctx.written) continue;
      seen.add(w);
    }
  }
  if (seen.size === 0) return;
  for (let k = 0; k < ctx.toks.length; k++) {
    const t = ctx.toks[k]!;
    if (!ctx.free(k) || !seen.has(t.base) || (ctx.written && !t.cap)) continue;
    // "Beatrice again, Beatrice Onwuachi": a repeated first name can bring its surname along.
    const ext = type === 'NAME' && !t.possessive && !ctx.breakAfter(k) && !t.commaAfter && nameWordOk(ctx, k + 1, 1, true)
      && (ctx.written || !COMMON_WORDS.has(ctx.toks[k + 1]!.base));
    ctx.claim(k, ext ? k + 1 : k, type);
  }
}

/** Letters spelled out (hyphenated or one per word) that spell, or end, a name word found in the message. */
function spelledNames(ctx: Ctx): void {
  const words = new Set<string>();
  for (const e of ctx.entities) {
    if (e.type !== 'NAME') continue;
    for (let k = e.from; k <= e.to; k++) {
      const w = ctx.toks[k]!.base.replace(/[^a-z]/g, '');
      if (w.length >= 3) words.add(w);
    }
  }
  if (words.size === 0) return;
  const spells = (s: string): boolean => {
    for (const w of words) if (w === s || (s.length >= 4 && w.endsWith(s)) || (s.length >= 4 && w.startsWith(s))) return true;
    return false;
  };
  const { toks } = ctx;
  for (let i = 0; i < toks.length; i++) {
    if (!ctx.free(i)) continue;
    const t = toks[i]!;
    if (/^[A-Za-z](-[A-Za-z]){2,}$/.test(t.core)) {
      if (spells(t.core.replace(/-/g, '').toLowerCase())) ctx.claim(i, i, 'NAME');
      continue;
    }
    if (!/^[a-z]$/i.test(t.core)) continue;
    let k = i;
    let s = '';
    while (ctx.free(k) && /^[a-z]$/i.test(toks[k]!.core)) { s += toks[k]!.low; if (ctx.breakAfter(k)) { k++; break; } k++; }
    // Longest prefix of the run that spells a name word.
    for (let n = s.length; n >= 3; n--) {
      if (spells(s.slice(0, n))) { ctx.claim(i, i + n - 1, 'NAME'); break; }
    }
    i = k - 1;
  }
}
