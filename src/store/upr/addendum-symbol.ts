/**
 * The symbols of a WG report addendum and of the report it answers ("A/HRC/40/6/Add.1" answers
 * "A/HRC/40/6"), from the first symbol printed in the text, else from the file name
 * ("A_HRC_40_6_Add.1.txt"). The addendum parser returns only the responses, and matching them to
 * the report's paragraphs is the store's job, so the symbol is read here.
 */
export function addendumSymbols(
  text: string,
  fileName: string,
): { addendum: string; report: string } | null {
  const inText = /\bA\/HRC\/(\d+)\/(\d+)\/Add\.(\d+)\b/.exec(text.slice(0, 5000));
  const inName = /\bA[_/-]HRC[_/-](\d+)[_/-](\d+)[_/-]Add\.?(\d+)/i.exec(fileName);
  const m = inText ?? inName;
  if (!m) return null;
  const report = `A/HRC/${m[1]}/${m[2]}`;
  return { addendum: `${report}/Add.${m[3]}`, report };
}
