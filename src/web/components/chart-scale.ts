/** Small helpers shared by the hand-written SVG charts. */

/** Round tick values from 0 to at least `max`: steps of 1, 2 or 5 times a power of ten. */
export function niceTicks(max: number, target = 5): number[] {
  if (max <= 0) return [0, 1];
  const rough = max / target;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const unit = Math.max(1, step); // counts are whole numbers: no 0.5 ticks
  const ticks: number[] = [];
  for (let v = 0; v < max + unit; v += unit) ticks.push(v);
  return ticks;
}

/** Approximate rendered width of a label: Han characters are about 1em wide, Latin about 0.56em. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/.test(ch) ? 1 : 0.56;
  return em * fontSize;
}

/** Shortens a label to fit `width`, with an ellipsis; the full name stays in the bar's <title>. */
export function fitText(text: string, width: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= width) return text;
  let out = '';
  for (const ch of text) {
    if (textWidth(`${out}${ch}…`, fontSize) > width) break;
    out += ch;
  }
  return `${out.trimEnd()}…`;
}

/**
 * Colours for the states in the per-year chart: the Okabe–Ito palette, told apart by readers with
 * the common colour-vision deficiencies; grey is kept for "other states".
 */
export const SERIES_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00'];
export const OTHER_COLOUR = '#A3A9B0';
