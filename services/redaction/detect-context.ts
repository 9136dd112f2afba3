/** Shared state of one detection run: tokens, which token belongs to which detection, helpers. */
import type { PhiSpan, PhiType } from './types.ts';
import { tokenize, type Token } from './tokens.ts';
import { isNumberWord, type Atom } from './numbers.ts';
import { LETTER_NAMES } from './lexicon.ts';

export interface Entity {
  from: number;
  to: number;
  type: PhiType;
}

export class Ctx {
  readonly toks: Token[];
  readonly owner: (PhiType | null)[];
  readonly entities: Entity[] = [];
  /** Written form (cloud engines: case, punctuation) vs spoken form (lower case, no punctuation). */
  readonly written: boolean;

  constructor(readonly text: string) {
    this.toks = tokenize(text);
    this.written = /[A-Z]/.test(text);
    this.owner = new Array<PhiType | null>(this.toks.length).fill(null);
  }

  free(i: number): boolean {
    return i >= 0 && i < this.toks.length && this.owner[i] === null;
  }

  freeRange(from: number, to: number): boolean {
    for (let i = from; i <= to; i++) if (!this.free(i)) return false;
    return true;
  }

  claim(from: number, to: number, type: PhiType): boolean {
    if (from > to || !this.freeRange(from, to)) return false;
    for (let i = from; i <= to; i++) this.owner[i] = type;
    this.entities.push({ from, to, type });
    return true;
  }

  low(i: number): string {
    return this.toks[i]?.low ?? '';
  }

  /**
   * Whether any token's lower-case form is in `set`. Rules that look for rare words ("colonia", "holler", "arroba")
   * ask first, so the many messages without them skip the scan.
   */
  hasAny(set: ReadonlySet<string>): boolean {
    this.words ??= new Set(this.toks.map((t) => t.low));
    for (const w of set) if (this.words.has(w)) return true;
    return false;
  }

  private words: Set<string> | undefined;

  /** True when a sentence boundary separates token i from token i+1. */
  breakAfter(i: number): boolean {
    const t = this.toks[i];
    return t === undefined || t.boundaryAfter;
  }

  spans(): PhiSpan[] {
    const out: PhiSpan[] = [];
    for (const e of this.entities) {
      const a = this.toks[e.from]!;
      const b = this.toks[e.to]!;
      let start = a.cs;
      let end = b.ce;
      // A bracketed area code belongs to the number: "(312) 555-0100".
      if (e.type === 'PHONE' && this.text[start - 1] === '(') start--;
      // "+1 514 555 0166": the country code belongs to the number.
      if (e.type === 'PHONE' && /\+1[ -]$/.test(this.text.slice(Math.max(0, start - 3), start))) start -= 3;
      if (e.type === 'PHONE' && this.text[end] === ')' && this.text.lastIndexOf('(', end) >= start) end++;
      out.push({ start, end, type: e.type });
    }
    out.sort((x, y) => x.start - y.start);
    return out;
  }
}

/** Number-word atoms of a token ("twenty-two" -> twenty, two), or undefined if it is not one. */
export function numberAtoms(t: Token): string[] | undefined {
  if (t.num === undefined) {
    const w = t.low;
    t.num = null;
    if (isNumberWord(w)) t.num = [w];
    else if (w.includes('-')) {
      const parts = w.split('-');
      // "double-five-five": a repeat word inside a hyphenated group of digits.
      const repeatOk = (p: string, k: number): boolean => (p === 'double' || p === 'triple') && k < parts.length - 1 && isNumberWord(parts[k + 1]!);
      if (parts.every((p, k) => isNumberWord(p) || repeatOk(p, k))) t.num = parts;
    }
  }
  return t.num ?? undefined;
}

export function isNumTok(t: Token | undefined): boolean {
  return t !== undefined && numberAtoms(t) !== undefined;
}

/** A written group of digits, possibly with letters and separators: "922-8730", "MR834662", "#12". */
export function isDigitTok(t: Token | undefined): boolean {
  if (t === undefined) return false;
  const c = t.core.replace(/^#/, '').replace(/[()]/g, '');
  return /\d/.test(c) && /^[A-Za-z0-9]+(?:[-./][A-Za-z0-9]+)*$/.test(c);
}

export function letterOf(t: Token | undefined): string | undefined {
  if (t === undefined) return undefined;
  if (/^[a-z]$/.test(t.low)) return t.low.toUpperCase();
  return LETTER_NAMES[t.low];
}

/** Atoms of a token inside a number run: number words, a spelled letter, or written digits/letters. */
export function atomsOf(t: Token): Atom[] {
  const n = numberAtoms(t);
  if (n) return n.map((w) => ({ w, tok: t.i }));
  const l = letterOf(t);
  if (l) return [{ w: l.toLowerCase(), tok: t.i }];
  if (t.low === 'double' || t.low === 'triple' || t.low === 'and') return [{ w: t.low, tok: t.i }];
  const out: Atom[] = [];
  for (const m of t.core.matchAll(/\d+|[A-Za-z]+/g)) {
    const s = m[0];
    if (/^\d+$/.test(s)) out.push({ w: s, tok: t.i });
    else for (const ch of s.toUpperCase()) out.push({ w: ch, tok: t.i });
  }
  return out;
}

/**
 * How many tokens a spelled letter at i takes: 1 for "p", 4 for "p as in paul" (a spelling aid), 0 when
 * token i is no letter.
 */
export function letterSpan(ctx: Ctx, i: number): number {
  const t = ctx.toks[i];
  if (!t || (letterOf(t) === undefined && t.low !== 'o')) return 0;
  const w = ctx.toks[i + 3];
  if (ctx.low(i + 1) === 'as' && ctx.low(i + 2) === 'in' && w && /^\p{L}{2,}$/u.test(w.core)
    && !ctx.breakAfter(i) && !ctx.breakAfter(i + 1) && !ctx.breakAfter(i + 2) && ctx.freeRange(i, i + 3)) return 4;
  return 1;
}

/** True when token j is the word of a spelling aid ("paul" in "p as in paul"). */
export function spellingAidWord(ctx: Ctx, j: number): boolean {
  return j >= 3 && ctx.low(j - 1) === 'in' && ctx.low(j - 2) === 'as' && letterOf(ctx.toks[j - 3]) !== undefined;
}
