import type { Store } from '../store/open-store.js';
import { compareChanges } from './changes.js';
import { datasetVersion } from './dataset-version.js';
import { evidenceResolver, type EvidenceResolver } from './evidence.js';
import { both } from './i18n.js';
import { sectionsFor } from './sections/index.js';
import { stateNames } from './state-names.js';
import { Report, type LocalText, type ReportOptions } from './types.js';

/**
 * The annual report as data: every section of the edition, built in the registry's order, the
 * changes since the previous year, and the dataset version. Pure over the store's contents: no
 * clock, no random ids, so the same data and options give the same report.
 */
export async function buildReport(
  store: Store,
  options: ReportOptions,
  /** the bench replaces the evidence resolver to time the figures alone */
  internals: { evidence?: EvidenceResolver } = {},
): Promise<Report> {
  const state = options.edition === 'state' ? options.state : null;
  const ctx = {
    store,
    db: store.db,
    options,
    year: options.year,
    state,
    evidence: internals.evidence ?? evidenceResolver(store.db),
  };
  // one section after the other: they share one connection, and SQLite serialises anyway
  const sections = [];
  for (const section of sectionsFor(options)) sections.push(await section.build(ctx));
  const stateName: LocalText | null = state ? stateNames(state) : null;
  const title =
    options.edition === 'state'
      ? both((t, lang) => t.reportTitleState(stateName![lang], options.year))
      : both((t) => t.reportTitleMechanism(t.mechanisms[options.mechanism], options.year));
  const report: Report = {
    schemaVersion: 1,
    edition: options.edition,
    state,
    stateName,
    mechanism: options.edition === 'mechanism' ? options.mechanism : null,
    year: options.year,
    title,
    datasetVersion: await datasetVersion(store.db),
    sections,
    changes: compareChanges(sections),
  };
  // the schema is the contract with the renderers and the PDF module: hold the builder to it
  return Report.parse(report);
}
