import { readFileSync } from 'node:fs';
import type { LoadedConfig } from '../../config/load-config.ts';
import { ConfigError } from '../../config/load-config.ts';
import { doorMapsFrom } from './config-maps.ts';
import type { DoorsOptions, TwilioOptions } from './options.ts';

function secret(env: NodeJS.ProcessEnv, name: string, field: string): string {
  const v = env[name];
  if (!v) throw new ConfigError(`${field}: environment variable ${name} is not set`);
  return v;
}

/** Turns the config file's door settings (secrets named by environment variable) into the doors' options. */
export function doorsOptionsFromConfig(config: LoadedConfig, env: NodeJS.ProcessEnv = process.env): DoorsOptions {
  const d = config.raw.doors;
  const maps = doorMapsFrom(config.raw.practices);
  const hmacSecrets = new Map<string, string[]>();
  for (const p of config.raw.practices) {
    if (p.hmacSecretsEnv.length) hmacSecrets.set(p.id, p.hmacSecretsEnv.map((n) => secret(env, n, `practices.${p.id}.hmacSecretsEnv`)));
  }
  const twilio = twilioOptionsFromConfig(config, env);
  const minioToken = d.s3Events?.minioTokenEnv ? secret(env, d.s3Events.minioTokenEnv, 'doors.s3Events.minioTokenEnv') : undefined;
  // The HTTP listener opens only when a door that uses it is configured: nothing listens that need not.
  const httpNeeded = maps.apiKeys.size > 0 || hmacSecrets.size > 0 || Boolean(d.s3Events) || Boolean(d.twilio);
  return {
    http: httpNeeded ? { host: d.http.host, port: d.http.port, ...(d.http.publicUrl ? { publicUrl: d.http.publicUrl } : {}) } : false,
    upload: { apiKeys: maps.apiKeys, hmacSecrets, bodyLimit: d.upload.bodyLimitBytes, rateLimit: d.upload.rateLimit },
    ...(d.s3Events
      ? {
          s3Events: {
            ...(d.s3Events.snsTopicArns.length ? { sns: { topicArns: d.s3Events.snsTopicArns } } : {}),
            ...(d.s3Events.minioTokenEnv ? { plain: { token: minioToken } } : {}),
          },
        }
      : {}),
    ...(twilio ? { twilio: { ...twilio, numbers: maps.numbers } } : {}),
    ...(d.smtp
      ? {
          smtp: {
            host: d.smtp.host,
            port: d.smtp.port,
            tls: { cert: readFileSync(config.resolvePath(d.smtp.certFile)), key: readFileSync(config.resolvePath(d.smtp.keyFile)) },
            users: d.smtp.users.map((u) => ({ user: u.user, password: secret(env, u.passwordEnv, 'doors.smtp.users.passwordEnv') })),
            allowIps: d.smtp.allowIps,
            addresses: maps.addresses,
            callerPatterns: {
              ...(d.smtp.callerPatterns.subject ? { subject: [d.smtp.callerPatterns.subject] } : {}),
              ...(d.smtp.callerPatterns.body ? { body: [d.smtp.callerPatterns.body] } : {}),
            },
          },
        }
      : {}),
  };
}

/**
 * The Twilio accounts of the config, for the door and for the fetch worker (which downloads with the
 * same credentials, possibly in another process); undefined when the Twilio door is not configured.
 */
export function twilioOptionsFromConfig(config: LoadedConfig, env: NodeJS.ProcessEnv = process.env): TwilioOptions | undefined {
  const t = config.raw.doors.twilio;
  if (!t) return undefined;
  return { accounts: t.accounts.map((a) => ({ accountSid: a.accountSid, authToken: secret(env, a.authTokenEnv, 'doors.twilio.accounts.authTokenEnv') })) };
}
