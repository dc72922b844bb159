import type { Generated } from 'kysely';

/**
 * The database as Kysely sees it (camelCase here, snake_case in SQL through CamelCasePlugin).
 * Entity shapes are validated by the zod schemas in domain/ before they get here.
 */
export interface SourceDocumentTable {
  id: Generated<number>;
  sha256: string;
  /** which parser read it: 'ngo-press', 'ngo-decision-table', … */
  kind: string;
  fileName: string;
  symbol: string | null;
  url: string | null;
  title: string | null;
  date: string | null;
  year: number | null;
  language: string;
  byteSize: number;
  importedAt: string;
}

export interface OrganizationTable {
  id: Generated<number>;
  name: string;
  nameKey: string;
  country: string | null;
  countryCode: string | null;
}

export interface OrganizationAliasTable {
  id: Generated<number>;
  organizationId: number;
  name: string;
  nameKey: string;
  /** 'printed' (seen in a document), 'name-change' or 'merger' (from the Committee's lists) */
  reason: string;
  documentId: number | null;
  line: number | null;
}

/** A name that looked like a known organisation but not enough to merge silently. */
export interface OrganizationReviewTable {
  id: Generated<number>;
  organizationId: number;
  candidateOrganizationId: number;
  similarity: number;
  documentId: number;
  line: number;
  status: string;
}

export interface NgoEventTable {
  id: Generated<number>;
  organizationId: number;
  documentId: number;
  line: number;
  passage: string;
  nameAsPrinted: string;
  countryAsPrinted: string | null;
  session: string | null;
  date: string | null;
  year: number | null;
  action: string;
  status: string;
  /** 'press' or the decision-table kind the row came from */
  sourceKind: string;
}

export interface NgoQuestionTable {
  id: Generated<number>;
  eventId: number;
  organizationId: number;
  documentId: number;
  line: number;
  state: string;
  stateAsPrinted: string;
  text: string;
  date: string | null;
  year: number | null;
  session: string | null;
}

export interface NgoQuestionTopicTable {
  questionId: number;
  topic: string;
  ruleId: string;
  phrase: string;
}

export interface NgoVoteTable {
  id: Generated<number>;
  documentId: number;
  line: number;
  passage: string;
  session: string | null;
  date: string | null;
  year: number | null;
  subject: string | null;
  organizationId: number | null;
  motion: string;
  outcome: string | null;
  yesCount: number | null;
  noCount: number | null;
  abstainCount: number | null;
  absentCount: number | null;
}

export interface NgoBallotTable {
  voteId: number;
  state: string;
  stateAsPrinted: string;
  vote: string;
  line: number;
}

export interface MetaTable {
  key: string;
  value: string;
}

export interface Database {
  sourceDocuments: SourceDocumentTable;
  organizations: OrganizationTable;
  organizationAliases: OrganizationAliasTable;
  organizationReviews: OrganizationReviewTable;
  ngoEvents: NgoEventTable;
  ngoQuestions: NgoQuestionTable;
  ngoQuestionTopics: NgoQuestionTopicTable;
  ngoVotes: NgoVoteTable;
  ngoBallots: NgoBallotTable;
  meta: MetaTable;
}
