import { gunzipIfNeeded } from '../common/gzip.js';
import { readCsv } from '../common/csv.js';
import { listZipEntries, looksLikeZip } from './zip.js';

export type UprFileKind =
  | 'upr-info-export'
  | 'upr-info-pledges'
  | 'un-matrix-csv'
  | 'un-matrix-docx'
  | 'wg-report'
  | 'wg-addendum';

// Enough of a file to see its header and first rows; a 2 MB export need not be decoded whole.
const SNIFF_BYTES = 64 * 1024;
const lenient = new TextDecoder('utf-8');

/**
 * Which UPR parser a file needs, from its content (the name only breaks ties: a .docx must also
 * be a zip holding word/document.xml). Gzipped files are looked into. null when none fits.
 */
export function detectUprFile(fileName: string, bytes: Uint8Array): UprFileKind | null {
  const unpacked = gunzipIfNeeded(bytes);
  if ('error' in unpacked) return null;
  const data = unpacked.bytes;
  if (looksLikeZip(data)) {
    const entries = listZipEntries(data);
    return entries.ok && entries.value.some((e) => e.name === 'word/document.xml')
      ? 'un-matrix-docx'
      : null;
  }
  const head = lenient.decode(data.subarray(0, SNIFF_BYTES)).replace(/^\uFEFF/, '');
  const firstLine = head.slice(0, head.search(/\r\n|\r|\n|$/)).trim();
  const columns = firstLine.split(',').map((c) => c.trim().replace(/^"|"$/g, '').toLowerCase());
  if (['to', 'text', 'from', 'response'].every((c) => columns.includes(c))) {
    // Drop the last, probably cut, record before looking at responses.
    const cut = data.length > SNIFF_BYTES ? head.slice(0, head.lastIndexOf('\n')) : head;
    const table = readCsv(cut).value;
    const iResponse = table.header.findIndex((h) => h.toLowerCase() === 'response');
    const responses = table.rows.map((r) => (r.cells[iResponse] ?? '').trim());
    const pledges = responses.filter((r) => /^voluntary pledges?$/i.test(r)).length;
    return responses.length > 0 && pledges === responses.length
      ? 'upr-info-pledges'
      : 'upr-info-export';
  }
  if (['rec_number', 'recommendation', 'position'].every((c) => columns.includes(c)))
    return 'un-matrix-csv';
  const lower = head.toLowerCase();
  const isUprText =
    lower.includes('universal periodic review') ||
    /\bA\/HRC\/\d+\/\d+/.test(head) ||
    /\.txt$/i.test(fileName);
  if (
    isUprText &&
    /^\s*views on conclusions and\/or recommendations|^\s*(?:\S+\s+)?A\/HRC\/\d+\/\d+\/Add\.\d\s*$/im.test(
      head,
    )
  ) {
    return 'wg-addendum';
  }
  if (
    isUprText &&
    /^\s*(?:[IVX]+\.\s*)?conclusions? and\/or recommendations?\s*$/im.test(
      data.length > SNIFF_BYTES ? lenient.decode(data) : head,
    )
  ) {
    return 'wg-report';
  }
  return null;
}
