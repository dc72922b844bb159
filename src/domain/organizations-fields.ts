import type { Confidentiality } from './reprisals-fields.js';

/*
 * How open each field of the organisation registry's editorial records is (the security policy
 * reads these tables: src/security/policies.ts, `entityFromClassification`; editors and admins
 * write, every role reads to its clearance). Evidence and classifications are published on
 * purpose: a label is only worth its sources. Which editor wrote a record is restricted (logged-in
 * roles): a State that objects to a label should argue with the evidence, not find the person.
 */

export const GONGO_CLASSIFICATION_FIELDS = {
  id: 'public',
  organizationId: 'public',
  classification: 'public',
  previous: 'public',
  reason: 'public',
  source: 'public',
  setAt: 'public',
  auditSeq: 'public',
  revertsToAuditSeq: 'public',
  setBy: 'restricted',
  setRole: 'restricted',
} as const satisfies Readonly<Record<string, Confidentiality>>;

export const GONGO_EVIDENCE_FIELDS = {
  id: 'public',
  organizationId: 'public',
  indicator: 'public',
  share: 'public',
  statement: 'public',
  source: 'public',
  passage: 'public',
  sourceDate: 'public',
  addedAt: 'public',
  auditSeq: 'public',
  retractedAt: 'public',
  retractionReason: 'public',
  addedBy: 'restricted',
  retractedBy: 'restricted',
} as const satisfies Readonly<Record<string, Confidentiality>>;

export const ORGANIZATION_NAME_FIELDS = {
  id: 'public',
  organizationId: 'public',
  name: 'public',
  language: 'public',
  kind: 'public',
  source: 'public',
  addedAt: 'public',
  addedBy: 'restricted',
} as const satisfies Readonly<Record<string, Confidentiality>>;

export const ORGANIZATIONS_CLASSIFICATION = {
  gongoClassification: GONGO_CLASSIFICATION_FIELDS,
  gongoEvidence: GONGO_EVIDENCE_FIELDS,
  organizationName: ORGANIZATION_NAME_FIELDS,
} as const;
