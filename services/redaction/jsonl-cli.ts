/**
 * `quietline redact --jsonl`: one {"id","text"} per input line, one {"id","spans","redacted"} per output
 * line. spans lists every detection (all types); redacted applies the policy. A line that is not JSON,
 * or has no text, yields an error line and the run continues.
 */
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import type { PolicyName } from './types.ts';
import { detectPhi } from './detect.ts';
import { applyPolicy, policyTypes } from './policy.ts';

async function write(output: NodeJS.WritableStream, line: string): Promise<void> {
  if (!output.write(line + '\n')) await once(output, 'drain');
}

export async function runRedactJsonl(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, policy: PolicyName): Promise<void> {
  policyTypes(policy); // reject an unknown policy before reading anything
  const rl = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) {
    n++;
    if (line.trim() === '') continue;
    let rec: unknown;
    try {
      rec = JSON.parse(line);
    } catch {
      await write(output, JSON.stringify({ id: null, error: 'bad-json', line: n }));
      continue;
    }
    const r = rec as { id?: unknown; text?: unknown } | null;
    const id = r && typeof r === 'object' && 'id' in r ? r.id ?? null : null;
    if (!r || typeof r !== 'object' || typeof r.text !== 'string') {
      await write(output, JSON.stringify({ id, error: 'no-text', line: n }));
      continue;
    }
    const spans = detectPhi(r.text);
    const redacted = applyPolicy(r.text, spans, policy).text;
    await write(output, JSON.stringify({ id, spans: spans.map((s) => ({ start: s.start, end: s.end, type: s.type })), redacted }));
  }
}
