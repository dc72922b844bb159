import type { Generated } from 'kysely';

/*
 * The reprisals registry's tables (migration 010) as Kysely sees them (camelCase). Only public and
 * restricted fields are columns; confidential ones live in `confidential_values` (the vault).
 * Lists and structured values are JSON text; booleans are 1 / 0 / null ("not coded").
 */

export interface ReprisalCaseTable {
  caseId: string;
  reportYear: number;
  country: string;
  region: string | null;
  recordType: string;
  recordTypeCodedAs: string | null;
  pseudonym: string;
  gender: string | null;
  genderCodedAs: string | null;
  foreignNational: number | null;
  minor: number | null;
  civilServant: number | null;
  affectedGroups: string;
  activity: string | null;
  rightsDefended: string;
  priorUnAction: string | null;
  engagements: string;
  engagementTypes: string;
  reprisalDates: string | null;
  perpetrators: string;
  basedOnNewLegislation: number | null;
  generalEnvironmentComment: number | null;
  status: string;
  communicationRefs: string;
  uwaziSharedId: string | null;
  uwaziUrl: string | null;
  review: string;
  documentId: number | null;
  line: number | null;
}

export interface ReprisalCaseActTable {
  caseId: string;
  act: string;
  codedAs: string;
}

export interface ReprisalAppearanceTable {
  id: Generated<number>;
  caseId: string;
  symbol: string;
  year: number;
  annex: string;
  paragraph: string;
  kind: string;
  page: number | null;
  documentId: number | null;
  line: number | null;
}

export interface ReprisalDraftReasonTable {
  id: Generated<number>;
  caseId: string;
  field: string;
  rule: string;
}

export interface ReprisalFollowUpLinkTable {
  id: Generated<number>;
  documentId: number;
  line: number;
  country: string;
  symbol: string;
  year: number;
  annex: string;
  paragraph: string;
  page: number | null;
  earlier: string;
  communicationRefs: string;
  caseId: string | null;
  matchedBy: string | null;
}

export interface SpCommunicationTable {
  reference: string;
  ohchrId: string | null;
  state: string | null;
  date: string | null;
  type: string;
  mandates: string;
  replyReceived: number | null;
  replyDates: string;
  documentId: number | null;
  line: number | null;
}

export interface ReprisalsTables {
  reprisalCases: ReprisalCaseTable;
  reprisalCaseActs: ReprisalCaseActTable;
  reprisalAppearances: ReprisalAppearanceTable;
  reprisalDraftReasons: ReprisalDraftReasonTable;
  reprisalFollowUpLinks: ReprisalFollowUpLinkTable;
  spCommunications: SpCommunicationTable;
}
