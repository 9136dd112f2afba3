import { createHash } from 'node:crypto';
import { BlockList, isIPv4, isIPv6, type AddressInfo } from 'node:net';
import type { Readable } from 'node:stream';
import { simpleParser } from 'mailparser';
import type { Logger } from 'pino';
import { SMTPServer, type SMTPServerAuthentication, type SMTPServerSession } from 'smtp-server';
import type { AppContext } from '../../runtime/context.ts';
import { DoorRejection, DoorsConfigError } from './errors.ts';
import { DEFAULTS, type MailboxTarget, type SmtpIntakeOptions } from './options.ts';
import { compileCallerPatterns, extractPbxVoicemail } from './pbx-mail.ts';
import { doorVoicemailId, registerFromDoor } from './register.ts';
import { safeEqualStrings } from './upload-auth.ts';

/** An SMTP reply a handler gives instead of accepting; the text is a fixed, PHI-free phrase. */
export class SmtpReply extends Error {
  override readonly name = 'SmtpReply';
  constructor(
    readonly responseCode: number,
    message: string,
  ) {
    super(message);
  }
}

export interface RunningSmtpIntake {
  port: number;
  close(): Promise<void>;
}

/** Builds the client allow-list; entries are addresses or CIDR ranges, IPv4 or IPv6. */
export function ipAllowList(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const e of entries) {
    const [addr, bits] = e.trim().split('/');
    const type = addr && isIPv4(addr) ? 'ipv4' : addr && isIPv6(addr) ? 'ipv6' : null;
    if (!addr || !type) throw new DoorsConfigError(`smtp.allowIps: ${e} is not an IP address or CIDR range`);
    if (bits === undefined) list.addAddress(addr, type);
    else list.addSubnet(addr, Number(bits), type);
  }
  return list;
}

function clientAllowed(list: BlockList, remote: string | undefined): boolean {
  if (!remote) return false;
  const v4 = remote.startsWith('::ffff:') && isIPv4(remote.slice(7)) ? remote.slice(7) : remote;
  if (isIPv4(v4)) return list.check(v4, 'ipv4');
  return isIPv6(v4) && list.check(v4, 'ipv6');
}

async function readCapped(stream: Readable & { sizeExceeded?: boolean }): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return stream.sizeExceeded ? null : Buffer.concat(chunks);
}

/**
 * The voicemail-to-email door for Asterisk/FreePBX app_voicemail, FreeSWITCH/FusionPBX and the like.
 * Mail is taken only over TLS (STARTTLS), from an authenticated account or an allow-listed client,
 * and only for configured intake addresses. Nothing of a message (headers, body, addresses) is
 * logged: only voicemail ids, mailbox ids and reason codes.
 */
export async function startSmtpIntake(ctx: AppContext, opts: SmtpIntakeOptions, logger: Logger): Promise<RunningSmtpIntake> {
  const users = opts.users ?? [];
  if (users.length === 0 && !opts.allowIps?.length) throw new DoorsConfigError('smtp: give users or allowIps; otherwise no phone system may send');
  if (opts.addresses.size === 0) throw new DoorsConfigError('smtp.addresses: no intake address is configured');
  const allow = ipAllowList(opts.allowIps ?? []);
  const patterns = compileCallerPatterns(opts.callerPatterns);
  const addresses = new Map([...opts.addresses].map(([k, v]) => [k.trim().toLowerCase(), v]));
  const maxBytes = opts.maxMessageBytes ?? DEFAULTS.smtpMaxMessageBytes;

  const server = new SMTPServer({
    secure: false,
    key: opts.tls.key,
    cert: opts.tls.cert,
    name: opts.serverName ?? DEFAULTS.smtpServerName,
    banner: 'Quietline voicemail intake',
    size: maxBytes,
    authMethods: ['PLAIN', 'LOGIN'],
    authOptional: true,
    allowInsecureAuth: false,
    disabledCommands: users.length ? [] : ['AUTH'],
    disableReverseLookup: true,
    useXClient: false,
    useXForward: false,
    logger: false,
    onAuth(auth: SMTPServerAuthentication, session: SMTPServerSession, cb) {
      if (!session.secure) return cb(new SmtpReply(538, 'Must issue a STARTTLS command first'));
      let ok = false;
      // Every account is compared, so the time taken does not tell which user names exist.
      for (const u of users) {
        const userOk = safeEqualStrings(auth.username ?? '', u.user);
        const passOk = safeEqualStrings(auth.password ?? '', u.password);
        if (userOk && passOk) ok = true;
      }
      if (!ok) {
        logger.warn({ door: 'smtp', reason: 'auth-failed' }, 'smtp auth refused');
        return cb(new SmtpReply(535, 'Authentication credentials invalid'));
      }
      cb(null, { user: 'pbx' });
    },
    onMailFrom(_from, session, cb) {
      if (!session.secure) return cb(new SmtpReply(530, 'Must issue a STARTTLS command first'));
      if (!session.user && !clientAllowed(allow, session.remoteAddress)) {
        logger.warn({ door: 'smtp', reason: 'auth-required' }, 'smtp client neither authenticated nor allow-listed');
        return cb(new SmtpReply(530, 'Authentication required'));
      }
      cb();
    },
    onRcptTo(to, _session, cb) {
      if (!addresses.has(to.address.trim().toLowerCase())) return cb(new SmtpReply(550, 'No such intake address'));
      cb();
    },
    onData(stream, session, cb) {
      void (async () => {
        const raw = await readCapped(stream);
        if (!raw) throw new SmtpReply(552, 'Message exceeds the size limit');
        const targets = new Map<string, MailboxTarget>();
        for (const r of session.envelope.rcptTo) {
          const t = addresses.get(r.address.trim().toLowerCase());
          if (t) targets.set(`${t.practiceId}/${t.mailboxId}`, t);
        }
        const mail = await simpleParser(raw, { skipHtmlToText: true, skipTextLinks: true, skipImageLinks: true });
        const vm = extractPbxVoicemail(mail, raw, patterns);
        if (!vm) {
          // A bounce goes back to the PBX, whose owner may never read it: the operator sees it too.
          const sourceId = mail.messageId ?? `sha256:${createHash('sha256').update(raw).digest('hex')}`;
          for (const t of targets.values()) {
            const id = doorVoicemailId(ctx, { source: 'smtp', sourceId, ...t });
            await ctx.activity
              .intakeIssue({ subjectId: id, ...t, reason: 'no-audio-attachment', outcome: 'rejected', at: new Date() })
              .catch(() => logger.warn({ door: 'smtp', reason: 'activity-unavailable' }, 'intake issue not recorded'));
          }
          logger.warn({ door: 'smtp', reason: 'no-audio-attachment' }, 'smtp message refused');
          throw new SmtpReply(550, 'No audio attachment found');
        }
        for (const t of targets.values()) {
          const r = await registerFromDoor(ctx, {
            source: 'smtp',
            sourceId: vm.sourceId,
            practiceId: t.practiceId,
            mailboxId: t.mailboxId,
            ...(vm.callerNumber ? { callerNumber: vm.callerNumber } : {}),
            receivedAt: vm.receivedAt,
            ...(vm.formatHint ? { formatHint: vm.formatHint } : {}),
            ...(vm.contentType ? { contentType: vm.contentType } : {}),
            audio: vm.audio,
          }, { oversize: 'deliver-with-note' });
          logger.info({ door: 'smtp', voicemailId: r.id, practiceId: t.practiceId, mailboxId: t.mailboxId, outcome: r.outcome, durationSec: vm.durationSec, sizeBytes: vm.audio.length }, 'smtp voicemail registered');
        }
      })().then(
        () => cb(null, 'Voicemail accepted'),
        (err: unknown) => {
          if (err instanceof SmtpReply) return cb(err);
          if (err instanceof DoorRejection) {
            const permanent = err.status < 500;
            logger.warn({ door: 'smtp', reason: err.code }, 'smtp message refused');
            return cb(new SmtpReply(permanent ? 550 : 451, permanent ? `Voicemail refused (${err.code})` : 'Temporary failure, try again later'));
          }
          logger.error({ door: 'smtp', reason: (err as Error)?.name ?? 'unknown' }, 'smtp voicemail could not be stored');
          cb(new SmtpReply(451, 'Temporary failure, try again later'));
        },
      );
    },
  });
  // Connection-level errors (resets, TLS failures) carry no message content; they must not crash the process.
  server.on('error', (err: Error & { code?: string }) => logger.warn({ door: 'smtp', reason: err.code ?? err.name }, 'smtp connection error'));

  await new Promise<void>((resolve, reject) => {
    const onErr = (e: Error) => reject(e);
    server.server.once('error', onErr);
    server.listen(opts.port ?? DEFAULTS.smtpPort, opts.host ?? DEFAULTS.smtpHost, () => {
      server.server.off('error', onErr);
      resolve();
    });
  });
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
