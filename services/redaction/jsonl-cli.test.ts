import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough, Readable } from 'node:stream';
import { runRedactJsonl } from './jsonl-cli.ts';

async function run(lines: string[], policy: 'none' | 'standard' | 'safe-harbor'): Promise<unknown[]> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await runRedactJsonl(Readable.from([lines.join('\n') + '\n']), out, policy);
  return Buffer.concat(chunks).toString('utf8').trim().split('\n').map((l) => JSON.parse(l) as unknown);
}

test('one output line per input line; spans list all types, redacted follows the policy', async () => {
  const text = "It's Ruth Abara, my social is 512-44-9031.";
  const [r] = await run([JSON.stringify({ id: 'a1', text })], 'standard') as { id: string; spans: { start: number; end: number; type: string }[]; redacted: string }[];
  assert.equal(r!.id, 'a1');
  assert.deepEqual(r!.spans.map((s) => s.type), ['NAME', 'SSN']);
  assert.equal(text.slice(r!.spans[1]!.start, r!.spans[1]!.end), '512-44-9031');
  assert.equal(r!.redacted, "It's Ruth Abara, my social is [SSN].");
});

test('bad JSON yields an error line and the run continues', async () => {
  const out = await run(['{not json', JSON.stringify({ id: 7, text: 'call me at 503-555-0142' }), JSON.stringify({ id: 'x' })], 'safe-harbor');
  assert.deepEqual(out[0], { id: null, error: 'bad-json', line: 1 });
  assert.deepEqual((out[1] as { redacted: string }).redacted, 'call me at [PHONE]');
  assert.deepEqual(out[2], { id: 'x', error: 'no-text', line: 3 });
});
