import nodemailer, { type Transporter } from 'nodemailer';
import type SMTPPool from 'nodemailer/lib/smtp-pool/index.js';
import type SMTPTransportNs from 'nodemailer/lib/smtp-transport/index.js';
import { MailRejectedError, MailTemporaryError, type MailTransport, type OutgoingMail, type SendResult } from './transport.ts';

export interface SmtpTransportOptions {
  /** smtp://user:pass@host:587 (STARTTLS) or smtps://user:pass@host:465. */
  url: string;
  /** Permit a non-loopback relay without TLS. Default false. */
  allowInsecure?: boolean;
  dkim?: { domainName: string; keySelector: string; privateKey: string };
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || host.startsWith('127.');
}

/**
 * Messages above this size go over a connection of their own, closed after the send: a pooled
 * nodemailer connection keeps a reference to the first message it sent for as long as it stays
 * open (its connect-error listener holds the send's closure), so with large messages the pool
 * pinned up to maxConnections of them in memory, 20 MB each at the default size limit.
 */
const OWN_CONNECTION_BYTES = 1_000_000;

/**
 * Which nodemailer failures refuse this recipient or this message for good. Only a 5xx answer to our
 * RCPT TO (code EENVELOPE, command "RCPT TO") or to the message after DATA (EMESSAGE, command "DATA"):
 * retrying the same message to the same address gets the same answer. Every other 5xx is about the
 * relay, not the recipient: a rejected login after a password rotation (EAUTH, 535), a refused sender
 * (EENVELOPE at MAIL FROM), a 5xx greeting or EHLO (EPROTOCOL, ECONNECTION). Those would fail every
 * recipient at once on their first attempt, so they are retried like a relay outage.
 * (Codes and commands as set by nodemailer's smtp-connection _formatError.)
 */
function isRecipientOrMessageRejection(e: { code?: string; command?: string }, responseCode: number): boolean {
  if (responseCode < 500 || responseCode > 599) return false;
  return (e.code === 'EENVELOPE' && e.command === 'RCPT TO') || (e.code === 'EMESSAGE' && e.command === 'DATA');
}

/** Our error for a failed send. Only codes go into it: the server's text could echo an address or a header. */
export function classifySendError(err: unknown): MailRejectedError | MailTemporaryError {
  const e = (err ?? {}) as { responseCode?: unknown; code?: string; command?: string };
  const responseCode = typeof e.responseCode === 'number' ? e.responseCode : null;
  if (responseCode !== null && isRecipientOrMessageRejection(e, responseCode)) return new MailRejectedError(responseCode);
  const code = typeof e.code === 'string' && /^E[A-Z]{2,20}$/.test(e.code) ? e.code : 'connection failed';
  return new MailTemporaryError(responseCode !== null ? `${code}: relay answered ${responseCode}` : code);
}

/** nodemailer over SMTP. Message bodies are already encrypted when they get here. */
export class SmtpTransport implements MailTransport {
  private readonly pooled: Transporter<SMTPPool.SentMessageInfo>;
  private readonly single: Transporter<SMTPTransportNs.SentMessageInfo>;

  constructor(opts: SmtpTransportOptions) {
    const u = new URL(opts.url);
    const secure = u.protocol === 'smtps:';
    const loopback = isLoopback(u.hostname);
    // A non-loopback relay must offer STARTTLS unless the operator explicitly allowed plaintext.
    const requireTLS = !secure && !loopback && !opts.allowInsecure;
    const common = {
      host: u.hostname,
      port: Number(u.port || (secure ? 465 : 587)),
      secure,
      requireTLS,
      ignoreTLS: loopback && !secure,
      auth: u.username ? { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) } : undefined,
      connectionTimeout: 15_000,
      greetingTimeout: 10_000,
      socketTimeout: 60_000,
      ...(opts.dkim ? { dkim: opts.dkim } : {}),
    };
    this.pooled = nodemailer.createTransport({ ...common, pool: true, maxConnections: 3 } satisfies SMTPPool.Options);
    this.single = nodemailer.createTransport({ ...common, pool: false } satisfies SMTPTransportNs.Options);
  }

  async send(mail: OutgoingMail): Promise<SendResult> {
    const transporter: Transporter<{ response: string }> = mail.raw.length > OWN_CONNECTION_BYTES ? this.single : this.pooled;
    try {
      const info = await transporter.sendMail({ envelope: { from: mail.from, to: [mail.to] }, raw: mail.raw });
      return { response: info.response };
    } catch (err) {
      throw classifySendError(err);
    }
  }

  async verify(): Promise<void> {
    await this.pooled.verify();
  }

  /**
   * Runs after the workers are closed, so a message still being sent was abandoned at the shutdown
   * bound: force cuts its connection too (its job is retried elsewhere). Without force, a relay that is
   * slow to answer keeps the process alive for up to socketTimeout after SIGTERM.
   */
  close(): void {
    (this.pooled as unknown as { close(opts: { force: boolean }): void }).close({ force: true });
    this.single.close();
  }
}
