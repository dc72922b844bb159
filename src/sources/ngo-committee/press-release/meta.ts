/**
 * What the release is: its symbol, date and year, from the crawler's header when it has one, else
 * from the masthead at the top of the body, else from the URL.
 */
import type { SourceDocumentMeta } from '../../../domain/provenance.js';
import { isIsoDate, type UnTextHeader } from '../../common/un-text-header.js';
import { ENGLISH_MONTHS as MONTHS } from '../../common/months.js';

// Symbols at the top of a release: "ECOSOC/6731-NG0/822" (sic, zero for O), "NGO/934", or glued to
// the masthead ("Economic and Social CouncilECOSOC/6408"). Cross-references inside sentences
// ("See Press Releases ECOSOC/6729") do not start a line and are not taken.
const SYMBOL_AT_START =
  /^(?:.*Council)?\s*((?:ECOSOC|NGO|NG0)\/\d{2,5})(?:\s*-\s*((?:NGO|NG0)\/\d{2,5}))?\b/;
const SYMBOL_IN_TITLE = /\(((?:ECOSOC|NGO|NG0)\/\d{2,5})\)/;
const SYMBOL_IN_URL = /(?:^|[/.])(ecosoc|ngo)(\d{2,5})\.(?:doc\.)?html?(?:$|[?#])/i;
const DATE_CRAWLER = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b/;
const DATE_WORDS = new RegExp(
  String.raw`^\s*(\d{1,2})\s+(${MONTHS.join('|')})\s+(\d{4})(?:\s|$)`,
  'i',
);
const DATE_COMPACT = /^\s*((?:19|20)\d{2})(\d{2})(\d{2})\s*$/;
const YEAR_IN_URL = /\/((?:19|20)\d{2})\//;
// The masthead (symbol, dateline) is at the top; later dates are references ("as of 3 February").
const MASTHEAD_LINES = 40;
// A line glued to the masthead can be long; the symbol is at its start.
const SYMBOL_LINE_MAX = 300;

/** The meta of a text that could not be read at all. */
export function emptyMeta(): SourceDocumentMeta {
  return { symbol: null, url: null, title: null, date: null, year: null, language: 'en' };
}

export function readMeta(header: UnTextHeader, lines: readonly string[]): SourceDocumentMeta {
  const { url, title } = header.meta;
  const masthead = mastheadLines(lines);
  const date = header.meta.date ?? readBodyDate(masthead);
  const urlYear = url ? YEAR_IN_URL.exec(url) : null;
  return {
    symbol: readSymbol(masthead, title, url),
    url,
    title,
    date,
    year: date ? Number(date.slice(0, 4)) : urlYear ? Number(urlYear[1]) : null,
    language: 'en',
  };
}

/** The first non-blank lines of the body, where the symbol and dateline are printed. */
function mastheadLines(lines: readonly string[]): string[] {
  const masthead: string[] = [];
  for (const line of lines) {
    if (line.trim() === '') continue;
    masthead.push(line);
    if (masthead.length === MASTHEAD_LINES) break;
  }
  return masthead;
}

function normaliseSymbol(symbol: string): string {
  return symbol.replace(/^NG0\//, 'NGO/');
}

/**
 * The masthead's ECOSOC/ symbol when it prints one, even after an NGO/ one; else its first NGO/
 * symbol; else the symbol in the title or the URL.
 */
function readSymbol(
  masthead: readonly string[],
  title: string | null,
  url: string | null,
): string | null {
  let ngo: string | null = null;
  for (const line of masthead) {
    const m = SYMBOL_AT_START.exec(
      line.length > SYMBOL_LINE_MAX ? line.slice(0, SYMBOL_LINE_MAX) : line,
    );
    if (!m) continue;
    const first = normaliseSymbol(m[1]!);
    if (first.startsWith('ECOSOC/')) return first;
    ngo ??= first;
  }
  if (ngo) return ngo;
  const inTitle = title ? SYMBOL_IN_TITLE.exec(title) : null;
  if (inTitle) return normaliseSymbol(inTitle[1]!);
  const inUrl = url ? SYMBOL_IN_URL.exec(url) : null;
  if (inUrl) return `${inUrl[1]!.toUpperCase()}/${inUrl[2]!}`;
  return null;
}

function readBodyDate(masthead: readonly string[]): string | null {
  for (const line of masthead) {
    const crawler = DATE_CRAWLER.exec(line);
    if (crawler && isIsoDate(crawler[1]!)) return crawler[1]!;
    const words = DATE_WORDS.exec(line);
    if (words) {
      const month = MONTHS.indexOf(words[2]!.toLowerCase()) + 1;
      const iso = `${words[3]}-${String(month).padStart(2, '0')}-${words[1]!.padStart(2, '0')}`;
      if (isIsoDate(iso)) return iso;
    }
    const compact = DATE_COMPACT.exec(line);
    if (compact) {
      const iso = `${compact[1]}-${compact[2]}-${compact[3]}`;
      if (isIsoDate(iso)) return iso;
    }
  }
  return null;
}
