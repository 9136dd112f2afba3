#!/usr/bin/env bash
# Set-up command 1: installs what Quietline needs, then runs the demo on the embedded stack
# (sample voicemails in, encrypted emails out, dashboard up). Extra arguments go to `quietline demo`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-system-deps.sh run
[ -d node_modules ] && [ node_modules/.package-lock.json -nt package-lock.json ] || npm ci --no-audit --no-fund
scripts/ensure-redis.sh
exec node bin/quietline.mjs demo "$@"
