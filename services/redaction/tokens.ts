/** Whitespace tokens with their punctuation-free core, the unit every detector works on. */
export interface Token {
  /** Index in the token array. */
  i: number;
  /** Offsets of the whole whitespace-delimited token. */
  start: number;
  end: number;
  /** Offsets of the token without leading/trailing punctuation. */
  cs: number;
  ce: number;
  core: string;
  /** Lower-cased core with surrounding dots removed ("Dr." -> "dr"). */
  low: string;
  /** Lower-cased core without a possessive "'s" ("williams's" -> "williams"). */
  base: string;
  possessive: boolean;
  cap: boolean;
  /** A sentence ends after this token (written form only; spoken text has no punctuation). */
  boundaryAfter: boolean;
  /** A comma, semicolon or colon follows the core. */
  commaAfter: boolean;
  /** Number-word atoms ("twenty-two" -> twenty, two); null when the token is not a number word. Filled lazily. */
  num?: string[] | null;
}

const LEADING = /^["'“‘([{<]+/;
const TRAILING = /["'”’)\]}>.,;:!?…]+$/;
const SPOKEN_SYMBOLS = new Map([['arroba', 'at'], ['punto', 'dot']]);

/** Abbreviations whose trailing dot is not a sentence end when a capitalised word follows. */
const TITLE_ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'st', 'ste', 'mt', 'ft', 'jr', 'sr', 'no', 'apt', 'ave', 'blvd', 'rd', 'ln', 'ct', 'terr', 'ter', 'pkwy', 'cir', 'hwy', 'trl', 'crt', 'dept', 'vs', 'etc', 'e.g', 'i.e']);
/** Puerto Rican and Latin American address abbreviations: "Urb. Santa Juanita", "Bo. Cañaboncito", "Carr. 172". */
const ADDRESS_ABBREVIATIONS = new Set(['urb', 'bo', 'carr', 'edif', 'cond', 'apto', 'blq', 'km']);
/** Words that open a new sentence after such an abbreviation's dot: "... my grandson Bo. He ...". */
const SENTENCE_OPENERS = new Set(['he', 'she', 'i', 'it', 'we', 'they', 'the', 'my', 'his', 'her', 'please', 'thanks', 'thank', 'call', 'you',
  'el', 'ella', 'yo', 'mi', 'gracias', 'por', 'este', 'esta']);

const MONTH_ABBREVIATIONS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
const MONTH_NAMES = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const WEEKDAY_ABBREVIATIONS = new Set(['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun']);

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const re = /\S+/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const raw = m[0];
    const start = m.index;
    const lead = LEADING.exec(raw)?.[0].length ?? 0;
    let body = raw.slice(lead);
    const trail = TRAILING.exec(body)?.[0] ?? '';
    // Keep a closing parenthesis that balances an opening one inside, e.g. "(312)" stays "312" via LEADING.
    body = body.slice(0, body.length - trail.length);
    const cs = start + lead;
    const ce = cs + body.length;
    let low = body.toLowerCase().replace(/’/g, "'");
    low = low.replace(/^\.+|\.+$/g, '');
    // An e-mail address read in Spanish or Portuguese ("dani punto arrieta arroba gmail punto com") spells "at" and
    // "dot" with these words; read as the English ones, every spoken-address rule applies.
    low = SPOKEN_SYMBOLS.get(low) ?? low;
    const possessive = /'s$/.test(low) && low.length > 2;
    const base = possessive ? low.slice(0, -2) : low.replace(/'$/, '');
    const trailPunct = trail.replace(/["'”’)\]}>]/g, '');
    const dotted = trailPunct.includes('.') || trailPunct.includes('…');
    const ends = /[!?]/.test(trailPunct) || dotted;
    out.push({
      i: out.length, start, end: start + raw.length, cs, ce, core: body, low, base, possessive,
      cap: /^\p{Lu}/u.test(body), boundaryAfter: ends, commaAfter: /[,;:]/.test(trailPunct),
    });
  }
  // A dot after an abbreviation ends a sentence only when a capitalised word follows and it is not a title.
  for (let i = 0; i < out.length; i++) {
    const t = out[i]!;
    if (!t.boundaryAfter) continue;
    const next = out[i + 1];
    // "Jan. 4th": a month abbreviation before a number does not end the sentence.
    if (MONTH_ABBREVIATIONS.has(t.low) && next && /^\d/.test(next.core)) { t.boundaryAfter = false; continue; }
    // "Tues., Jan. 6th", "Wed. 1/7": a weekday abbreviation before a month or a number does not either.
    if (WEEKDAY_ABBREVIATIONS.has(t.low) && t.cap && next && (/^\d/.test(next.core) || MONTH_ABBREVIATIONS.has(next.low) || MONTH_NAMES.has(next.low))) {
      t.boundaryAfter = false;
      continue;
    }
    // "1420 N. Lakeshore Dr.", "3120 S. 129th E. Ave.": a compass letter after a house number or an ordinal street abbreviates a direction.
    if (/^[nsew]$/.test(t.low) && i > 0 && /^\d+([a-z]|st|nd|rd|th)?$/i.test(out[i - 1]!.core)) { t.boundaryAfter = false; continue; }
    // "Harold T. Fitch": a capital initial between two capitalised words is a middle initial, not a sentence end.
    const prev = out[i - 1];
    if (/^[A-Z]$/.test(t.core) && prev && prev.cap && !prev.boundaryAfter && !prev.commaAfter && next && /^\p{Lu}\p{Ll}/u.test(next.core)) {
      t.boundaryAfter = false;
      continue;
    }
    if (ADDRESS_ABBREVIATIONS.has(t.low) && text[t.ce] === '.' && next && (/^\d/.test(next.core) || (next.cap && !SENTENCE_OPENERS.has(next.low)))) { t.boundaryAfter = false; continue; }
    const isAbbrev = TITLE_ABBREVIATIONS.has(t.low) || /^[a-z](\.[a-z])*$/i.test(t.low);
    if (isAbbrev && (TITLE_ABBREVIATIONS.has(t.low) || !next || !next.cap)) {
      // "p.m. Her account" still ends a sentence; "Dr. Chen" never does.
      t.boundaryAfter = !TITLE_ABBREVIATIONS.has(t.low) && next !== undefined && next.cap;
    }
  }
  return out;
}
