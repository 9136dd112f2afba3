/**
 * A request a door refuses for good: the HTTP status and a PHI-free reason code are all the client
 * (and the log) ever see.
 */
export class DoorRejection extends Error {
  override readonly name = 'DoorRejection';
  constructor(
    readonly status: number,
    readonly code: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(code);
  }
}

/** A multipart body that does not follow RFC 7578. */
export class MultipartError extends Error {
  override readonly name = 'MultipartError';
  constructor(readonly code: string) {
    super(code);
  }
}

/** Door options that cannot work (e.g. an SMTP intake nobody may send to); the message names the option. */
export class DoorsConfigError extends Error {
  override readonly name = 'DoorsConfigError';
}
