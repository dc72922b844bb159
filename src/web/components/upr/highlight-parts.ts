/** A piece of text, marked when it is a match. */
export interface TextPart {
  text: string;
  mark: boolean;
}

/**
 * Splits text at the [start, end) ranges of its matches, for rendering as text nodes and <mark>
 * elements: the text is never parsed as HTML. Ranges out of order, overlapping or out of bounds
 * (from a server that disagrees about the text) are clamped and merged, never thrown on.
 */
export function highlightParts(
  text: string,
  ranges: readonly (readonly [number, number])[],
): TextPart[] {
  const clean = ranges
    .map(([s, e]) => [Math.max(0, Math.min(s, text.length)), Math.max(0, Math.min(e, text.length))])
    .filter(([s, e]) => e! > s!)
    .sort((a, b) => a[0]! - b[0]!) as [number, number][];
  const parts: TextPart[] = [];
  let at = 0;
  for (const [start, end] of clean) {
    const s = Math.max(start, at);
    if (end <= s) continue;
    const last = parts[parts.length - 1];
    if (s > at) parts.push({ text: text.slice(at, s), mark: false });
    else if (last?.mark) {
      // touching or overlapping matches read as one
      last.text += text.slice(s, end);
      at = end;
      continue;
    }
    parts.push({ text: text.slice(s, end), mark: true });
    at = end;
  }
  if (at < text.length || parts.length === 0) parts.push({ text: text.slice(at), mark: false });
  return parts;
}
