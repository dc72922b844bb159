/**
 * One-for-one character folding, so that indices in the folded line are indices in the printed
 * line: no-break and thin spaces become spaces, non-breaking and other hyphens become "-". Dashes
 * (— –) are kept: they separate an organisation from the questions about it.
 */
export function foldSpaces(s: string): string {
  return s
    .replace(/[\u00a0\u2007\u202f\u2000-\u200a\u200b\u3000\t\f\v]/g, ' ')
    .replace(/[\u2010\u2011\u2012]/g, '-');
}

/** As foldSpaces, and every apostrophe form becomes "'", for matching only (output keeps ’). */
export function foldApostrophes(s: string): string {
  return s.replace(/[\u2018\u2019\u02bc\u0060\u00b4\u2032]/g, "'");
}

export function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export function excerpt(s: string, max = 160): string {
  const t = collapse(s);
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}

/**
 * Binary or otherwise non-text input: any NUL byte, or many control characters (other than tab and
 * line breaks) or U+FFFD replacement characters left by a failed decoding.
 */
export function looksLikeText(text: string): boolean {
  if (text.includes('\u0000')) return false;
  let controls = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (
      (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d) ||
      c === 0xfffd
    )
      controls += 1;
  }
  return controls <= 16 || controls / text.length < 0.05;
}
