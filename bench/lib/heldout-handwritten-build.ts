/**
 * Builds the hand-written held-out PHI gold set (bench/heldout/handwritten.jsonl) from
 * heldout-handwritten-src.ts. Each source message is written once with inline alternatives:
 *   ⟦TYPE:written|spoken⟧  a PHI span (spoken part optional: defaults to the written part, spoken-normalised)
 *   {written|spoken}       plain text that reads differently in the two forms
 * Outside alternatives, the spoken form is the written form lower-cased without punctuation, the way
 * PocketSphinx writes it. Offsets are computed here, never by hand.
 * Run: npx tsx bench/lib/heldout-handwritten-build.ts
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HELDOUT_MESSAGES } from './heldout-handwritten-src.ts';

interface Span { start: number; end: number; type: string; text: string }

function speak(s: string): string {
  return s
    .replace(/\bDr\./g, 'doctor').replace(/\bMrs\./g, 'missus').replace(/\bMr\./g, 'mister').replace(/\bMs\./g, 'miss')
    .toLowerCase()
    .replace(/[.,!?;:()"“”]/g, ' ')
    .replace(/ - /g, ' ')
    .replace(/\s+/g, ' ');
}

function build(src: string, form: 'written' | 'spoken'): { text: string; spans: Span[] } {
  const re = /⟦([A-Z_]+):([^⟧]*)⟧|\{([^}]*)\}/g;
  let text = '';
  const spans: Span[] = [];
  let last = 0;
  const push = (s: string): void => { text += s; };
  const plain = (s: string): string => (form === 'written' ? s : speak(s));
  for (let m = re.exec(src); m !== null; m = re.exec(src)) {
    push(plain(src.slice(last, m.index)));
    last = m.index + m[0].length;
    if (m[1] !== undefined) {
      const [w, sp] = m[2]!.split('|');
      const body = form === 'written' ? w! : (sp !== undefined ? sp : speak(w!).trim());
      if (form === 'spoken' && !text.endsWith(' ') && text.length > 0) text += ' ';
      const start = text.length;
      push(body);
      spans.push({ start, end: text.length, type: m[1], text: body });
    } else {
      const [w, sp] = m[3]!.split('|');
      push(form === 'written' ? w! : ` ${sp ?? speak(w!)} `);
    }
  }
  push(plain(src.slice(last)));
  if (form === 'spoken') {
    // Normalise whitespace while keeping span offsets right.
    let out = '';
    const map: number[] = [];
    for (let i = 0; i < text.length; i++) {
      map[i] = out.length;
      const c = text[i]!;
      if (/\s/.test(c) && (out.length === 0 || out.endsWith(' '))) continue;
      out += /\s/.test(c) ? ' ' : c;
    }
    map[text.length] = out.length;
    const trimmedEnd = out.replace(/\s+$/, '').length;
    for (const s of spans) {
      s.start = map[s.start]!;
      s.end = map[s.end]!;
      while (out[s.end - 1] === ' ') s.end--;
      s.text = out.slice(s.start, s.end);
    }
    text = out.slice(0, trimmedEnd);
    if (/\d/.test(text)) throw new Error(`spoken form has digits: ${text}`);
    if (/[A-Z]/.test(text)) throw new Error(`spoken form has capitals: ${text}`);
  }
  for (const s of spans) if (text.slice(s.start, s.end) !== s.text || s.text.trim() !== s.text || !s.text) throw new Error(`bad span ${JSON.stringify(s)} in ${text}`);
  return { text, spans };
}

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'heldout', 'handwritten.jsonl');
mkdirSync(dirname(out), { recursive: true });
const lines: string[] = [];
HELDOUT_MESSAGES.forEach((src, n) => {
  for (const form of ['written', 'spoken'] as const) {
    const { text, spans } = build(src, form);
    lines.push(JSON.stringify({ id: `hw-${String(n).padStart(4, '0')}-${form[0]}`, form, text, spans }));
  }
});
writeFileSync(out, lines.join('\n') + '\n');
console.log(`${HELDOUT_MESSAGES.length} messages, ${lines.length} lines -> ${out}`);
