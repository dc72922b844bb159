/**
 * Colours shared by every chart, web and report: the Okabe–Ito palette, told apart by readers with
 * the common colour-vision deficiencies; grey is kept for "other" and "pending".
 */
export const SERIES_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00'] as const;
export const OTHER_COLOUR = '#A3A9B0';
/** the single-series bar colour (the first of the palette) */
export const BAR_COLOUR = SERIES_COLOURS[0];

/** UPR responses, stacked from the bottom: accepted first, so the noted and rejected sit on top. */
export const RESPONSE_COLOURS = {
  supported: '#009E73',
  partially: '#56B4E9',
  noted: '#E69F00',
  rejected: '#D55E00',
  pending: OTHER_COLOUR,
} as const;

/** Heat-map scale from all "no" to all "yes" (orange to green, both distinct in grey print). */
export const HEAT_SCALE = ['#D55E00', '#F0E442', '#009E73'] as const;
