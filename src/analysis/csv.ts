/**
 * RFC 4180 CSV for exports; a leading =, +, - or @ is quoted with ' so spreadsheets don't run it,
 * and so is a leading tab or carriage return, which some spreadsheets strip before looking.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const cell = (v: unknown): string => {
    if (v === null || v === undefined) return '';
    let s = Array.isArray(v) ? v.join(' ') : String(v);
    if (/^[=+\-@\t\r]/.test(s) && typeof v === 'string') s = `'${s}`;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** The UTF-8 byte-order mark, U+FEFF: three bytes EF BB BF at the start of a file. */
export const UTF8_BOM = '\ufeff';

/**
 * A CSV text as a file is written: with the UTF-8 byte-order mark first, unless `bom` is false.
 * Excel reads a CSV without it in the computer's local code page, so Chinese (and accented)
 * names come out garbled; with it, Excel, LibreOffice and pandas (encoding='utf-8-sig') read
 * UTF-8. Tools that do not expect it may show it as a stray first character: --no-bom (CLI) or
 * bom=false (API) leave it out. The figures' CSV functions return text without it; only what
 * leaves the program as a file or download carries it.
 */
export function withBom(csv: string, bom = true): string {
  const bare = csv.startsWith(UTF8_BOM) ? csv.slice(1) : csv;
  return bom ? UTF8_BOM + bare : bare;
}
