/**
 * PHI detection for voicemail transcripts, written (cloud engines: case, punctuation, digits) or spoken
 * (PocketSphinx: lower case, no punctuation, numbers as words). Rules, not memorised examples: cues
 * in context, a grammar for spoken numbers, checksums and frequent-name lists.
 */
import type { PhiSpan } from './types.ts';
import { Ctx } from './detect-context.ts';
import { detectWeb } from './detect-web.ts';
import { datesAfterNames, detectDates } from './detect-dates.ts';
import { detectAddresses } from './detect-address.ts';
import { detectAppositiveAges, detectCodes } from './detect-codes.ts';
import { detectNames } from './detect-names.ts';

/**
 * "Piñon Drive", "María Ulibarri-Chávez": accented Latin letters read as their plain letters, one character for one
 * so every offset still points into the original text; the word lists and patterns are in plain letters.
 */
function plainLetters(text: string): string {
  if (!/[\u00c0-\u024f\u02bb\u2018]/.test(text)) return text;
  return text.replace(/[\u00c0-\u024f]/g, (ch) => {
    const base = ch.normalize('NFD')[0]!;
    return /^[A-Za-z]$/.test(base) ? base : ch;
  // "Kāneʻohe", "Piʻikoi": the Hawaiian ʻokina (or a turned quote standing for it) inside a word reads as an apostrophe.
  }).replace(/(?<=[A-Za-z])[\u02bb\u2018](?=[A-Za-z])/g, "'");
}

/** Every PHI span in `text` (all types, whatever the policy), sorted and non-overlapping. */
export function detectPhi(text: string): PhiSpan[] {
  const ctx = new Ctx(plainLetters(text));
  // Order matters: structured forms first so their digits and words are not re-read as something else.
  detectWeb(ctx);
  detectDates(ctx);
  detectAddresses(ctx);
  detectCodes(ctx);
  detectNames(ctx);
  datesAfterNames(ctx);
  detectAppositiveAges(ctx);
  return ctx.spans();
}
