/**
 * OpenPGP sign + encrypt: openpgp.js (services/pgp/encrypt.ts signAndEncrypt, what every email uses)
 * against the `gpg` command line, same keys (Ed25519 signer, Curve25519 recipient, as GnuPG 2.2 makes),
 * armored output, on MIME-like payloads (base64 of random bytes in 76-character lines, like an
 * attached recording).
 *
 *   npx tsx bench/crypto.ts           1 MB × 15 runs, 50 MB × 5 runs
 *   npx tsx bench/crypto.ts --smoke   1 MB × 3 runs
 *
 * gpg compresses by default and openpgp.js does not, so gpg is measured both ways; the like-for-like
 * ratio is against `gpg -z 0`. gpg times include process start and key loading, as a CLI call would.
 * Writes bench/results/crypto.json.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import * as openpgp from 'openpgp';
import { signAndEncrypt } from '../services/pgp/encrypt.ts';
import { generateKeyPair } from '../services/pgp/keygen.ts';
import { describeMachine, isSmoke, machineInfo, printTable, writeResult } from './lib/machine.ts';
import { median, round } from './lib/stats.ts';

const run = promisify(execFile);
const smoke = isSmoke();
const SIZES: { mb: number; runs: number }[] = smoke ? [{ mb: 1, runs: 3 }] : [{ mb: 1, runs: 15 }, { mb: 50, runs: 5 }];

/** Base64 lines of random bytes: what an attached recording looks like inside the MIME entity. */
function mimeLikePayload(bytes: number): Buffer {
  const b64 = randomBytes(Math.ceil((bytes * 3) / 4)).toString('base64');
  const lines = b64.match(/.{1,76}/g) ?? [];
  return Buffer.from(lines.join('\r\n')).subarray(0, bytes);
}

async function main(): Promise<void> {
  const machine = machineInfo();
  console.log(`crypto bench (${smoke ? 'smoke' : 'full'}); ${describeMachine(machine)}`);
  const home = await mkdtemp(join(tmpdir(), 'ql-bench-gpg-'));
  const gpg = (args: string[]) => run('gpg', ['--homedir', home, '--batch', '--no-tty', '--yes', ...args], { maxBuffer: 512 * 1024 * 1024 });
  const rows: { mb: number; runs: number; openpgpMs: number; gpgMs: number; gpgNoCompressMs: number; ratio: number; ratioDefaultGpg: number; outMb: { openpgp: number; gpg: number; gpgNoCompress: number } }[] = [];
  try {
    const signer = await generateKeyPair({ name: 'Bench signer', email: 'signer@quietline.test', type: 'ecc' });
    const recipient = await generateKeyPair({ name: 'Bench recipient', email: 'recipient@quietline.test', type: 'ecc' });
    await writeFile(join(home, 'signer.asc'), signer.privateKey);
    await writeFile(join(home, 'recipient.asc'), recipient.publicKey);
    await gpg(['--import', join(home, 'signer.asc'), join(home, 'recipient.asc')]);
    const signerKey = await openpgp.readPrivateKey({ armoredKey: signer.privateKey });
    const recipientKey = await openpgp.readKey({ armoredKey: recipient.publicKey });
    const gpgArgs = (input: string, out: string, extra: string[]) => ['--trust-model', 'always', '--armor', ...extra, '-u', signer.fingerprint, '-r', recipient.fingerprint, '--output', out, '--sign', '--encrypt', input];

    for (const { mb, runs } of SIZES) {
      const payload = mimeLikePayload(mb * 1024 * 1024);
      const input = join(home, `payload-${mb}.txt`);
      await writeFile(input, payload);
      const out = join(home, 'out.asc');
      // Warm-up: JIT for openpgp.js, gpg-agent start for gpg.
      let ours = await signAndEncrypt(payload, recipientKey, signerKey);
      await gpg(gpgArgs(input, out, []));
      const t = { openpgp: [] as number[], gpg: [] as number[], gpgNoCompress: [] as number[] };
      const size = { openpgp: ours.length, gpg: 0, gpgNoCompress: 0 };
      for (let i = 0; i < runs; i++) {
        let t0 = performance.now();
        ours = await signAndEncrypt(payload, recipientKey, signerKey);
        t.openpgp.push(performance.now() - t0);
        t0 = performance.now();
        await gpg(gpgArgs(input, out, []));
        t.gpg.push(performance.now() - t0);
        size.gpg = statSync(out).size;
        t0 = performance.now();
        await gpg(gpgArgs(input, out, ['-z', '0']));
        t.gpgNoCompress.push(performance.now() - t0);
        size.gpgNoCompress = statSync(out).size;
      }
      const m = { openpgp: median(t.openpgp), gpg: median(t.gpg), gpgNoCompress: median(t.gpgNoCompress) };
      rows.push({
        mb,
        runs,
        openpgpMs: round(m.openpgp, 0),
        gpgMs: round(m.gpg, 0),
        gpgNoCompressMs: round(m.gpgNoCompress, 0),
        ratio: round(m.openpgp / m.gpgNoCompress, 2),
        ratioDefaultGpg: round(m.openpgp / m.gpg, 2),
        outMb: { openpgp: round(size.openpgp / 1048576, 2), gpg: round(size.gpg / 1048576, 2), gpgNoCompress: round(size.gpgNoCompress / 1048576, 2) },
      });
      console.log(`  ${mb} MB: openpgp.js ${round(m.openpgp, 0)} ms, gpg ${round(m.gpg, 0)} ms, gpg -z 0 ${round(m.gpgNoCompress, 0)} ms`);
    }
  } finally {
    await run('gpgconf', ['--homedir', home, '--kill', 'gpg-agent']).catch(() => undefined);
    await rm(home, { recursive: true, force: true });
  }
  printTable('Sign + encrypt, armored, median (ms)', ['payload', 'runs', 'openpgp.js', 'gpg -z 0', 'gpg (default)', 'openpgp.js ÷ gpg -z 0', 'openpgp.js ÷ gpg'], rows.map((r) => [`${r.mb} MB`, r.runs, r.openpgpMs, r.gpgNoCompressMs, r.gpgMs, `${r.ratio}×`, `${r.ratioDefaultGpg}×`]));
  await writeResult('crypto', smoke, machine, {
    method: 'signAndEncrypt (openpgp.js v6, in-process, from a Buffer) vs gpg 2.2 CLI (file in, armored file out, process start included), same Ed25519/Curve25519 keys, MIME-like base64 payload. Median of runs after one warm-up.',
    gpgVersion: (await run('gpg', ['--version'])).stdout.split('\n')[0],
    openpgpVersion: openpgp.config.versionString,
    sizes: rows,
  });
}

await main();
