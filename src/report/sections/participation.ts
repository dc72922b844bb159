import { buildParticipationSection } from './participation-figures.js';
import type { ReportSection } from './index.js';

/**
 * Council participation (issues 13 and 14): who holds the microphone at the Human Rights Council —
 * NGO speaking slots by classification and linked State, points of order against NGO speakers,
 * coordinated statements, speakers at a State's UPR adoption. Figures and words live beside it:
 * participation-figures.ts, participation-i18n.ts.
 */
export const participationSection: ReportSection = {
  id: 'participation',
  build: buildParticipationSection,
};
