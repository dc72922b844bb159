import { both } from '../i18n.js';
import { noDataSection } from '../figure.js';
import type { ReportSection } from './index.js';

export const ngoCommitteeSection: ReportSection = {
  id: 'ngo-committee',
  build: () =>
    Promise.resolve(
      noDataSection(
        'ngo-committee',
        both((t) => t.ngo.title),
        both((t) => t.hrcVotes.notYet),
      ),
    ),
};
