/**
 * Portuguese and French numbers, months and dates as callers who switch language say them inside an English message
 * ("dezessete de junho de dois mil e dezoito", "le douze avril dix neuf cent cinquante six"), and the digit words of a
 * phone number read in Portuguese. Spanish has its own module (spanish-numbers.ts); Brazilian and Haitian families
 * are the callers these serve.
 */
import type { Ctx } from './detect-context.ts';

/** Portuguese digit words ("um" only counts among other digits: alone it is the English hesitation). */
export const PT_DIGITS = new Set(['zero', 'um', 'uma', 'dois', 'duas', 'tres', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove']);

const PT_UNITS: Record<string, number> = { um: 1, uma: 1, dois: 2, duas: 2, tres: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9 };
const PT_ONE_WORD: Record<string, number> = { ...PT_UNITS, dez: 10, onze: 11, doze: 12, treze: 13, catorze: 14, quatorze: 14, quinze: 15,
  dezesseis: 16, dezessete: 17, dezoito: 18, dezenove: 19, vinte: 20, trinta: 30 };
const PT_TENS: Record<string, number> = { vinte: 20, trinta: 30, quarenta: 40, cinquenta: 50, sessenta: 60, setenta: 70, oitenta: 80, noventa: 90 };

const FR_UNITS: Record<string, number> = { un: 1, une: 1, premier: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9 };
const FR_ONE_WORD: Record<string, number> = { ...FR_UNITS, dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
  vingt: 20, trente: 30 };
const FR_TENS: Record<string, number> = { vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60 };

/** Portuguese month names. */
export const PT_MONTHS = new Set(['janeiro', 'fevereiro', 'marco', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro',
  'novembro', 'dezembro']);
/** French month names. */
export const FR_MONTHS = new Set(['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre',
  'novembre', 'decembre']);

interface Num { value: number; len: number }

/** A Portuguese number from 1 to 99 at k ("dezessete", "cinquenta e dois"). */
export function portugueseSmall(ctx: Ctx, k: number): Num | undefined {
  const w = ctx.low(k);
  const tens = PT_TENS[w];
  if (tens !== undefined && ctx.low(k + 1) === 'e' && PT_UNITS[ctx.low(k + 2)] !== undefined && !ctx.breakAfter(k) && !ctx.breakAfter(k + 1)) {
    return { value: tens + PT_UNITS[ctx.low(k + 2)]!, len: 3 };
  }
  if (tens !== undefined) return { value: tens, len: 1 };
  const one = PT_ONE_WORD[w];
  return one !== undefined ? { value: one, len: 1 } : undefined;
}

/** A French number from 1 to 69 at k ("douze", "dix sept", "cinquante six", "vingt et un"). */
export function frenchSmall(ctx: Ctx, k: number): Num | undefined {
  const w = ctx.low(k);
  // "dix sept", "dix-sept" (the tokenizer keeps a hyphenated word whole).
  const hy = /^dix-(sept|huit|neuf)$/.exec(w);
  if (hy) return { value: 10 + FR_UNITS[hy[1]!]!, len: 1 };
  if (w === 'dix' && ['sept', 'huit', 'neuf'].includes(ctx.low(k + 1)) && !ctx.breakAfter(k)) return { value: 10 + FR_UNITS[ctx.low(k + 1)]!, len: 2 };
  const tens = FR_TENS[w];
  if (tens !== undefined) {
    if (ctx.low(k + 1) === 'et' && ['un', 'une'].includes(ctx.low(k + 2)) && !ctx.breakAfter(k) && !ctx.breakAfter(k + 1)) return { value: tens + 1, len: 3 };
    const u = FR_UNITS[ctx.low(k + 1)];
    if (u !== undefined && u > 1 && !ctx.breakAfter(k)) return { value: tens + u, len: 2 };
    return { value: tens, len: 1 };
  }
  const one = FR_ONE_WORD[w];
  return one !== undefined ? { value: one, len: 1 } : undefined;
}

/** A year at k in Portuguese: four digits, "mil novecentos e cinquenta e dois", "dois mil e dezoito"; its token count. */
export function portugueseYear(ctx: Ctx, k: number): number {
  if (/^(19|20)\d\d$/.test(ctx.toks[k]?.core ?? '')) return 1;
  const tail = (at: number): number => {
    if (ctx.low(at) !== 'e' || ctx.breakAfter(at - 1) || ctx.breakAfter(at)) return 0;
    const r = portugueseSmall(ctx, at + 1);
    return r ? 1 + r.len : 0;
  };
  if (ctx.low(k) === 'mil' && ctx.low(k + 1) === 'novecentos' && !ctx.breakAfter(k)) return 2 + tail(k + 2);
  if (ctx.low(k) === 'dois' && ctx.low(k + 1) === 'mil' && !ctx.breakAfter(k)) return 2 + tail(k + 2);
  return 0;
}

/** A year at k in French: four digits, "dix neuf cent cinquante six", "mille neuf cent ...", "deux mille dix"; its token count. */
export function frenchYear(ctx: Ctx, k: number): number {
  if (/^(19|20)\d\d$/.test(ctx.toks[k]?.core ?? '')) return 1;
  let j = k;
  if (ctx.low(j) === 'mille' || ctx.low(j) === 'mil') j++;
  const hundreds = frenchSmall(ctx, j);
  if (hundreds && hundreds.value === 19 && ctx.low(j + hundreds.len) === 'cent') {
    j += hundreds.len + 1;
  } else if (ctx.low(k) === 'deux' && (ctx.low(k + 1) === 'mille' || ctx.low(k + 1) === 'mil')) {
    j = k + 2;
  } else return 0;
  const r = ctx.breakAfter(j - 1) ? undefined : frenchSmall(ctx, j);
  return j - k + (r ? r.len : 0);
}
