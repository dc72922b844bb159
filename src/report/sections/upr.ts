import { both } from '../i18n.js';
import { noDataSection } from '../figure.js';
import type { ReportSection } from './index.js';

export const uprSection: ReportSection = {
  id: 'upr',
  build: () =>
    Promise.resolve(
      noDataSection(
        'upr',
        both((t) => t.upr.title),
        both((t) => t.hrcVotes.notYet),
      ),
    ),
};
