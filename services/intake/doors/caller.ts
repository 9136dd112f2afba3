/**
 * A caller number as phone systems write it ("+1 (555) 867-5309", "5558675309", "*67"), or undefined
 * for anything else ("Unknown", "anonymous", names): only plausible numbers enter the record.
 */
export function cleanCallerNumber(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (v.length === 0 || v.length > 32) return undefined;
  if (!/^[+0-9*#() .-]+$/.test(v)) return undefined;
  if (!/[0-9]/.test(v)) return undefined;
  return v;
}

/** File-name extension as a format hint, or undefined when it is not a short alphanumeric one. */
export function formatHintFrom(fileName: string | undefined): string | undefined {
  if (!fileName) return undefined;
  const m = /\.([A-Za-z0-9]{1,8})$/.exec(fileName.trim());
  return m?.[1]?.toLowerCase();
}

const HINT_BY_TYPE: Record<string, string> = {
  'audio/wav': 'wav',
  'audio/x-wav': 'wav',
  'audio/wave': 'wav',
  'audio/vnd.wave': 'wav',
  'audio/mpeg': 'mp3',
  'audio/mp3': 'mp3',
  'audio/ogg': 'ogg',
  'audio/opus': 'opus',
  'audio/mp4': 'm4a',
  'audio/x-m4a': 'm4a',
  'audio/aac': 'aac',
  'audio/flac': 'flac',
  'audio/x-flac': 'flac',
  'audio/gsm': 'gsm',
  'audio/x-gsm': 'gsm',
  'audio/basic': 'ul',
  'audio/webm': 'webm',
};

/** Format hint from a MIME type; undefined when the type says nothing useful. */
export function formatHintFromType(contentType: string | undefined): string | undefined {
  if (!contentType) return undefined;
  return HINT_BY_TYPE[contentType.split(';')[0]!.trim().toLowerCase()];
}

/** The bare MIME type (no parameters), if it is a sane token pair. */
export function bareContentType(contentType: string | undefined): string | undefined {
  const t = contentType?.split(';')[0]?.trim().toLowerCase();
  return t && /^[a-z0-9.+-]+\/[a-z0-9.+-]+$/.test(t) ? t : undefined;
}
