/**
 * Where a cluster's shared passages sit in one member's own words, for highlighting. A passage is
 * cut from the cluster's first member; in the others the same words may differ in case and
 * punctuation, so both are read as words (letters and digits; a Han character is a word of its
 * own, as the clustering reads them) and a passage is found where its words follow each other.
 */

export interface Segment {
  text: string;
  /** the index of the passage this run of text belongs to, or null for unshared text */
  passage: number | null;
}

const WORD = /\p{Script=Han}|[\p{L}\p{N}]+/gu;

function words(text: string): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(WORD))
    out.push({ word: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  return out;
}

/** The text cut into runs: shared passages (each occurrence) and the text between them. */
export function highlightPassages(text: string, passages: readonly string[]): Segment[] {
  const tokens = words(text);
  // the passage covering each character range, the first passage winning an overlap
  const ranges: { start: number; end: number; passage: number }[] = [];
  passages.forEach((p, index) => {
    const needle = words(p).map((t) => t.word);
    if (needle.length === 0) return;
    for (let i = 0; i + needle.length <= tokens.length; i++) {
      let j = 0;
      while (j < needle.length && tokens[i + j]!.word === needle[j]) j++;
      if (j === needle.length) {
        ranges.push({
          start: tokens[i]!.start,
          end: tokens[i + needle.length - 1]!.end,
          passage: index,
        });
        i += needle.length - 1;
      }
    }
  });
  ranges.sort((a, b) => a.start - b.start || a.passage - b.passage);
  const segments: Segment[] = [];
  let at = 0;
  for (const r of ranges) {
    if (r.start < at) continue; // overlaps one already marked
    if (r.start > at) segments.push({ text: text.slice(at, r.start), passage: null });
    segments.push({ text: text.slice(r.start, r.end), passage: r.passage });
    at = r.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), passage: null });
  return segments;
}
