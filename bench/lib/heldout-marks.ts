/**
 * The inline marks the held-out set sources are written in (see heldout-blind-build.ts): one helper per PHI type,
 * written once here instead of in every source file. Two dialects, as the authors wrote them:
 *   - `pause` marks: the spoken part is given, and its commas mark the caller's pauses (stripped here);
 *   - `digits` marks: the spoken part may be left out, and is then the written part read character by character.
 */
import { dg } from './heldout-blind2-words.ts';

/** Commas in a spoken rendering mark the caller's pauses in the source only; the transcript has none. */
export const q = (s: string): string => s.replace(/,/g, '');

const mark = (type: string, w: string, s?: string): string => (s === undefined ? `«${type}|${w}»` : `«${type}|${w}|${s}»`);

/** Marks whose spoken part has its pause commas stripped. */
export const pause = {
  N: (w: string, s?: string): string => mark('NAME', w, s ? q(s) : undefined),
  P: (w: string, s?: string): string => mark('PROVIDER', w, s ? q(s) : undefined),
  AD: (w: string, s?: string): string => mark('ADDRESS', w, s ? q(s) : undefined),
  D: (w: string, s: string): string => mark('DATE', w, q(s)),
  PH: (w: string, s: string): string => mark('PHONE', w, q(s)),
  AG: (w: string, s: string): string => mark('AGE', w, q(s)),
  H: (w: string, s: string): string => mark('HEALTH_PLAN_ID', w, q(s)),
  M: (w: string, s: string): string => mark('MRN', w, q(s)),
  AC: (w: string, s: string): string => mark('ACCOUNT', w, q(s)),
  C: (w: string, s: string): string => mark('CARD', w, q(s)),
  SS: (w: string, s: string): string => mark('SSN', w, q(s)),
  E: (w: string, s: string): string => mark('EMAIL', w, q(s)),
  L: (w: string, s: string): string => mark('LICENSE', w, q(s)),
  DV: (w: string, s: string): string => mark('DEVICE', w, q(s)),
  V: (w: string, s: string): string => mark('VEHICLE', w, q(s)),
  U: (w: string, s: string): string => mark('URL', w, q(s)),
  IP: (w: string, s: string): string => mark('IP', w, q(s)),
  T: (w: string, s: string): string => `‹${w}|${q(s)}›`,
};

/** Marks whose spoken part, left out, is the written part read character by character ("oh" for zero). */
export const digits = {
  N: (w: string, s?: string): string => mark('NAME', w, s || undefined),
  P: (w: string, s?: string): string => mark('PROVIDER', w, s || undefined),
  AD: (w: string, s?: string): string => mark('ADDRESS', w, s || undefined),
  D: (w: string, s?: string): string => mark('DATE', w, s || undefined),
  AG: (w: string, s?: string): string => mark('AGE', w, s || undefined),
  PH: (w: string, s?: string): string => mark('PHONE', w, s ?? dg(w)),
  H: (w: string, s?: string): string => mark('HEALTH_PLAN_ID', w, s ?? dg(w)),
  M: (w: string, s?: string): string => mark('MRN', w, s ?? dg(w)),
  AC: (w: string, s?: string): string => mark('ACCOUNT', w, s ?? dg(w)),
  C: (w: string, s?: string): string => mark('CARD', w, s ?? dg(w)),
  SS: (w: string, s?: string): string => mark('SSN', w, s ?? dg(w)),
  L: (w: string, s?: string): string => mark('LICENSE', w, s ?? dg(w)),
  DV: (w: string, s?: string): string => mark('DEVICE', w, s ?? dg(w)),
  V: (w: string, s?: string): string => mark('VEHICLE', w, s ?? dg(w)),
  E: (w: string, s: string): string => mark('EMAIL', w, s),
  U: (w: string, s: string): string => mark('URL', w, s),
  IP: (w: string, s: string): string => mark('IP', w, s),
  T: (w: string, s: string): string => `‹${w}|${s}›`,
};
