/**
 * Dates tied to a person, written ("June 5, 2026", "6/7/2025", "the 7th of June") or spoken
 * ("june twentieth nineteen sixty five", "nine fifteen nineteen eighty six"). A weekday or a year
 * alone is not a date here: HIPAA Safe Harbor keeps years.
 */
import { type Ctx, numberAtoms, isNumTok } from './detect-context.ts';
import { MONTHS, ORDINAL_UNITS, ORDINAL_WORDS, TENS, WEEKDAYS } from './lexicon.ts';
import { parseChunks, yearAt, type Atom } from './numbers.ts';

const DATE_CUES = new Set(['birth', 'born', 'dob', 'birthday', 'appointment', 'appt', 'visit', 'admitted', 'admission',
  'discharged', 'discharge', 'seen', 'surgery', 'procedure', 'scheduled', 'reschedule', 'on', 'since', 'date']);
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
  const parts = w.split('-');
  if (parts.length === 2 && (parts[0] === 'twenty' || parts[0] === 'thirty') && parts[1]! in ORDINAL_UNITS) return { len: 1, ordinal: true };
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
  if (/^(19|20)\d\d$/.test(t.low) || /^'\d\d$/.test(t.core)) return 1;
  if (!isNumTok(t)) return 0;
  const atoms = collectAtoms(ctx, i, 6);
  const chunks = parseChunks(atoms);
  const y = yearAt(chunks, 0);
  if (!y) return 0;
  const last = chunks[y.len - 1]!;
  return atoms[last.to]!.tok - i + 1;
}

function skipComma(ctx: Ctx, i: number): number {
  return i;
}

/** Extends a date span left over "Tuesday," / "the" and right over a trailing year. */
function claimDate(ctx: Ctx, from: number, to: number, allowYear: boolean): void {
  let end = to;
  if (allowYear && !ctx.breakAfter(end)) {
    const n = yearTokensAt(ctx, end + 1);
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
      if (!ctx.breakAfter(i) && (written || !ambiguous)) {
        const n = yearTokensAt(ctx, i + 1);
        if (n) { claimDate(ctx, i, i + n, false); continue; }
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
    // A day of the month alone: "seen on the 21st", "Monday the 14th", "the twelfth". Only after
    // "the" with a date cue or weekday before it, and not before a noun ("the fourth time").
    if (ctx.low(i) === 'the' && !ctx.breakAfter(i)) {
      const day = dayAt(ctx, i + 1, false);
      if (day && day.ordinal) {
        const after = i + 1 + day.len;
        const nextWord = toks[after];
        const endsHere = ctx.breakAfter(after - 1) || toks[after - 1]!.commaAfter || !nextWord
          || DAY_FOLLOWERS.has(nextWord.low) || isNumTok(nextWord);
        const prevI = i > 0 && !ctx.breakAfter(i - 1) ? i - 1 : -1;
        const prev = prevI >= 0 ? toks[prevI]! : undefined;
        const weekday = prev !== undefined && WEEKDAYS.has(prev.base) && ctx.free(prevI);
        const cue = prev !== undefined && (DAY_CUES.has(prev.base) || weekday);
        if (endsHere && cue && ctx.free(i)) {
          const last = after - 1;
          ctx.claim(weekday ? prevI : i, last, 'DATE');
          i = last;
          continue;
        }
      }
    }
    // Spoken numeric dates: "nine fifteen nineteen eighty six" (month day year).
    if (isNumTok(t) && !isNumTok(toks[i - 1])) {
      const atoms = collectAtoms(ctx, i, 12);
      const chunks = parseChunks(atoms);
      const m = chunks[0];
      const d = chunks[1];
      if (m && d && (m.kind === 'digit' || m.kind === 'teen') && m.value >= 1 && m.value <= 12
        && ['digit', 'teen', 'tens', 'compound'].includes(d.kind) && d.value >= 1 && d.value <= 31) {
        let y = yearAt(chunks, 2);
        // "five twenty two fifty six" after a birth cue: a two-digit year, as people say birthdays.
        const y2 = chunks[2];
        if (!y && y2 && ['teen', 'tens', 'compound'].includes(y2.kind) && y2.value >= 10 && chunks.length === 3
          && DATE_STRONG.some((c) => cueWord(ctx, i, c))) y = { year: y2.value, len: 1 };
        const usedChunks = y ? 2 + y.len : 2;
        const wholeRun = usedChunks === chunks.length;
        if ((y && (wholeRun || hasCue(ctx, i))) || (!y && wholeRun && hasCue(ctx, i) && DATE_STRONG.some((c) => cueWord(ctx, i, c)))) {
          const last = atoms[chunks[usedChunks - 1]!.to]!.tok;
          ctx.claim(i, last, 'DATE');
          continue;
        }
      }
    }
    void skipComma;
  }
}

const DATE_STRONG = ['birth', 'born', 'dob', 'birthday'];
/** Words right before "the 21st" that make it a date. */
const DAY_CUES = new Set(['on', 'for', 'since', 'until', 'till', 'by', 'before', 'after', 'from', 'to', 'through', 'thru',
  'yesterday', 'today', 'tomorrow', 'date', 'appointment', 'appt', 'scheduled', 'rescheduled', 'booked', 'was', 'is']);
/** Words that may follow a bare day of the month: the date ends there ("on the 4th and ...", "the 6th at 2"). */
const DAY_FOLLOWERS = new Set(['and', 'at', 'but', 'so', 'or', 'i', "i'm", "i'd", 'he', 'she', 'we', 'they', 'please', 'thanks',
  'thank', 'by', 'in', 'if', 'because', 'then', 'which', 'when', 'to', 'through', 'thru', 'instead', 'with', 'is', 'was',
  'my', 'his', 'her', 'our', 'their', 'your', 'um', 'uh', 'hmm', 'okay', 'ok', 'anyway', 'bye', 'you', 'can', 'could', 'will']);
function cueWord(ctx: Ctx, i: number, w: string): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 5; j--) {
    if (ctx.breakAfter(j)) return false;
    if (ctx.toks[j]!.base === w) return true;
  }
  return false;
}
