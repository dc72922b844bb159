import type { Generated } from 'kysely';

/*
 * Council participation (migration 012) as Kysely sees it (camelCase). Organisations are kept as
 * printed plus their normalised key (normalizeOrgName); the organisation registry (migration 013)
 * joins keys to organisations. Booleans are 1 / 0; lists are JSON text.
 */

interface MeetingColumns {
  documentId: number;
  line: number;
  passage: string;
  moment: string | null;
  momentUrl: string | null;
  session: string | null;
  /** 'text' (printed) or 'date' (inferred from the date) */
  sessionBy: string | null;
  meeting: string | null;
  agendaItem: string | null;
  debate: string | null;
  date: string | null;
  year: number | null;
}

export interface HrcStatementTable extends MeetingColumns {
  id: Generated<number>;
  speakerKind: string;
  speaker: string;
  speakerKey: string;
  state: string | null;
  person: string | null;
  joint: number;
  jointCount: number | null;
  text: string | null;
  form: string;
  listComplete: number;
}

export interface HrcStatementCosignerTable {
  statementId: number;
  position: number;
  name: string;
  nameKey: string;
}

export interface HrcSpeakerTallyTable extends MeetingColumns {
  id: Generated<number>;
  speakerKind: string;
  count: number;
}

export interface HrcPointOfOrderTable extends MeetingColumns {
  id: Generated<number>;
  raisedBy: string | null;
  raisedByAsPrinted: string | null;
  targetSpeaker: string | null;
  targetOrganization: string | null;
  targetOrganizationKey: string | null;
  ruling: string | null;
  rulingLine: number | null;
  outcome: string;
  form: string;
}

export interface ParticipationTables {
  hrcStatements: HrcStatementTable;
  hrcStatementCosigners: HrcStatementCosignerTable;
  hrcSpeakerTallies: HrcSpeakerTallyTable;
  hrcPointsOfOrder: HrcPointOfOrderTable;
}
