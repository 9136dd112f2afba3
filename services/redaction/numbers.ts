/**
 * A grammar for numbers spoken as words ("fifty one forty seven", "nine hundred twenty seven",
 * "twenty oh four", "two thousand four", "double five") as speech recognisers write them.
 */
import { TEENS, TENS, UNITS } from './lexicon.ts';

export type ChunkKind = 'digit' | 'teen' | 'tens' | 'compound' | 'hundreds' | 'thousands' | 'letter' | 'written';

/** One spoken cardinal ("fifty one") or digit ("oh"), or a written digit group, or a spelled letter. */
export interface Chunk {
  kind: ChunkKind;
  value: number;
  /** Digits (or an upper-case letter) this chunk contributes to the number read out. */
  digits: string;
  /** First and last atom index (inclusive). */
  from: number;
  to: number;
}

export interface Atom {
  w: string;
  tok: number;
}

const NUMBER_WORDS = new Set([...Object.keys(UNITS), ...Object.keys(TEENS), ...Object.keys(TENS), 'hundred', 'thousand']);

export function isNumberWord(w: string): boolean {
  return NUMBER_WORDS.has(w);
}

function unitOf(w: string | undefined): number | undefined {
  if (w === undefined || !(w in UNITS)) return undefined;
  return UNITS[w];
}

/** Parses a value below 100 starting at atoms[i]: "seven", "fourteen", "sixty", "sixty two". */
function below100(atoms: Atom[], i: number): { value: number; next: number; kind: ChunkKind } | undefined {
  const w = atoms[i]?.w;
  if (w === undefined) return undefined;
  if (w in TEENS) return { value: TEENS[w]!, next: i + 1, kind: 'teen' };
  if (w in TENS) {
    const u = unitOf(atoms[i + 1]?.w);
    const nw = atoms[i + 1]?.w;
    if (u !== undefined && u > 0 && nw !== 'oh' && nw !== 'o') return { value: TENS[w]! + u, next: i + 2, kind: 'compound' };
    return { value: TENS[w]!, next: i + 1, kind: 'tens' };
  }
  const u = unitOf(w);
  if (u !== undefined && w !== 'oh' && w !== 'o') return { value: u, next: i + 1, kind: 'digit' };
  return undefined;
}

function skipAnd(atoms: Atom[], i: number): number {
  return atoms[i]?.w === 'and' && atoms[i + 1] !== undefined && isNumberWord(atoms[i + 1]!.w) ? i + 1 : i;
}

/** Splits a run of number words / letters / digit groups into chunks. */
export function parseChunks(atoms: Atom[]): Chunk[] {
  const out: Chunk[] = [];
  let i = 0;
  while (i < atoms.length) {
    const w = atoms[i]!.w;
    if (/^\d+$/.test(w)) {
      out.push({ kind: 'written', value: Number(w), digits: w, from: i, to: i });
      i++;
      continue;
    }
    if ((/^[a-z]$/.test(w) && w !== 'o') || /^[A-Z]$/.test(w)) {
      out.push({ kind: 'letter', value: 0, digits: w.toUpperCase(), from: i, to: i });
      i++;
      continue;
    }
    if ((w === 'double' || w === 'triple') && unitOf(atoms[i + 1]?.w) !== undefined) {
      const d = String(unitOf(atoms[i + 1]!.w));
      out.push({ kind: 'digit', value: Number(d), digits: d.repeat(w === 'double' ? 2 : 3), from: i, to: i + 1 });
      i += 2;
      continue;
    }
    const u = unitOf(w);
    if (u !== undefined) {
      if (u > 0 && atoms[i + 1]?.w === 'hundred') {
        let v = u * 100;
        let j = skipAnd(atoms, i + 2);
        const rest = below100(atoms, j);
        if (rest) { v += rest.value; j = rest.next; } else j = i + 2;
        out.push({ kind: 'hundreds', value: v, digits: String(v), from: i, to: j - 1 });
        i = j;
        continue;
      }
      if (u > 0 && atoms[i + 1]?.w === 'thousand') {
        let v = u * 1000;
        let j = skipAnd(atoms, i + 2);
        const h = unitOf(atoms[j]?.w);
        if (h !== undefined && h > 0 && atoms[j + 1]?.w === 'hundred') {
          v += h * 100;
          j = skipAnd(atoms, j + 2);
        }
        const rest = below100(atoms, j);
        if (rest) { v += rest.value; j = rest.next; } else if (j > i + 2 && atoms[j - 1]?.w === 'and') j--;
        if (j < i + 2) j = i + 2;
        out.push({ kind: 'thousands', value: v, digits: String(v), from: i, to: j - 1 });
        i = j;
        continue;
      }
      out.push({ kind: 'digit', value: u, digits: String(u), from: i, to: i });
      i++;
      continue;
    }
    const b = below100(atoms, i);
    if (b) {
      if (atoms[b.next]?.w === 'hundred') {
        let v = b.value * 100;
        let j = skipAnd(atoms, b.next + 1);
        const rest = below100(atoms, j);
        if (rest) { v += rest.value; j = rest.next; } else j = b.next + 1;
        out.push({ kind: 'hundreds', value: v, digits: String(v), from: i, to: j - 1 });
        i = j;
        continue;
      }
      out.push({ kind: b.kind, value: b.value, digits: String(b.value), from: i, to: b.next - 1 });
      i = b.next;
      continue;
    }
    if (w === 'hundred' || w === 'thousand') {
      out.push({ kind: 'written', value: w === 'hundred' ? 100 : 1000, digits: w === 'hundred' ? '00' : '000', from: i, to: i });
      i++;
      continue;
    }
    i++; // "and" or anything unknown: skip
  }
  return out;
}

/** If chunks[k..] start with a year ("nineteen eighty six", "twenty oh four", "two thousand four"), its length in chunks. */
export function yearAt(chunks: Chunk[], k: number): { year: number; len: number } | undefined {
  const a = chunks[k];
  if (!a) return undefined;
  if (a.kind === 'written' && /^(19|20)\d\d$/.test(a.digits)) return { year: a.value, len: 1 };
  if (a.kind === 'thousands' && a.value >= 1900 && a.value <= 2099) return { year: a.value, len: 1 };
  if (a.kind === 'hundreds' && a.value >= 1900 && a.value <= 2099) return { year: a.value, len: 1 };
  if ((a.kind === 'teen' || a.kind === 'tens') && (a.value === 19 || a.value === 20)) {
    const b = chunks[k + 1];
    if (!b) return undefined;
    if ((b.kind === 'teen' || b.kind === 'tens' || b.kind === 'compound') && b.value >= 10) {
      return { year: a.value * 100 + b.value, len: 2 };
    }
    const c = chunks[k + 2];
    if (b.kind === 'digit' && b.value === 0 && c && c.kind === 'digit') return { year: a.value * 100 + c.value, len: 3 };
  }
  return undefined;
}
