/**
 * Spans of text[from, to) between separator characters outside parentheses: the separators of a
 * list, never the commas inside a state name such as "Iran (Islamic Republic of)" or a country.
 */
export function splitOutsideParens(
  text: string,
  from: number,
  to: number,
  separators: string,
): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let depth = 0;
  let start = from;
  for (let i = from; i < to; i += 1) {
    const ch = text[i]!;
    if (ch === '(') depth += 1;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && separators.includes(ch)) {
      spans.push([start, i]);
      start = i + 1;
    }
  }
  spans.push([start, to]);
  return spans;
}
