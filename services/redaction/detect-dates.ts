/**
 * Dates tied to a person, written ("June 5, 2026", "6/7/2025", "the 7th of June") or spoken
 * ("june twentieth nineteen sixty five", "nine fifteen nineteen eighty six"). A weekday or a year
 * alone is not a date here: HIPAA Safe Harbor keeps years.
 */
import { type Ctx, numberAtoms, isNumTok } from './detect-context.ts';
import { MONTHS, ORDINAL_UNITS, ORDINAL_WORDS, TENS, WEEKDAYS } from './lexicon.ts';
import { parseChunks, yearAt, type Atom, type Chunk, type ChunkKind } from './numbers.ts';

const DATE_CUES = new Set(['birth', 'born', 'dob', 'birthday', 'appointment', 'appt', 'visit', 'admitted', 'admission',
  'discharged', 'discharge', 'seen', 'surgery', 'procedure', 'scheduled', 'reschedule', 'on', 'since', 'date',
  'expiration', 'expires', 'expiry', 'exp', 'expiring', 'expired']);
const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'jan', 'mar', 'sun', 'sat', 'dec', 'sept', 'aug']);

function hasCue(ctx: Ctx, i: number, window = 6): boolean {
  for (let j = i - 1; j >= 0 && j >= i - window; j--) {
    if (ctx.breakAfter(j)) return false;
    if (DATE_CUES.has(ctx.toks[j]!.base)) return true;
  }
  return false;
}

function monthAt(ctx: Ctx, i: number): number | undefined {
  const t = ctx.toks[i];
  if (!t || !ctx.free(i)) return undefined;
  const m = MONTHS[t.base];
  if (m === undefined) return undefined;
  // "may"/"march" as verbs and short forms need a capital in written text or a day right after.
  return m;
}

/** A day of month at token i: "12th", "12", "twelfth", "twenty second", "twenty-first". Returns tokens used. */
function dayAt(ctx: Ctx, i: number, allowCardinal: boolean): { len: number; ordinal: boolean } | undefined {
  const t = ctx.toks[i];
  if (!t || !ctx.free(i)) return undefined;
  const w = t.low;
  const dm = /^(\d{1,2})(st|nd|rd|th)?$/.exec(w);
  if (dm) {
    const d = Number(dm[1]);
    if (d >= 1 && d <= 31) return { len: 1, ordinal: dm[2] !== undefined };
    return undefined;
  }
  if (w in ORDINAL_WORDS) return { len: 1, ordinal: true };
  if (w.includes('-')) {
    const parts = w.split('-');
    if (parts.length === 2 && (parts[0] === 'twenty' || parts[0] === 'thirty') && parts[1]! in ORDINAL_UNITS) return { len: 1, ordinal: true };
  }
  if ((w === 'twenty' || w === 'thirty') && ctx.free(i + 1) && ctx.low(i + 1) in ORDINAL_UNITS && !ctx.breakAfter(i)) {
    if (w === 'thirty' && ORDINAL_UNITS[ctx.low(i + 1)]! > 1) return undefined;
    return { len: 2, ordinal: true };
  }
  if (allowCardinal) {
    if (w in TENS && w !== 'twenty' && w !== 'thirty') return undefined;
    const a = numberAtoms(t);
    if (!a) return undefined;
    const chunks = parseChunks(collectAtoms(ctx, i, 2));
    const c = chunks[0];
    if (c && c.kind !== 'letter' && c.value >= 1 && c.value <= 31 && c.kind !== 'hundreds' && c.kind !== 'thousands') {
      const lastTok = collectAtoms(ctx, i, 2)[c.to]!.tok;
      return { len: lastTok - i + 1, ordinal: false };
    }
  }
  return undefined;
}

function collectAtoms(ctx: Ctx, i: number, maxTokens: number): Atom[] {
  const atoms: Atom[] = [];
  for (let j = i; j < ctx.toks.length && j < i + maxTokens; j++) {
    if (!ctx.free(j)) break;
    const a = numberAtoms(ctx.toks[j]!);
    if (!a) break;
    for (const w of a) atoms.push({ w, tok: j });
    if (ctx.breakAfter(j)) break;
  }
  return atoms;
}

/** A year starting at token i (written "1986", "'86" or spoken); returns the number of tokens. */
function yearTokensAt(ctx: Ctx, i: number): number {
  const t = ctx.toks[i];
  if (!t || !ctx.free(i)) return 0;
  // The tokenizer strips a leading apostrophe from the core ("'52" -> "52"), so look at the raw token.
  if (/^(19|20)\d\d$/.test(t.low) || /^['’]\d\d$/.test(ctx.text.slice(t.start, t.ce))) return 1;
  if (!isNumTok(t)) return 0;
  const atoms = collectAtoms(ctx, i, 6);
  const chunks = parseChunks(atoms);
  const y = yearAt(chunks, 0);
  if (!y) return 0;
  const last = chunks[y.len - 1]!;
  const endTok = atoms[last.to]!.tok;
  // "... nineteen seventy seven six three four two five one one eight oh": when the year's last digit word and
  // the nine digit words after it make a ten-digit phone number, the year ends one word earlier.
  if (!ctx.written && endTok > i && SINGLE_DIGITS.has(ctx.low(endTok)) && TENS_WORDS.has(ctx.low(endTok - 1)) && digitWordsAfter(ctx, endTok + 1) === 9) return endTok - i;
  return endTok - i + 1;
}

const SINGLE_DIGITS = new Set(['zero', 'oh', 'o', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']);
const TENS_WORDS = new Set(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);

/** How many single digit words follow from token k, one per word, in one sentence. */
function digitWordsAfter(ctx: Ctx, k: number): number {
  let n = 0;
  while (k + n < ctx.toks.length && ctx.free(k + n) && SINGLE_DIGITS.has(ctx.low(k + n))) {
    if (ctx.breakAfter(k + n)) return n + 1;
    n++;
  }
  return n;
}

/** A two-digit year after a birth date ("january fifth forty eight", "Jan 5 '48"); returns tokens used. */
function shortYearTokensAt(ctx: Ctx, i: number): number {
  const t = ctx.toks[i];
  if (!t || !ctx.free(i)) return 0;
  if (/^'?\d\d$/.test(ctx.text.slice(t.start, t.ce))) return 1;
  if (!isNumTok(t)) return 0;
  const atoms = collectAtoms(ctx, i, 3);
  const chunks = parseChunks(atoms);
  const y = twoDigitAt(chunks, 0);
  if (!y || (y.kind === 'digit' && y.len === 1) || y.len !== chunks.length) return 0;
  return atoms[chunks[y.len - 1]!.to]!.tok - i + 1;
}

/** A birth cue shortly before token i ("born", "date of birth", "d o b"). */
function birthCue(ctx: Ctx, i: number): boolean {
  return DATE_STRONG.some((c) => cueWord(ctx, i, c)) || spelledDob(ctx, i);
}

function skipComma(ctx: Ctx, i: number): number {
  return i;
}

/** Extends a date span left over "Tuesday," / "the" and right over a trailing year. */
function claimDate(ctx: Ctx, from: number, to: number, allowYear: boolean): void {
  let end = to;
  if (allowYear && !ctx.breakAfter(end)) {
    const n = yearTokensAt(ctx, end + 1) || (birthCue(ctx, from) ? shortYearTokensAt(ctx, end + 1) : 0);
    if (n) end += n;
  }
  let start = from;
  if (start > 0 && WEEKDAYS.has(ctx.toks[start - 1]!.base) && ctx.free(start - 1) && !ctx.breakAfter(start - 1)) start--;
  ctx.claim(start, end, 'DATE');
}

const NUMERIC_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/;
const ISO_DATE = /^(19|20)\d\d-(\d{1,2})-(\d{1,2})$/;
const SHORT_DATE = /^(\d{1,2})\/(\d{1,2})$/;

export function detectDates(ctx: Ctx): void {
  const { toks } = ctx;
  for (let i = 0; i < toks.length; i++) {
    if (!ctx.free(i)) continue;
    const t = toks[i]!;
    // Written numeric dates.
    const nm = NUMERIC_DATE.exec(t.core);
    if (nm) {
      const a = Number(nm[1]);
      const b = Number(nm[2]);
      const sep = t.core.replace(/\d/g, '');
      const plausible = (a >= 1 && a <= 12 && b >= 1 && b <= 31) || (b >= 1 && b <= 12 && a >= 1 && a <= 31);
      // "6-14-1509" style dashes with a 4-digit tail could be an SSN fragment; require a year-like tail.
      const yearOk = nm[3]!.length === 2 || /^(19|20)/.test(nm[3]!);
      if (plausible && yearOk && sep[0] === sep[1]) { ctx.claim(i, i, 'DATE'); continue; }
    }
    if (ISO_DATE.test(t.core)) { ctx.claim(i, i, 'DATE'); continue; }
    // Card expiry "exp. 09/28", "expires 9/2028".
    if (/^(0?[1-9]|1[0-2])[/-](\d\d|(19|20)\d\d)$/.test(t.core) && expiryCue(ctx, i)) {
      ctx.claim(i, i, 'DATE');
      continue;
    }
    const sm = SHORT_DATE.exec(t.core);
    if (sm && Number(sm[1]) >= 1 && Number(sm[1]) <= 12 && Number(sm[2]) >= 1 && Number(sm[2]) <= 31 && hasCue(ctx, i)) {
      ctx.claim(i, i, 'DATE');
      continue;
    }
    // Month first: "June 5th, 2026", "march twenty second nineteen seventy four", "March 2020".
    const month = monthAt(ctx, i);
    if (month !== undefined) {
      const written = t.cap;
      const ambiguous = AMBIGUOUS_MONTHS.has(t.base) || (t.base.length <= 4 && t.base !== 'june' && t.base !== 'july');
      let j = i + 1;
      if (ctx.low(j) === 'the' && ctx.free(j) && !ctx.breakAfter(i)) j++;
      const day = !ctx.breakAfter(i) ? dayAt(ctx, j, !ambiguous || written) : undefined;
      if (day && (day.ordinal || !ambiguous || written || yearTokensAt(ctx, j + day.len) > 0)) {
        claimDate(ctx, i, j + day.len - 1, true);
        continue;
      }
      // "March 2020", "born in march of nineteen fifty": an ambiguous month word needs a date cue before it.
      if (!ctx.breakAfter(i) && (written || !ambiguous || hasCue(ctx, i))) {
        const of = ctx.low(i + 1) === 'of' && ctx.free(i + 1) ? 1 : 0;
        const n = yearTokensAt(ctx, i + 1 + of);
        if (n) { claimDate(ctx, i, i + of + n, false); continue; }
      }
    }
    // Day first: "the 7th of June", "the twenty sixth of december twenty twenty five", "7 June 2025".
    const dayFirst = dayAt(ctx, i, false) ?? (/^\d{1,2}$/.test(t.low) ? { len: 1, ordinal: false } : undefined);
    if (dayFirst) {
      let j = i + dayFirst.len;
      const ofUsed = ctx.low(j) === 'of' && ctx.free(j);
      if (ofUsed) j++;
      if ((ofUsed || dayFirst.ordinal || toks[j]?.cap) && MONTHS[ctx.toks[j]?.base ?? ''] !== undefined && ctx.free(j)
        && (dayFirst.ordinal || ofUsed || /^\d/.test(t.low))) {
        const from = i > 0 && ctx.low(i - 1) === 'the' && ctx.free(i - 1) ? i - 1 : i;
        claimDate(ctx, from, j, true);
        continue;
      }
    }
    // "the 30th of the 1st, '78" after a birth cue: the month given as an ordinal number.
    if (dayFirst?.ordinal && ctx.low(i + dayFirst.len) === 'of' && ctx.low(i + dayFirst.len + 1) === 'the' && birthCue(ctx, i)) {
      const k = i + dayFirst.len + 2;
      const mo = dayAt(ctx, k, false);
      const moVal = mo?.ordinal ? ordinalValue(ctx, k, mo.len) : 0;
      if (mo && moVal >= 1 && moVal <= 12) {
        const from = i > 0 && ctx.low(i - 1) === 'the' && ctx.free(i - 1) ? i - 1 : i;
        let end = k + mo.len - 1;
        if (!ctx.breakAfter(end)) end += yearTokensAt(ctx, end + 1) || shortYearTokensAt(ctx, end + 1);
        ctx.claim(from, end, 'DATE');
        i = end;
        continue;
      }
    }
    // A spoken cardinal day before a month: "fourteen june nineteen fifty eight", "on three march".
    if (isNumTok(t) && !isNumTok(toks[i - 1]) && !ctx.breakAfter(i)) {
      const d = dayAt(ctx, i, true);
      const mIdx = d ? i + d.len : -1;
      const mTok = toks[mIdx];
      if (d && mTok && ctx.free(mIdx) && MONTHS[mTok.base] !== undefined && !ctx.breakAfter(mIdx - 1)
        && (yearTokensAt(ctx, mIdx + 1) > 0 || (!AMBIGUOUS_MONTHS.has(mTok.base) && mTok.base.length > 3 && hasCue(ctx, i)))) {
        claimDate(ctx, i, mIdx, true);
        i = mIdx;
        continue;
      }
    }
    // A birth year said on its own: "born in 1947", "born in nineteen forty seven".
    if ((ctx.low(i - 1) === 'born' && ctx.free(i - 1)) || (ctx.low(i - 1) === 'in' && (ctx.low(i - 2) === 'born' || (ctx.low(i - 2) === 'year' && ctx.low(i - 3) === 'birth') || bornEarlier(ctx, i - 1)))) {
      const n = yearTokensAt(ctx, i);
      if (n) { ctx.claim(i, i + n - 1, 'DATE'); i += n - 1; continue; }
    }
    // Written digits apart after a birth cue: "date of birth 4 18 67".
    if (/^\d{1,2}$/.test(t.core) && !t.commaAfter && /^\d{1,2}$/.test(toks[i + 1]?.core ?? '') && /^(\d\d|(19|20)\d\d)$/.test(toks[i + 2]?.core ?? '')
      && !ctx.breakAfter(i) && !ctx.breakAfter(i + 1) && ctx.freeRange(i, i + 2) && birthCue(ctx, i)) {
      const a = Number(t.core);
      const b = Number(toks[i + 1]!.core);
      if ((a >= 1 && a <= 12 && b >= 1 && b <= 31) || (b >= 1 && b <= 12 && a >= 1 && a <= 31)) {
        ctx.claim(i, i + 2, 'DATE');
        i += 2;
        continue;
      }
    }
    // A day of the month alone: "seen on the 21st", "Monday the 14th", "the twelfth". Only after
    // "the" with a date cue or weekday before it, and not before a noun ("the fourth time").
    if (ctx.low(i) === 'the' && !ctx.breakAfter(i)) {
      const day = dayAt(ctx, i + 1, false);
      if (day && day.ordinal) {
        const after = i + 1 + day.len;
        const nextWord = toks[after];
        const prevI = i > 0 && !ctx.breakAfter(i - 1) ? i - 1 : -1;
        const prev = prevI >= 0 ? toks[prevI]! : undefined;
        const weekday = prev !== undefined && WEEKDAYS.has(prev.base) && ctx.free(prevI);
        // "the 18th or the 19th": a day joined to a date just found is a date too.
        const joined = prev !== undefined && (prev.low === 'or' || prev.low === 'and' || prev.low === 'to')
          && prevI > 0 && ctx.owner[prevI - 1] === 'DATE';
        const cue = prev !== undefined && (DAY_CUES.has(prev.base) || weekday || joined);
        // "the 17th of last month": the month is named by a relative phrase.
        const ofMonth = nextWord?.low === 'of' && RELATIVE.has(ctx.low(after + 1)) && ctx.toks[after + 2]?.base === 'month';
        // The day ends the phrase, or a word follows that cannot be counted ("on the sixth, call me" but not
        // "the third time"); after "on", "since" and the like anything but a counted noun will do.
        const endsHere = ctx.breakAfter(after - 1) || toks[after - 1]!.commaAfter || !nextWord
          || DAY_FOLLOWERS.has(nextWord.low) || (isNumTok(nextWord) && !COUNTED_NOUNS.has(nextWord.base) && !COUNTED_NOUNS.has(toks[after + 1]?.base ?? ''))
          || (!COUNTED_NOUNS.has(nextWord.base) && prev !== undefined && (STRONG_DAY_CUES.has(prev.base) || weekday || joined
            || BIRTH_DAY_CUES.has(prev.base) || (EVENT_LINKS.has(prev.base) && eventCue(ctx, prevI)))) || ofMonth;
        if (endsHere && cue && ctx.free(i)) {
          const last = after - 1;
          ctx.claim(weekday ? prevI : i, last, 'DATE');
          i = last;
          continue;
        }
      }
    }
    // Spoken numeric dates: "nine fifteen nineteen eighty six", "oh three fourteen fifty", "zero three one
    // four one nine five two" (month day year), "surgery on eleven three", "expiration oh nine twenty eight".
    if (isNumTok(t) && !isNumTok(toks[i - 1])) {
      const last = spokenNumericDate(ctx, i);
      if (last >= 0) {
        ctx.claim(i, last, 'DATE');
        i = last;
        continue;
      }
    }
    void skipComma;
  }
}

const DATE_STRONG = ['birth', 'born', 'dob', 'birthday'];
/** "my birthday's the 29th", "she's due the 14th": the day right after them is a date. */
const BIRTH_DAY_CUES = new Set(['birthday', 'born', 'dob', 'due']);
/** "my visit for the 21st", "the surgery is the 3rd": a link word after an event. */
const EVENT_LINKS = new Set(['for', 'is', 'was', 'from', 'to']);
const RELATIVE = new Set(['last', 'this', 'next', 'that']);
/** Words right before "the 21st" that make it a date. */
const DAY_CUES = new Set(['on', 'for', 'since', 'until', 'till', 'by', 'before', 'after', 'from', 'to', 'through', 'thru',
  'yesterday', 'today', 'tomorrow', 'date', 'appointment', 'appt', 'scheduled', 'rescheduled', 'booked', 'was', 'is',
  'free', 'than', 'available', 'around', 'between', 'in', 'birthday', 'born', 'dob', 'due']);
/** Cues after which "the <ordinal>" is a day of the month unless a counted noun follows. */
const STRONG_DAY_CUES = new Set(['on', 'since', 'until', 'till', 'before', 'after', 'through', 'thru', 'yesterday', 'today',
  'tomorrow', 'appointment', 'appt', 'scheduled', 'rescheduled', 'booked', 'than']);
/** Nouns counted by an ordinal ("the third time", "the second floor"): then the ordinal is no date. */
const COUNTED_NOUNS = new Set(['time', 'times', 'floor', 'grade', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year',
  'years', 'dose', 'doses', 'visit', 'visits', 'one', 'ones', 'person', 'patient', 'child', 'kid', 'baby', 'pill', 'pills', 'shot',
  'shots', 'injection', 'round', 'cycle', 'try', 'attempt', 'place', 'row', 'line', 'page', 'option', 'step', 'level', 'street',
  'avenue', 'st', 'ave', 'room', 'door', 'house', 'building', 'bed', 'session', 'treatment', 'infusion', 'test', 'message',
  'voicemail', 'trimester', 'opinion', 'half', 'quarter', 'stage', 'degree', 'shift', 'refill', 'bottle', 'box', 'item',
  'thing', 'question', 'problem', 'issue', 'reason', 'surgery', 'procedure', 'appointment', 'daughter', 'son', 'child',
  'shelf', 'drawer', 'cabinet', 'aisle', 'window', 'desk', 'counter', 'stop', 'exit', 'entrance', 'hall', 'wing', 'ward', 'unit',
  'of']);
/** Words that may follow a bare day of the month: the date ends there ("on the 4th and ...", "the 6th at 2"). */
const DAY_FOLLOWERS = new Set(['and', 'at', 'but', 'so', 'or', 'i', "i'm", "i'd", 'he', 'she', 'we', 'they', 'please', 'thanks',
  'thank', 'by', 'in', 'if', 'because', 'then', 'which', 'when', 'to', 'through', 'thru', 'instead', 'with', 'is', 'was',
  'my', 'his', 'her', 'our', 'their', 'your', 'um', 'uh', 'hmm', 'okay', 'ok', 'anyway', 'bye', 'you', 'can', 'could', 'will']);
/** The value of an ordinal day at token i spanning len tokens ("1st", "first", "twenty first"). */
function ordinalValue(ctx: Ctx, i: number, len: number): number {
  const w = ctx.low(i);
  const dm = /^(\d{1,2})(st|nd|rd|th)$/.exec(w);
  if (dm) return Number(dm[1]);
  if (len === 1 && w in ORDINAL_WORDS) return ORDINAL_WORDS[w]!;
  return 0;
}

function cueWord(ctx: Ctx, i: number, w: string): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 5; j--) {
    if (ctx.breakAfter(j)) return false;
    if (ctx.toks[j]!.base === w) return true;
  }
  return false;
}

const TWO_DIGIT_KINDS = new Set<ChunkKind>(['digit', 'teen', 'tens', 'compound']);
const EXPIRY_CUES = ['expiration', 'expires', 'expiry', 'exp', 'expiring', 'expired'];
const TIME_AFTER = new Set(['am', 'pm', 'a.m', 'p.m', "o'clock", 'oclock', 'tonight', 'sharp']);

/** "exp." / "expires" / "expiration date" shortly before token i (an abbreviation's dot is no sentence end here). */
function expiryCue(ctx: Ctx, i: number): boolean {
  return EXPIRY_CUES.includes(ctx.toks[i - 1]?.base ?? '') || EXPIRY_CUES.some((c) => cueWord(ctx, i, c));
}

/** "d o b" spelled out in the few words before token i. */
function spelledDob(ctx: Ctx, i: number): boolean {
  for (let j = i - 1; j >= 2 && j >= i - 4; j--) {
    if (ctx.low(j) === 'b' && ctx.low(j - 1) === 'o' && ctx.low(j - 2) === 'd') return true;
  }
  return false;
}

/** A one- or two-digit number at chunk k: "seven", "fourteen", "twenty two", "oh three" (len in chunks). */
function twoDigitAt(chunks: Chunk[], k: number): { value: number; len: number; kind: ChunkKind } | undefined {
  const a = chunks[k];
  if (!a) return undefined;
  if (a.kind === 'digit' && a.digits === '0') {
    const b = chunks[k + 1];
    if (b && b.kind === 'digit' && b.digits.length === 1 && b.value >= 1) return { value: b.value, len: 2, kind: 'digit' };
    return undefined;
  }
  if (TWO_DIGIT_KINDS.has(a.kind) && a.digits.length <= 2) return { value: a.value, len: 1, kind: a.kind };
  return undefined;
}

/** Index of the last token of a spoken numeric date starting at token i, or -1. */
function spokenNumericDate(ctx: Ctx, i: number): number {
  const atoms = collectAtoms(ctx, i, 12);
  const chunks = parseChunks(atoms);
  if (chunks.length < 2) return -1;
  const lastTok = (used: number): number => atoms[chunks[used - 1]!.to]!.tok;
  const birth = DATE_STRONG.some((c) => cueWord(ctx, i, c)) || spelledDob(ctx, i);
  const expiry = expiryCue(ctx, i);
  const timeAfter = (used: number): boolean => TIME_AFTER.has(ctx.low(lastTok(used) + 1));
  // Digits read one by one after a birth cue: "zero three one four one nine five two" (MMDDYYYY or MMDDYY).
  // Also mixed with pairs: "oh nine one one forty seven" (09 11 47).
  if (birth && chunks.every((c) => TWO_DIGIT_KINDS.has(c.kind) && c.digits.length <= 2)) {
    const d = chunks.map((c) => c.digits).join('');
    const mm = Number(d.slice(0, 2));
    const dd = Number(d.slice(2, 4));
    const yearOk = d.length === 6 || (d.length === 8 && /^(19|20)/.test(d.slice(4)));
    if (yearOk && mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31) return lastTok(chunks.length);
  }
  const m = twoDigitAt(chunks, 0);
  if (!m || m.value < 1 || m.value > 12 || m.kind === 'tens' || m.kind === 'compound') return -1;
  // Card expiry: "expiration oh nine twenty eight", "expires twelve twenty six".
  if (expiry) {
    const y = yearAt(chunks, m.len);
    const y2 = twoDigitAt(chunks, m.len);
    const used = y ? m.len + y.len : y2 ? m.len + y2.len : 0;
    if (used === chunks.length) return lastTok(used);
  }
  const d = twoDigitAt(chunks, m.len);
  if (!d || d.value < 1 || d.value > 31) return -1;
  const k = m.len + d.len;
  let y: { len: number } | undefined = yearAt(chunks, k);
  // "five twenty two fifty six" after a birth cue: a two-digit year, as people say birthdays.
  if (!y && birth) {
    const y2 = twoDigitAt(chunks, k);
    if (y2 && (y2.kind !== 'digit' || y2.len === 2) && k + y2.len === chunks.length) y = { len: y2.len };
  }
  const used = y ? k + y.len : k;
  const wholeRun = used === chunks.length;
  if (timeAfter(used)) return -1;
  if (y && (wholeRun || hasCue(ctx, i))) return lastTok(used);
  if (!y && wholeRun && (birth || (ctx.low(i - 1) === 'on' && (eventCue(ctx, i - 1) || spelledBefore(ctx, i - 1))))) return lastTok(used);
  return -1;
}

/** A date cue other than "on" shortly before token i ("had her surgery on ..."). */
function eventCue(ctx: Ctx, i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 8; j--) {
    if (ctx.breakAfter(j)) return false;
    const w = ctx.toks[j]!.base;
    if (w !== 'on' && (DATE_CUES.has(w) || EVENT_WORDS.has(w))) return true;
  }
  return false;
}

/** "born on the 9th of November, in 1947": "born" earlier in the same sentence, before a date found there. */
function bornEarlier(ctx: Ctx, i: number): boolean {
  // The day and month end right before "in" ("... of November, in 1947"); "born May 2nd ... back in 2012" is another year.
  if (ctx.owner[i - 1] !== 'DATE' || ctx.breakAfter(i - 1)) return false;
  for (let j = i - 1; j >= 0 && j >= i - 10; j--) {
    if (ctx.breakAfter(j)) return false;
    if (ctx.toks[j]!.base === 'born' || ctx.toks[j]!.base === 'birth') return true;
  }
  return false;
}

/** "my e g d on eleven fourteen": a procedure named by spelled letters right before "on". */
function spelledBefore(ctx: Ctx, i: number): boolean {
  let n = 0;
  while (n < 4 && /^[a-z]$/.test(ctx.low(i - 1 - n)) && ctx.low(i - 1 - n) !== 'a' && ctx.low(i - 1 - n) !== 'i') n++;
  return n >= 2;
}

/** Things that happen on a day ("her knee replaced on ...", "the biopsy on ..."). */
const EVENT_WORDS = new Set(['replaced', 'operated', 'operation', 'biopsy', 'scan', 'mri', 'test', 'tests', 'labs', 'bloodwork',
  'colonoscopy', 'delivered', 'delivery', 'fell', 'fall', 'injured', 'started', 'stopped', 'hospitalized', 'released',
  'vaccine', 'shot', 'infusion', 'treatment', 'confirm', 'confirming', 'consult', 'consultation', 'exam', 'physical', 'checkup', 'follow-up', 'followup']);
