/**
 * Chromium stamps the print time into the PDF's Info dictionary (/CreationDate, /ModDate) and
 * offers no option to leave it out; it is the only thing that differs between two prints of the
 * same HTML. The entries are overwritten with spaces of the same length, so every byte offset in
 * the cross-reference table stays right and the dictionary simply has no dates: the same report
 * gives the same bytes. (Creator names the Chromium version, which is what made the file.)
 */
export function blankPdfDates(pdf: Buffer): Buffer {
  const text = pdf.toString('latin1');
  const blanked = text.replace(/\/(?:CreationDate|ModDate) ?\(D:[0-9+\-Z']*\)/g, (entry) =>
    ' '.repeat(entry.length),
  );
  return blanked === text ? pdf : Buffer.from(blanked, 'latin1');
}
