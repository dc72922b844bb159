import { both } from '../i18n.js';
import { noDataSection } from '../figure.js';
import type { ReportSection } from './index.js';

/**
 * Council votes (country-specific texts, alignment, hostile amendments). A stub until the module
 * writes it: it says the report does not cover these figures yet, rather than disappearing.
 */
export const hrcVotesSection: ReportSection = {
  id: 'hrc-votes',
  build: () =>
    Promise.resolve(
      noDataSection(
        'hrc-votes',
        both((t) => t.hrcVotes.title),
        both((t) => t.hrcVotes.notYet),
      ),
    ),
};
