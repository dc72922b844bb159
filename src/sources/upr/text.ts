const UNUSUAL_SPACE = /^\s|\s$|\s\s|[\t\n\r\u00a0]/;

/** One plain space between words, none at the ends; most texts need no change, so test first. */
export function foldSpace(text: string): string {
  return UNUSUAL_SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}
