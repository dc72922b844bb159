import type { ColumnType, Generated } from 'kysely';
import type { ChainedContent } from '../security/audit-chain.js';
import type { GongoTables } from './gongo/tables.js';
import type { ParticipationTables } from './hrc-participation/tables.js';
import type { ReprisalsTables } from './reprisals/tables.js';

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
  /** 'press', 'transcript' (machine transcript) or 'webtv-summary': never an official record but press */
  source: ColumnType<string, string | undefined, string>;
  /** hh:mm:ss from the start of the recording (transcript questions) */
  moment: ColumnType<string | null, string | null | undefined, string | null>;
  /** the web player at that moment */
  momentUrl: ColumnType<string | null, string | null | undefined, string | null>;
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
  /** a press-release vote: the decision-table roll-call it is the same vote as (counted there) */
  linkedVoteId: ColumnType<number | null, number | null | undefined, number | null>;
  /** how the link was made, or why a press vote stays unlinked (link-press-votes.ts) */
  linkedBy: ColumnType<string | null, string | null | undefined, string | null>;
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

/** One UPR recommendation as its source counts it (see docs/upr.md on units), with our labels. */
export interface UprRecommendationTable {
  id: Generated<number>;
  sourceKey: string;
  documentId: number;
  line: number;
  /** 'upr-info-export' | 'un-matrix' | 'wg-report' */
  sourceKind: string;
  cycle: number;
  session: number | null;
  sur: string;
  text: string;
  language: string;
  responseRaw: string | null;
  response: string;
  responseDocumentId: number | null;
  responseLine: number | null;
  paragraph: string | null;
  reportSymbol: string | null;
  positionSource: string | null;
  sourceAction: number | null;
  actionCategory: number;
  actionRule: string;
  actionMatched: string;
  tone: string;
  toneRule: string;
  toneMatched: string;
  narrativeRule: string | null;
  narrativeMatched: string | null;
  /** 0 or 1 (an integer on both dialects) */
  saysRepeated: number;
}

export interface UprRecommendationStateTable {
  recommendationId: number;
  position: number;
  state: string;
  stateAsPrinted: string;
}

export interface UprSourceIssueTable {
  recommendationId: number;
  issue: string;
}

export interface UprThemeTable {
  recommendationId: number;
  theme: string;
  ruleId: string;
  matched: string;
}

export interface UprAddendumResponseTable {
  id: Generated<number>;
  documentId: number;
  line: number;
  reportSymbol: string;
  paragraph: string;
  responseRaw: string;
  response: string;
}

export interface HrcVotingTextTable {
  id: Generated<number>;
  /** "ohchr:<record_id>", "unvotes:<rcid>", "press:<date|undated>:<hash of subject and counts>" */
  sourceKey: string;
  /** 'ohchr' | 'unvotes' | 'press' */
  source: string;
  body: string;
  symbol: string | null;
  title: string;
  date: string | null;
  year: number | null;
  session: string | null;
  kind: string;
  outcome: string;
  /** 1 when the source holds a recorded (roll-call) vote, 0 otherwise */
  recorded: number;
  voteTypeRaw: string | null;
  agendaItem: string | null;
  agendaTitle: string | null;
  draftSymbol: string | null;
  amendsSymbol: string | null;
  officialYes: number | null;
  officialNo: number | null;
  officialAbstain: number | null;
  url: string | null;
  /** upper(symbol), generated by the database (migration 008): the indexed lookup form */
  symbolKey: ColumnType<string | null, never, never>;
  /** upper(draft_symbol), generated likewise */
  draftSymbolKey: ColumnType<string | null, never, never>;
  /** a press text: the file record of the same vote, so analysis counts it once */
  linkedTextId: number | null;
  /**
   * a press text: how it was linked ('symbol', 'draft-symbol', 'date-counts', 'date-subject-counts'), or,
   * unlinked, whether figures count it ('counted', 'not-counted:undated',
   * 'not-counted:export-vote-nearby'); see docs/hrc-votes.md
   */
  linkedBy: string | null;
  documentId: number;
  line: number;
}

export interface HrcBallotTable {
  textId: number;
  state: string;
  vote: string;
  documentId: number;
  line: number;
}

export interface HrcTextTargetTable {
  textId: number;
  state: string;
  ruleId: string;
  matched: string;
}

export interface HrcTextThemeTable {
  textId: number;
  theme: string;
  ruleId: string;
  matched: string;
}

export interface HrcTextSponsorTable {
  textId: number;
  position: number;
  name: string;
  state: string | null;
}

export interface HrcUngaIssueTable {
  textId: number;
  issue: string;
  documentId: number;
  line: number;
}

/** lines of a document read from a PDF that lie on one page (migration 005) */
export interface DocumentPageTable {
  documentId: number;
  page: number;
  firstLine: number;
  lastLine: number;
}

/** one row: the data version every write raises (migration 008, src/store/data-version.ts) */
export interface DataVersionTable {
  id: number;
  origin: string;
  counter: ColumnType<number, number, number>;
}

/** An account (migration 009; docs/security.md). */
export interface UserTable {
  id: Generated<number>;
  name: string;
  nameKey: string;
  role: string;
  passwordHash: string;
  disabled: ColumnType<number, number | undefined, number>;
  createdAt: string;
}

/** A session: the SHA-256 of its cookie's token, never the token. */
export interface SessionTable {
  tokenHash: string;
  userId: number;
  createdAt: string;
  expiresAt: string;
}

/**
 * One entry of the hash-chained audit log: what the chain covers (src/security/audit-chain.ts),
 * the encrypted confidential values, and the links of the chain.
 */
export interface AuditLogTable extends ChainedContent {
  beforeEnc: string | null;
  afterEnc: string | null;
  prevHash: string;
  hash: string;
}

/** A data key's id and check value; the key itself lives outside the database. */
export interface EncryptionKeyTable {
  keyId: string;
  checkValue: string;
  createdAt: string;
  retiredAt: string | null;
}

/** A confidential value, encrypted (src/security/field-crypto.ts). */
export interface ConfidentialValueTable {
  entity: string;
  recordId: string;
  field: string;
  ciphertext: string;
}

/** The reprisals registry's tables (migration 010) are declared in reprisals/tables.ts. */
export interface Database extends ReprisalsTables, GongoTables, ParticipationTables {
  sourceDocuments: SourceDocumentTable;
  organizations: OrganizationTable;
  organizationAliases: OrganizationAliasTable;
  organizationReviews: OrganizationReviewTable;
  ngoEvents: NgoEventTable;
  ngoQuestions: NgoQuestionTable;
  ngoQuestionTopics: NgoQuestionTopicTable;
  ngoVotes: NgoVoteTable;
  ngoBallots: NgoBallotTable;
  hrcVotingTexts: HrcVotingTextTable;
  hrcBallots: HrcBallotTable;
  hrcTextTargets: HrcTextTargetTable;
  hrcTextThemes: HrcTextThemeTable;
  hrcTextSponsors: HrcTextSponsorTable;
  hrcUngaIssues: HrcUngaIssueTable;
  meta: MetaTable;
  uprRecommendations: UprRecommendationTable;
  uprRecommendationStates: UprRecommendationStateTable;
  uprSourceIssues: UprSourceIssueTable;
  uprThemes: UprThemeTable;
  uprAddendumResponses: UprAddendumResponseTable;
  documentPages: DocumentPageTable;
  dataVersion: DataVersionTable;
  users: UserTable;
  sessions: SessionTable;
  auditLog: AuditLogTable;
  encryptionKeys: EncryptionKeyTable;
  confidentialValues: ConfidentialValueTable;
}
