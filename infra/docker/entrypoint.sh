#!/bin/sh
# Container entrypoint for every Quietline role. It only adapts how a platform hands over settings
# to what `quietline` reads, then replaces itself with node (tini, PID 1, forwards SIGTERM to it).
set -eu

app_home="${QUIETLINE_HOME:-/app}"

# ElastiCache gives host, port and AUTH token separately, and the token must arrive as an ECS secret,
# not inside a plain REDIS_URL in the task definition. The token is alphanumeric (infra/lib/app-secrets.ts),
# so it needs no percent-encoding. An explicit REDIS_URL always wins.
if [ -z "${REDIS_URL:-}" ] && [ -n "${REDIS_HOST:-}" ]; then
  if [ -n "${REDIS_AUTH_TOKEN:-}" ]; then
    REDIS_URL="rediss://:${REDIS_AUTH_TOKEN}@${REDIS_HOST}:${REDIS_PORT:-6379}"
  else
    REDIS_URL="rediss://${REDIS_HOST}:${REDIS_PORT:-6379}"
  fi
  export REDIS_URL
fi
unset REDIS_AUTH_TOKEN REDIS_HOST REDIS_PORT 2>/dev/null || true

# On Fargate there is no file to mount: the config (quietline.yaml plus the key files it names) arrives
# as one secret, a base64 .tar.gz with quietline.yaml at its top level.
if [ -n "${QUIETLINE_CONFIG_BUNDLE:-}" ]; then
  config_dir="${QUIETLINE_DATA_DIR:-/var/lib/quietline}/config"
  rm -rf "$config_dir"
  mkdir -p "$config_dir"
  chmod 700 "$config_dir"
  if ! printf '%s' "$QUIETLINE_CONFIG_BUNDLE" | base64 -d | tar -xzf - -C "$config_dir" --no-same-owner --no-same-permissions; then
    echo "quietline-entrypoint: QUIETLINE_CONFIG_BUNDLE is not a base64 .tar.gz (reason=config_bundle_invalid)" >&2
    exit 78
  fi
  if [ ! -f "$config_dir/quietline.yaml" ]; then
    echo "quietline-entrypoint: QUIETLINE_CONFIG_BUNDLE has no quietline.yaml at its top level (reason=config_bundle_incomplete)" >&2
    exit 78
  fi
  QUIETLINE_CONFIG="$config_dir/quietline.yaml"
  export QUIETLINE_CONFIG
fi
unset QUIETLINE_CONFIG_BUNDLE 2>/dev/null || true

exec node "$app_home/bin/quietline.mjs" "$@"
