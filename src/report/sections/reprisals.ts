import { both } from '../i18n.js';
import { noDataSection } from '../figure.js';
import type { ReportSection } from './index.js';

export const reprisalsSection: ReportSection = {
  id: 'reprisals',
  build: () =>
    Promise.resolve(
      noDataSection(
        'reprisals',
        both((t) => t.reprisals.title),
        both((t) => t.hrcVotes.notYet),
      ),
    ),
};
