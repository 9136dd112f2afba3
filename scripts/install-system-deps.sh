#!/usr/bin/env bash
# Installs the Debian packages Quietline needs, only those missing. Usage:
#   scripts/install-system-deps.sh run    # ffmpeg, pocketsphinx (+ en-us model), flite, gnupg, redis-server
#   scripts/install-system-deps.sh test   # the above plus chromium (browser tests), sox, espeak-ng, docker-compose
set -euo pipefail
want=(ffmpeg pocketsphinx pocketsphinx-en-us flite gnupg redis-server)
if [ "${1:-run}" = "test" ]; then
  want+=(chromium sox espeak-ng docker-compose)
fi
missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "installing system packages: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
