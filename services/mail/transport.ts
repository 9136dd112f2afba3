/** A finished RFC 5322 message and its SMTP envelope. */
export interface OutgoingMail {
  from: string;
  to: string;
  raw: Buffer;
}

export interface SendResult {
  /** The server's acceptance line, e.g. "250 2.0.0 Ok: queued as ...". PHI-free. */
  response: string;
}

/** The relay refused this message for good (5xx): retrying will not help. */
export class MailRejectedError extends Error {
  override readonly name = 'MailRejectedError';
  readonly code = 'smtp-rejected';
  constructor(readonly responseCode: number) {
    super(`smtp-rejected: relay answered ${responseCode}`);
  }
}

/** The relay was unreachable or answered 4xx: try again later. */
export class MailTemporaryError extends Error {
  override readonly name = 'MailTemporaryError';
  readonly code = 'smtp-unavailable';
  constructor(readonly detail: string) {
    super(`smtp-unavailable: ${detail}`);
  }
}

/** Mail transport: one adapter per implementation, transport library types stay inside it. */
export interface MailTransport {
  send(mail: OutgoingMail): Promise<SendResult>;
  /** Connects and greets the server; for readiness checks. */
  verify(): Promise<void>;
  close(): void;
}
