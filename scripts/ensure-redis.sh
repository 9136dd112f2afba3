#!/usr/bin/env bash
# Starts a local Redis on 127.0.0.1:6379 when nothing answers there (noeviction: queues must never lose keys).
set -euo pipefail
if redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then exit 0; fi
echo "starting redis-server on 127.0.0.1:6379"
mkdir -p "${QUIETLINE_DATA_DIR:-./var}/redis"
redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --dir "$(cd "${QUIETLINE_DATA_DIR:-./var}/redis" && pwd)" \
  --appendonly yes --maxmemory-policy noeviction --logfile "" >/dev/null
for _ in $(seq 1 50); do
  redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 && exit 0
  sleep 0.1
done
echo "redis-server did not answer on 127.0.0.1:6379" >&2
exit 1
