/**
 * Spanish number words as callers who switch language say them inside an English message: a day ("catorce de
 * febrero"), a year ("del cincuenta y uno"), an age ("noventa y dos"), the last pair of a phone number ("treinta y dos").
 */
import type { Ctx } from './detect-context.ts';

/** Spanish digit words, as a caller who switches language reads a number ("mi número es tres cuatro siete ..."). */
export const SPANISH_DIGITS = new Set(['cero', 'uno', 'una', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve']);

export const ES_UNITS: Record<string, number> = { uno: 1, un: 1, primero: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9 };
const ES_ONE_WORD: Record<string, number> = { ...ES_UNITS, diez: 10, once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, dieciseis: 16,
  diecisiete: 17, dieciocho: 18, diecinueve: 19, veinte: 20, veintiuno: 21, veintidos: 22, veintitres: 23, veinticuatro: 24, veinticinco: 25,
  veintiseis: 26, veintisiete: 27, veintiocho: 28, veintinueve: 29, treinta: 30 };
const ES_TENS: Record<string, number> = { treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90 };

/** A Spanish number from 1 to 99 at k ("catorce", "ochenta y cinco"): its value and token count, or undefined. */
export function spanishSmall(ctx: Ctx, k: number): { value: number; len: number } | undefined {
  const w = ctx.low(k);
  const tens = ES_TENS[w];
  if (tens !== undefined && ctx.low(k + 1) === 'y' && ES_UNITS[ctx.low(k + 2)] !== undefined && !ctx.breakAfter(k) && !ctx.breakAfter(k + 1)) {
    return { value: tens + ES_UNITS[ctx.low(k + 2)]!, len: 3 };
  }
  if (tens !== undefined) return { value: tens, len: 1 };
  const one = ES_ONE_WORD[w];
  return one !== undefined ? { value: one, len: 1 } : undefined;
}


/** "noventa y dos", "cien", "ciento uno": a Spanish number from 90 to 110 at k (an age over 89); value and length. */
export function spanishOld(ctx: Ctx, k: number): { value: number; len: number } | undefined {
  if (ctx.low(k) === 'cien') return { value: 100, len: 1 };
  if (ctx.low(k) === 'ciento' && !ctx.breakAfter(k)) {
    const u = ES_UNITS[ctx.low(k + 1)];
    return u !== undefined ? { value: 100 + u, len: 2 } : undefined;
  }
  const n = spanishSmall(ctx, k);
  return n && n.value >= 90 ? n : undefined;
}
