#!/usr/bin/env bash
# Set-up command 2: installs what the tests need, then runs every check and test:
# typecheck, lint, unit + integration tests (real Redis, S3-protocol server, SMTP, GnuPG, ffmpeg, PocketSphinx,
# Chromium), the load test, the PHI canary sweep over all of them, the infrastructure tests, docker-compose
# validation and the benchmark smoke runs.
# Ends with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/install-system-deps.sh test || { echo "0 passed, 1 failed"; exit 1; }
npm ci --no-audit --no-fund >/dev/null || { echo "0 passed, 1 failed"; exit 1; }
scripts/ensure-redis.sh || { echo "0 passed, 1 failed"; exit 1; }

passed=0
failed=0
log=$(mktemp)
check() { # name, command...: a whole step counted as one check
  local name=$1; shift
  if "$@" >"$log" 2>&1; then passed=$((passed + 1)); echo "ok   $name"; else failed=$((failed + 1)); echo "FAIL $name"; tail -n 40 "$log"; fi
}

# Typecheck, lint (--checks, one check each) and every test file, counted by the test runner. The
# 200-voicemail burst (test/load/burst.load.ts) runs beside the checks and unit tests, which use about one
# core of two (--with-load); the integration tests start once it is done. The PHI canary sweep runs last.
node scripts/run-tests.mjs --checks --with-load 2>&1 | tee "$log.tests"
tp=$(grep -E '^ℹ pass [0-9]+' "$log.tests" | tail -1 | grep -oE '[0-9]+' || echo 0)
tf=$(grep -E '^ℹ fail [0-9]+' "$log.tests" | tail -1 | grep -oE '[0-9]+' || echo 1)
passed=$((passed + tp)); failed=$((failed + tf))

if [ -f infra/package.json ]; then
  check "infra: npm ci" bash -c 'cd infra && npm ci --no-audit --no-fund'
  check "infra: cdk synth + assertion tests" bash -c 'cd infra && npm test'
fi
if [ -f docker-compose.yml ]; then
  check "docker-compose config" docker-compose -f docker-compose.yml config -q
fi
# Benchmarks are not tests: their smoke runs only prove the scripts work.
check "bench smoke: asr" npx tsx bench/asr.ts --smoke
check "bench smoke: redaction" npx tsx bench/redaction.ts --smoke
check "held-out PHI sets match their sources" npx tsx bench/lib/heldout-blind-build.ts all --check
if [ -f bench/index.ts ]; then
  check "bench smoke: e2e, overhead, throughput, memory, crypto" npx tsx bench/index.ts --smoke
fi
rm -f "$log" "$log.tests"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
