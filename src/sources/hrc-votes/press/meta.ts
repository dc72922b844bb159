/** The release's url, title, date and language: from the crawler's header, else its dateline. */
import type { SourceDocumentMeta } from '../../../domain/provenance.js';
import { isIsoDate, type UnTextHeader } from '../../common/un-text-header.js';
import type { Paragraph, PressLanguage } from './text.js';
import { ENGLISH_MONTHS as MONTHS } from '../../common/months.js';

const FR_MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
const EN_DATE = new RegExp(
  String.raw`\b(\d{1,2})\s+(${MONTHS.join('|')})\s+((?:19|20)\d{2})\b`,
  'i',
);
const FR_DATE = new RegExp(
  String.raw`\b(\d{1,2})(?:er)?\s+(${FR_MONTHS.join('|')})\s+((?:19|20)\d{2})\b`,
  'i',
);
const ZH_DATE = /((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日/;
const URL_YEAR = /\/((?:19|20)\d{2})\/(\d{2})\//;
const SYMBOL_TITLE = /\((A\/HRC\/[^)\s]+|HRC\/\d{2}\/\d{1,3})\)/;
// the dateline is near the top; later dates are references ("since 2014", "on 16 September 2022")
const DATELINE_PARAGRAPHS = 12;

function iso(year: string, month: number, day: string): string | null {
  const d = `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isIsoDate(d) ? d : null;
}

function datelineDate(paragraphs: readonly Paragraph[]): string | null {
  for (const p of paragraphs.slice(0, DATELINE_PARAGRAPHS)) {
    // a dateline is a short paragraph ("24 March 2016", "GENEVA (28 September 2018) - The …")
    const head = p.text.slice(0, 60);
    const en = EN_DATE.exec(head);
    if (en) return iso(en[3]!, MONTHS.indexOf(en[2]!.toLowerCase()) + 1, en[1]!);
    const fr = FR_DATE.exec(head);
    if (fr) return iso(fr[3]!, FR_MONTHS.indexOf(fr[2]!.toLowerCase()) + 1, fr[1]!);
    const zh = ZH_DATE.exec(head);
    if (zh) return iso(zh[1]!, Number(zh[2]), zh[3]!);
  }
  return null;
}

export function readMeta(
  header: UnTextHeader,
  paragraphs: readonly Paragraph[],
  language: PressLanguage,
): SourceDocumentMeta {
  const { url, title } = header.meta;
  const date = header.meta.date ?? datelineDate(paragraphs);
  const urlYear = url ? URL_YEAR.exec(url) : null;
  return {
    symbol: title ? (SYMBOL_TITLE.exec(title)?.[1] ?? null) : null,
    url,
    title,
    date,
    year: date ? Number(date.slice(0, 4)) : urlYear ? Number(urlYear[1]) : null,
    language,
  };
}
