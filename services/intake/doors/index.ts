import { log } from '../../common/log.ts';
import type { AppContext } from '../../runtime/context.ts';
import { buildDoorsApp, listenDoors } from './http-server.ts';
import type { DoorsOptions } from './options.ts';
import { startSmtpIntake } from './smtp-intake.ts';

export type {
  ApiKeyHash,
  DoorsOptions,
  HttpDoorOptions,
  MailboxTarget,
  RateLimit,
  S3EventOptions,
  SmtpIntakeOptions,
  SmtpUser,
  SnsOptions,
  TwilioAccount,
  TwilioOptions,
  UploadOptions,
} from './options.ts';
export { DEFAULTS as DOOR_DEFAULTS } from './options.ts';
export { openApiDocument, OPENAPI_PATH } from './openapi.ts';
export { S3_EVENTS_PATH } from './s3-events-route.ts';
export { UPLOAD_PATH } from './upload-route.ts';
export { TWILIO_PATH } from './twilio-route.ts';
export { doorVoicemailId } from './register.ts';
export { doorMapsFrom, type DoorMaps, type DoorPracticeFields } from './config-maps.ts';
export { DoorsConfigError } from './errors.ts';

export interface RunningDoors {
  /** Base URL of the HTTP doors, when they run. */
  httpUrl?: string;
  /** Port of the SMTP intake, when it runs. */
  smtpPort?: number;
  close(): Promise<void>;
}

/**
 * Starts the intake doors besides the S3 scanner: the HTTP server (S3 events, uploads, Twilio,
 * /v1/openapi.json; default 127.0.0.1:8081) and, when configured, the SMTP voicemail-to-email intake.
 * Every door ends in registerVoicemail, so each produces the same record and pipeline.
 */
export async function startIntakeDoors(ctx: AppContext, opts: DoorsOptions = {}): Promise<RunningDoors> {
  const logger = opts.logger ?? log;
  const closers: (() => Promise<void>)[] = [];
  const close = async () => {
    for (const c of closers.reverse()) await c().catch(() => undefined);
  };
  try {
    let httpUrl: string | undefined;
    if (opts.http !== false) {
      const http = opts.http ?? {};
      const app = buildDoorsApp(ctx, opts, http, logger);
      closers.push(() => app.close());
      httpUrl = await listenDoors(app, http);
    }
    let smtpPort: number | undefined;
    if (opts.smtp) {
      const smtp = await startSmtpIntake(ctx, opts.smtp, logger);
      closers.push(() => smtp.close());
      smtpPort = smtp.port;
    }
    logger.info({ door: 'all', http: Boolean(httpUrl), smtp: smtpPort !== undefined, twilio: Boolean(opts.twilio), s3Events: Boolean(opts.s3Events?.sns || opts.s3Events?.plain) }, 'intake doors started');
    return {
      ...(httpUrl ? { httpUrl } : {}),
      ...(smtpPort !== undefined ? { smtpPort } : {}),
      close,
    };
  } catch (err) {
    await close();
    throw err;
  }
}
