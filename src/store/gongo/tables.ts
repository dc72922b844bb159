import type { Generated } from 'kysely';

/*
 * The organisation registry's editorial tables (migration 013) as Kysely sees them (camelCase).
 * The organisation and its Committee history live in the NGO Committee module's tables.
 */

/** An English or Chinese alias or abbreviation added by an editor. */
export interface OrganizationNameTable {
  id: Generated<number>;
  organizationId: number;
  name: string;
  nameKey: string;
  /** 'en' | 'zh' */
  language: string;
  /** 'alias' | 'abbreviation' */
  kind: string;
  source: string | null;
  addedBy: string;
  addedAt: string;
}

/** One indicator of ties to a State or ruling party, with its source (src/domain/gongo.ts). */
export interface GongoEvidenceTable {
  id: Generated<number>;
  organizationId: number;
  indicator: string;
  /** state-funding: the share of funding from the State or party, 0–1 */
  share: number | null;
  statement: string;
  /** a URL or a UN symbol */
  source: string;
  passage: string;
  sourceDate: string;
  addedBy: string;
  addedAt: string;
  auditSeq: number;
  retractedAt: string | null;
  retractedBy: string | null;
  retractionReason: string | null;
}

/** One classification as set (append-only): the newest row of an organisation holds. */
export interface GongoClassificationTable {
  id: Generated<number>;
  organizationId: number;
  classification: string;
  /** the classification it replaced (null: none had been set) */
  previous: string | null;
  reason: string;
  source: string;
  setBy: string;
  setRole: string;
  setAt: string;
  /** the audit log entry of this change */
  auditSeq: number;
  /** a revert: the audit entry whose state it restored */
  revertsToAuditSeq: number | null;
}

export interface GongoTables {
  organizationNames: OrganizationNameTable;
  gongoEvidence: GongoEvidenceTable;
  gongoClassifications: GongoClassificationTable;
}
