import { buildHrcVotesSection } from './hrc-votes-figures.js';
import type { ReportSection } from './index.js';

/**
 * Council votes (issue 13): country-specific texts, alignment, hostile amendments to texts on
 * civil society space and on reprisals. Figures and words live beside it: hrc-votes-figures.ts,
 * hrc-votes-i18n.ts.
 */
export const hrcVotesSection: ReportSection = {
  id: 'hrc-votes',
  build: buildHrcVotesSection,
};
