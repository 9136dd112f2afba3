# syntax=docker/dockerfile:1
# One image for every Quietline role: `docker run IMAGE start --role intake|worker|dashboard|all`.
# TypeScript runs through tsx (a runtime dependency), so there is no build stage for the app itself.

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund \
 && npm cache clean --force

FROM node:20-bookworm-slim
# ffmpeg normalises audio, pocketsphinx(-en-us) is the local speech engine, gnupg checks OpenPGP keys,
# tini is PID 1 so SIGTERM reaches node and BullMQ can finish its running job.
RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      ffmpeg pocketsphinx pocketsphinx-en-us gnupg tini ca-certificates \
 && rm -rf /var/lib/apt/lists/*

ENV NODE_ENV=production \
    QUIETLINE_HOME=/app \
    QUIETLINE_DATA_DIR=/var/lib/quietline \
    QUIETLINE_CONFIG=/etc/quietline/quietline.yaml \
    DASHBOARD_HOST=0.0.0.0 \
    DASHBOARD_PORT=8080

WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json package-lock.json tsconfig.json ./
COPY bin ./bin
COPY services ./services
COPY workers ./workers
COPY infra/docker/entrypoint.sh /usr/local/bin/quietline-entrypoint

# Declared as volumes so Fargate bind mounts of these paths inherit this ownership and mode
# (the tasks run with a read-only root file system and as the unprivileged `node` user).
RUN chmod 0755 /usr/local/bin/quietline-entrypoint \
 && mkdir -p /var/lib/quietline /etc/quietline \
 && chown node:node /var/lib/quietline \
 && chmod 0700 /var/lib/quietline \
 && chmod 1777 /tmp
VOLUME ["/var/lib/quietline", "/tmp"]

USER node
EXPOSE 8080
ENTRYPOINT ["/usr/bin/tini", "--", "/usr/local/bin/quietline-entrypoint"]
CMD ["start", "--role", "all"]
