import type { Kysely } from 'kysely';
import type { Store } from '../../store/open-store.js';
import type { Database } from '../../store/schema.js';
import type { EvidenceResolver } from '../evidence.js';
import type { MechanismId, ReportOptions, Section } from '../types.js';
import { hrcVotesSection } from './hrc-votes.js';
import { ngoCommitteeSection } from './ngo-committee.js';
import { participationSection } from './participation.js';
import { reprisalsSection } from './reprisals.js';
import { uprSection } from './upr.js';

/*
 * The report's sections, one per mechanism (DESIGN §2: a module contributes its own section). A
 * module adds a section by adding one file beside this one that exports a `ReportSection`, and one
 * line to SECTIONS below; the order of SECTIONS is the order of the report.
 */

/** What a section is given to build itself. */
export interface SectionContext {
  store: Store;
  db: Kysely<Database>;
  options: ReportOptions;
  year: number;
  /** the State of a state edition; null in a mechanism edition (all States) */
  state: string | null;
  /** ids of records → located records (symbol, paragraph, line, page) */
  evidence: EvidenceResolver;
}

export interface ReportSection {
  id: MechanismId;
  /** Never throws for missing data: a section without data returns status 'no-data'. */
  build(ctx: SectionContext): Promise<Section>;
}

export const SECTIONS: readonly ReportSection[] = [
  ngoCommitteeSection,
  hrcVotesSection,
  uprSection,
  reprisalsSection,
  participationSection,
];

/** The sections of an edition: all of them for a State, the one named for a mechanism edition. */
export function sectionsFor(options: ReportOptions): readonly ReportSection[] {
  return options.edition === 'state'
    ? SECTIONS
    : SECTIONS.filter((s) => s.id === options.mechanism);
}
