/**
 * Organisation names as the Committee on NGOs prints them vary from year to year: curly or straight
 * apostrophes, "&" or "and", a trailing "Inc.", a status note in brackets, a stray space inside a
 * word. These helpers give a matching key and a similarity so the store can join the same
 * organisation across sessions and send near misses to a human.
 */

export type ConsultativeStatus = 'general' | 'special' | 'roster' | 'none';

export interface StatusNote {
  /** The name without the note, tidied (see cleanOrgName). */
  name: string;
  /** Status the note gives; 'none' for "not in status with the Council"; null when no note. */
  status: ConsultativeStatus | null;
  year: number | null;
}

/** Trims and collapses white space (spreadsheet cells carry line breaks and double spaces). */
export function cleanOrgName(name: string): string {
  // Most names are clean already; testing first spares a copy of each (this runs for every cell).
  return NEEDS_CLEANING.test(name) ? name.replace(/\s+/g, ' ').trim() : name;
}
const NEEDS_CLEANING = /[^\S ]| {2}|^ | $/;

const STATUS_WORD = '(general|special|roster)';
// "special, 2011", "Special 2011", "roster; 1987", "Roster", "2018",
// "special, 1949; general, 2004".
const SHORT_NOTE = new RegExp(
  `^(?:${STATUS_WORD}(?:\\s*[,;]?\\s*(\\d{4}))?|(\\d{4}))(?:\\s*;\\s*(?:${STATUS_WORD}(?:\\s*[,;]?\\s*(\\d{4}))?))*$`,
  'i',
);
// "in special consultative status", "in general consultative status with the Council",
// "on the roster".
const LONG_NOTE =
  /^(?:in\s+(general|special)\s+consultative\s+status(?:\s+with\s+the\s+(?:economic\s+and\s+social\s+)?council)?|on\s+the\s+roster)$/i;
// "an organization not in status with the Council", "organization not in consultative status".
const NONE_NOTE =
  /^(?:an\s+)?(?:organi[sz]ation\s+)?not\s+in\s+(?:consultative\s+)?status(?:\s+with\s+the\s+(?:economic\s+and\s+social\s+)?council)?$/i;

interface Note {
  status: ConsultativeStatus | null;
  year: number | null;
}

/** Reads the inside of a status note, or undefined when the text is not one. */
function readNote(inner: string): Note | undefined {
  const text = cleanOrgName(inner);
  if (SHORT_NOTE.test(text)) {
    // Several entries ("special, 1949; general, 2004") record a reclassification: the last holds.
    let last: RegExpMatchArray | undefined;
    for (const m of text.matchAll(/(general|special|roster)(?:\s*[,;]?\s*(\d{4}))?/gi)) last = m;
    if (!last) return { status: null, year: Number(text) };
    const status = last[1]!.toLowerCase() as ConsultativeStatus;
    return { status, year: last[2] === undefined ? null : Number(last[2]) };
  }
  const long = LONG_NOTE.exec(text);
  if (long) {
    const word = long[1]?.toLowerCase();
    return { status: word === 'general' || word === 'special' ? word : 'roster', year: null };
  }
  if (NONE_NOTE.test(text)) return { status: 'none', year: null };
  return undefined;
}

// White space (the kinds spreadsheets leave) and the punctuation that may trail a name.
const TRAILING = new Set([0x20, 0x09, 0x0a, 0x0d, 0xa0, 0x2e, 0x2c, 0x3b]);

/** Index just past the name's last character that is not white space or trailing punctuation. */
function contentEnd(text: string): number {
  let end = text.length;
  while (end > 0 && TRAILING.has(text.charCodeAt(end - 1))) end--;
  return end;
}

/**
 * Splits one trailing status note, "(…)" or ", in special consultative status", off a name.
 * Written with indexOf rather than one regex: names are many and a backtracking regex is slow.
 */
function splitNote(name: string): { name: string; note: Note } | undefined {
  const end = contentEnd(name);
  if (name[end - 1] === ')') {
    const open = name.lastIndexOf('(', end - 1);
    const head = open > 0 ? name.slice(0, open) : '';
    if (head.trim() !== '') {
      const note = readNote(name.slice(open + 1, end - 1));
      if (note) return { name: head, note };
    }
  }
  // The comma form is only trusted for the long wordings: ", 2011" may be part of a real name.
  const comma = name.lastIndexOf(',', end - 1);
  if (comma > 0) {
    const inner = cleanOrgName(name.slice(comma + 1, end));
    const head = name.slice(0, comma);
    if ((LONG_NOTE.test(inner) || NONE_NOTE.test(inner)) && head.trim() !== '') {
      const note = readNote(inner);
      if (note) return { name: head, note };
    }
  }
  return undefined;
}

/**
 * Reads the status note the name-change and merger tables append to an old name:
 * "Entrepreneurs Council of India (special, 2021)" → { name: "Entrepreneurs Council of India",
 * status: "special", year: 2021 }. A bracket that is not a status note ("(IHRA)") stays in the name.
 */
export function parseStatusNote(name: string): StatusNote {
  const split = splitNote(name);
  if (!split) return { name: cleanOrgName(name), status: null, year: null };
  return { name: cleanOrgName(split.name), status: split.note.status, year: split.note.year };
}

/** Letters NFKD leaves whole, spelled as a reader would type them on an English keyboard. */
const LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
};

const NON_ASCII = /[\u0080-\uffff]/;

// Legal forms say how a body is registered, not which body it is; sources add and drop them freely.
const LEGAL_FORM = /\s+(?:inc|incorporated|ltd|limited|llc|llp|plc|gmbh|ggmbh|ev|asbl|aisbl|pty)$/;

/**
 * A key under which printings of the same organisation name meet: case-folded, diacritics gone,
 * quotes, apostrophes and dashes unified, "&" read as "and", punctuation dropped, a leading "The",
 * trailing legal forms (Inc., Ltd, e.V. …) and trailing status notes removed, spaces collapsed.
 * Meaningful words such as "Foundation" stay: they tell organisations apart.
 */
export function normalizeOrgName(name: string): string {
  let text = name;
  // Status notes first, while their brackets and commas are still there to find them by.
  for (let split = splitNote(text); split; split = splitNote(text)) text = split.name;
  // Most names are plain ASCII: for them NFKD changes nothing, there are no marks or special
  // letters, and "not a letter or digit" is [^a-z0-9] once lower-cased, so the Unicode steps
  // (a third of an import's matching time) are skipped with the same result.
  const ascii = !NON_ASCII.test(text);
  let key = ascii
    ? text.toLowerCase()
    : text
        // NFKD on both sides of lower-casing: compatibility forms ("𝕬") fold to plain letters
        // before it, and the marks lower-casing adds ("İ" → "i̇") come apart after it, to be stripped.
        .normalize('NFKD')
        .toLowerCase()
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .replace(/[ßæœøđðłþı]/g, (c) => LETTERS[c] ?? c);
  key = key
    // Apostrophes and dots join what they sit in: "Women’s" = "Womens", "e.V." = "eV", "U.S." = "US".
    .replace(/['\u2018\u2019\u201a\u201b\u2032\u02bc`´.]/g, '')
    .replace(/&/g, ' and ')
    // Anything else not a letter or digit (dashes, quotes, brackets, commas…) separates words.
    .replace(ascii ? /[^a-z0-9]+/g : /[^\p{L}\p{N}]+/gu, ' ');
  // British and American spellings of the same name: the UN prints "Organisation" and "Centre"
  // for bodies that call themselves "Organization" and "Center", and the other way round. (The
  // look-around regexes are slow on every name; few names hold either word.)
  if (key.includes('isation'))
    key = key.replace(/(?<=\p{L})isation(s?)(?![\p{L}\p{N}])/gu, 'ization$1');
  if (key.includes('centre'))
    key = key.replace(/(?<![\p{L}\p{N}])centre(s?)(?![\p{L}\p{N}])/gu, 'center$1');
  key = key.trim();
  // Until stable, so that a key normalises to itself (the store compares keys with similarity()).
  for (let prev = ''; prev !== key;) {
    prev = key;
    key = key.replace(/^the\s+/, '').replace(LEGAL_FORM, '');
  }
  return key;
}

/**
 * How alike two organisation names are, in [0, 1]: 1 when their keys are equal, otherwise the
 * Sørensen–Dice coefficient of their keys' character trigrams. Trigrams (not whole words) so that a
 * split word ("Kirch en") or a one-letter typo costs a little, not a whole token.
 */
export function similarity(a: string, b: string): number {
  return keySimilarity(normalizeOrgName(a), normalizeOrgName(b));
}

/**
 * A key's character trigrams (words padded, so that word starts and ends count) as ids of
 * interned strings in descending order, with their counts and the number of trigrams: two profiles
 * are compared by one merge of sorted integers, not by string lookups in a map (the near-match
 * search of an import compares each new name with thousands). Descending, so that the prefix of
 * keyProfilePrefix is read off the front without a sort of its own.
 */
interface Profile {
  ids: readonly number[];
  counts: readonly number[];
  total: number;
}

// Trigrams of three ASCII characters (nearly all) are interned by their 21-bit code, the rest by
// their string: no string is cut out per trigram. Ids: 1, 2, 3, … in the order first met.
const asciiGramIds = new Map<number, number>();
const otherGramIds = new Map<string, number>();
let gramCount = 0;
// Profiles of recently compared keys (keySimilarity); gram ids stay valid when it is cleared.
const profiles = new Map<string, Profile>();
const PROFILE_CACHE_SIZE = 50_000;

function gramId(padded: string, i: number): number {
  const a = padded.charCodeAt(i);
  const b = padded.charCodeAt(i + 1);
  const c = padded.charCodeAt(i + 2);
  if ((a | b | c) < 128) {
    const code = (a << 14) | (b << 7) | c;
    let id = asciiGramIds.get(code);
    if (id === undefined) asciiGramIds.set(code, (id = ++gramCount));
    return id;
  }
  const g = padded.slice(i, i + 3);
  let id = otherGramIds.get(g);
  if (id === undefined) otherGramIds.set(g, (id = ++gramCount));
  return id;
}

// One key's trigram ids at a time, sorted in place: a typed array sorts numerically without a
// comparator call per step, and one reused buffer leaves no array per key behind. (A Map holds
// fewer than 2^24 entries, so every id fits.)
let gramBuffer = new Int32Array(256);

function buildProfile(key: string): Profile {
  const padded = ` ${key} `;
  const total = Math.max(0, padded.length - 2);
  if (gramBuffer.length < total)
    gramBuffer = new Int32Array(Math.max(total, 2 * gramBuffer.length));
  for (let i = 0; i < total; i++) gramBuffer[i] = gramId(padded, i);
  const grams = gramBuffer.subarray(0, total).sort();
  // arrays of their exact length (grown by push, they held half again as much, for the whole
  // import: thousands of profiles stay with the resolver)
  let distinct = 0;
  for (let i = 0; i < total; i++) if (i === 0 || grams[i] !== grams[i - 1]) distinct++;
  const ids = new Array<number>(distinct);
  const counts = new Array<number>(distinct);
  // read from the end: runs of one id counted, largest id first
  for (let i = total - 1, at = -1; i >= 0; i--) {
    const id = grams[i]!;
    if (at >= 0 && id === ids[at]) counts[at]!++;
    else {
      ids[++at] = id;
      counts[at] = 1;
    }
  }
  return { ids, counts, total };
}

function profileOf(key: string): Profile {
  let p = profiles.get(key);
  if (!p) {
    if (profiles.size >= PROFILE_CACHE_SIZE) profiles.clear();
    p = buildProfile(key);
    profiles.set(key, p);
  }
  return p;
}

/** similarity() of two names already normalised with normalizeOrgName. */
export function keySimilarity(ka: string, kb: string): number {
  if (ka === kb) return 1;
  if (ka === '' || kb === '') return 0;
  return profileSimilarity(profileOf(ka), profileOf(kb));
}

/**
 * A normalised key's trigram profile, for a caller that compares one key with many: it holds the
 * profile beside the key (made here, not kept in keySimilarity's cache, which the thousands of
 * keys of an import would only churn). `keyProfileSimilarity` of two profiles is keySimilarity of
 * their keys.
 */
export interface KeyProfile {
  readonly key: string;
  readonly profile: Profile;
}

export function keyProfile(key: string): KeyProfile {
  return { key, profile: buildProfile(key) };
}

export function keyProfileSimilarity(a: KeyProfile, b: KeyProfile): number {
  if (a.key === b.key) return 1;
  if (a.key === '' || b.key === '') return 0;
  return profileSimilarity(a.profile, b.profile);
}

/** Element codes id·64 + occurrence stay small integers while ids and counts keep under these. */
const MAX_GRAM_IDS = 2 ** 24;
const MAX_OCCURRENCES = 64;

/**
 * The prefix of a profile for a Dice threshold t (the prefix filter of set-similarity joins,
 * Chaudhuri et al. 2006; Bayardo et al. 2007). A profile of n trigrams is read as a set of n
 * elements (trigram, occurrence), so that two profiles share exactly the multiset overlap that
 * keySimilarity counts. Two profiles of n and m trigrams with Dice ≥ t share o ≥ t·n / (2 − t)
 * elements (o ≤ m and 2o ≥ t(n + m)), and likewise o ≥ t·m / (2 − t). In any fixed order of
 * elements, their first shared element has at most n − o non-shared elements before it in the
 * one profile, so it lies within its first n − ⌈t·n / (2 − t)⌉ + 1 elements, and likewise in the
 * other. So two profiles whose prefixes share no element score under t and need not be compared
 * (keyPrefixesMeet). The order here is the element's code id·64 + occurrence, descending:
 * trigrams interned late first; the codes are returned in that order. Undefined when the filter
 * cannot be applied (no trigrams, a trigram 64 times or more, too many interned): compare then.
 */
export function keyProfilePrefix(p: KeyProfile, threshold: number): number[] | undefined {
  const { ids, counts, total } = p.profile;
  if (total === 0 || gramCount >= MAX_GRAM_IDS) return undefined;
  for (let i = 0; i < counts.length; i++) if (counts[i]! >= MAX_OCCURRENCES) return undefined;
  // the least overlap any pair at or above the threshold has (a hair lower, against rounding)
  const overlap = Math.max(1, Math.ceil((threshold * total) / (2 - threshold) - 1e-9));
  const length = Math.min(total, total - overlap + 1);
  // ids descending, and each id's occurrences from the last: the codes in descending order
  const codes = new Array<number>(Math.max(0, length));
  for (let i = 0, at = 0; at < length; i++)
    for (let occurrence = counts[i]! - 1; occurrence >= 0 && at < length; occurrence--)
      codes[at++] = ids[i]! * MAX_OCCURRENCES + occurrence;
  return codes;
}

/** Whether two prefixes of keyProfilePrefix (descending codes) share an element. */
export function keyPrefixesMeet(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) return true;
    if (x > y) i++;
    else j++;
  }
  return false;
}

function profileSimilarity(a: Profile, b: Profile): number {
  // shared trigrams counted with multiplicity (the smaller count of each), as Dice on multisets;
  // ids in descending order
  let shared = 0;
  for (let i = 0, j = 0; i < a.ids.length && j < b.ids.length;) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) {
      shared += Math.min(a.counts[i++]!, b.counts[j++]!);
    } else if (x > y) i++;
    else j++;
  }
  // Distinct keys never score 1, so "equal key" stays the only sure match.
  return Math.min((2 * shared) / (a.total + b.total), 0.999);
}
