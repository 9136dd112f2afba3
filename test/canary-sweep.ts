/**
 * Issue 7, the whole-suite PHI canary sweep. scripts/run-tests.mjs runs this file after the last test file
 * (it is not a *.test.ts, so it never runs in the middle). The unique canary names and numbers the test
 * voicemails speak (test/helpers/canaries.ts) are searched for in every artefact of the files that ran:
 * their log output and their child processes' output, every Redis key and value of every test stack and
 * then of the whole Redis, every S3 object that is not sealed and all S3 metadata (intermediate
 * transcripts must be ciphertext), the temp dirs, every email outside its OpenPGP ciphertext, and the
 * dashboard's page, API and /metrics. Zero hits. And it proves it could have found them: the decrypted
 * transcripts of the tests that spoke canaries must contain them.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { positiveControlFailures, sweepSuite, type SweepReport } from './helpers/canary-scan.ts';
import { suiteArtifactsDir } from './helpers/suite-artifacts.ts';

const artifacts = suiteArtifactsDir();

describe('whole-suite PHI canary sweep', () => {
  let report: SweepReport;
  let ran: string[] = [];

  before(async () => {
    assert.ok(artifacts, 'run by scripts/run-tests.mjs, which sets QUIETLINE_SUITE_ARTIFACTS');
    ran = JSON.parse(await readFile(join(artifacts, 'files.json'), 'utf8')) as string[];
    report = await sweepSuite({
      artifactsDir: artifacts,
      ...(process.env.QUIETLINE_SUITE_TMP ? { tmpDir: process.env.QUIETLINE_SUITE_TMP } : {}),
      redisUrl: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    });
    const counts = Object.entries(report.counts).map(([k, v]) => `${k} ${v}`).join(', ');
    console.log(`swept ${ran.length} test file(s): ${counts}`);
    console.log(`canaries spoken by: ${report.spokenFiles.join(', ') || 'none'}`);
    for (const p of report.positive) console.log(`decrypted transcripts of ${p.file}: ${p.texts} of ${p.eligible}, canaries in them: ${p.found.join(', ') || 'none'}`);
  });

  it('finds no canary in logs, Redis, unsealed S3 objects or metadata, temp files, emails outside the ciphertext, or dashboard responses', () => {
    // Places and token labels only: never the value.
    assert.deepEqual(report.hits.map((h) => `${h.place}: ${h.token}`), []);
  });

  it('finds every S3 object sealed or of an allowed PHI-free kind, every email encrypted, and no temp dir left behind', () => {
    assert.deepEqual(report.problems, []);
  });

  it('sees the canaries where they belong: in the decrypted transcripts of the tests that spoke them (positive control)', () => {
    assert.deepEqual(positiveControlFailures(report), []);
  });

  it('read the output of every test file that ran', () => {
    assert.equal(report.counts['log files'] ?? 0, ran.length, 'one log per test file');
  });
});
