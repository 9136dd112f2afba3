/**
 * Lists what detectPhi misses and over-masks on a gold JSONL file, one line per problem, for rule work.
 * Usage: npx tsx bench/lib/heldout-diff.ts [GOLD] [--form written|spoken]
 */
import { readFileSync } from 'node:fs';
import { detectPhi } from '../../services/redaction/detect.ts';

interface Gold { id: string; form: string; text: string; spans: { start: number; end: number; type: string }[] }
const args = process.argv.slice(2);
const path = args.find((a) => !a.startsWith('--')) ?? 'bench/heldout/handwritten.jsonl';
const form = args.includes('--form') ? args[args.indexOf('--form') + 1] : undefined;
for (const line of readFileSync(path, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const g = JSON.parse(line) as Gold;
  if (form && g.form !== form) continue;
  const pred = detectPhi(g.text);
  const cov = new Set<number>();
  for (const p of pred) for (let i = p.start; i < p.end; i++) cov.add(i);
  for (const s of g.spans) {
    if (s.type === 'PROVIDER') continue;
    let miss = false;
    for (let i = s.start; i < s.end; i++) if (/[a-z0-9]/i.test(g.text[i]!) && !cov.has(i)) miss = true;
    if (miss) {
      const got = pred.filter((p) => p.start < s.end && s.start < p.end).map((p) => `${p.type}:"${g.text.slice(p.start, p.end)}"`).join(' ');
      console.log(`MISS ${g.id} ${s.type} "${g.text.slice(s.start, s.end)}" | got ${got || '-'} | ...${g.text.slice(Math.max(0, s.start - 30), s.start)}[*]`);
    }
  }
  for (const p of pred) {
    const hit = g.spans.some((s) => s.start < p.end && p.start < s.end);
    const inside = g.spans.some((s) => s.start <= p.start && p.end <= s.end);
    if (!hit || !inside) {
      if (hit && g.spans.some((s) => s.type === 'PROVIDER' && s.start < p.end && p.start < s.end)) continue;
      console.log(`FP   ${g.id} ${p.type} "${g.text.slice(p.start, p.end)}" | ...${g.text.slice(Math.max(0, p.start - 30), p.start)}[*]`);
    }
  }
}
