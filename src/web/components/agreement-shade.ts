/**
 * Cell colours for the agreement matrix: white (never alike) to deep blue (always alike), with
 * whichever text colour, black or white, contrasts more with the cell. With pure black and white
 * the worse of the two choices never falls below 4.58:1, so every figure meets WCAG AA.
 */

const DARK_TEXT = '#000000';
const LIGHT_TEXT = '#ffffff';

function hslToRgb(h: number, s: number, l: number): [number, number, number] {
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    return l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
  };
  return [f(0), f(8), f(4)];
}

function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

function contrast(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

const DARK_LUMINANCE = 0;

export function agreementShade(agreement: number): { background: string; color: string } {
  const lightness = 97 - agreement * 65; // 97% → 32%
  const bg = luminance(hslToRgb(208, 0.65, lightness / 100));
  const color = contrast(bg, 1) > contrast(bg, DARK_LUMINANCE) ? LIGHT_TEXT : DARK_TEXT;
  return { background: `hsl(208 65% ${lightness}%)`, color };
}
