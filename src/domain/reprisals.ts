import { z } from 'zod';
import {
  CASE_STATUSES,
  ENGAGEMENT_TYPES,
  GENDERS,
  RECORD_TYPES,
  REPRISAL_ACTS,
  UN_BODIES,
} from './reprisals-codes.js';
import { StateCode } from './ngo-committee.js';

/**
 * Reprisal cases: people punished for cooperating with the UN human rights system, as the
 * Secretary-General's annual reports name them and as ISHR's End Reprisals database codes them.
 * The coding follows ISHR's (see docs/reprisals.md and reprisals-vocabulary.ts); our canonical codes
 * sit beside the label as coded, so an import never loses the practitioner's wording.
 * Who may read which field is data too: reprisals-fields.ts.
 */

/**
 * "2020-025-001": report year, then two sequence numbers (ISHR's "Location of case in SG report":
 * the country's section and the case within it), or "2020-CHN-001" for a draft read from a report
 * before anyone has matched it to ISHR's number (year, ISO alpha-3, the case's order in the annex).
 */
export const CaseId = z.string().regex(/^\d{4}-(\d{3}|[A-Z]{3})-\d{3}$/);
export type CaseId = z.infer<typeof CaseId>;

export const RecordType = z.enum(RECORD_TYPES);
export type RecordType = z.infer<typeof RecordType>;

export const Gender = z.enum(GENDERS);
export type Gender = z.infer<typeof Gender>;

export const UnBody = z.enum(UN_BODIES);
export type UnBody = z.infer<typeof UnBody>;

export const EngagementType = z.enum(ENGAGEMENT_TYPES);
export type EngagementType = z.infer<typeof EngagementType>;

export const ReprisalAct = z.enum(REPRISAL_ACTS);
export type ReprisalAct = z.infer<typeof ReprisalAct>;

export const CaseStatus = z.enum(CASE_STATUSES);
export type CaseStatus = z.infer<typeof CaseStatus>;

/** A value that came from a vocabulary: our code and the label as the source coded it. */
const coded = <T extends z.ZodType>(code: T) => z.object({ code, codedAs: z.string() });

export const CodedAct = coded(ReprisalAct);
export type CodedAct = z.infer<typeof CodedAct>;

export const Engagement = z.object({
  body: UnBody,
  /** the body as coded ("UN Special Procedures: Thematic"), or the rule that read it from a report */
  bodyCodedAs: z.string(),
  /** dates as printed ("Since December 2008; June 2013"): often a month or a period, not a day */
  dates: z.string().nullable(),
});
export type Engagement = z.infer<typeof Engagement>;

/** The UN body that raised the case before the report (ISHR's "UN body that raised the case prior"). */
export const PriorUnAction = z.object({
  bodies: z.array(coded(UnBody)),
  dates: z.string().nullable(),
});
export type PriorUnAction = z.infer<typeof PriorUnAction>;

export const GovernmentResponse = z.object({
  /** ISO date (YYYY-MM-DD or YYYY-MM) when the printed date reads as one */
  date: z.string().nullable(),
  dateAsPrinted: z.string().nullable(),
  content: z.string().nullable(),
});
export type GovernmentResponse = z.infer<typeof GovernmentResponse>;

/** A Secretary-General report symbol: A/HRC/45/36. */
export const ReportSymbol = z.string().regex(/^A\/HRC\/\d{1,2}\/\d{1,3}$/);

/** One mention of a case in a UN document. */
export const Appearance = z.object({
  symbol: z.string(),
  /** year of the report (2020 for A/HRC/45/36) */
  year: z.number().int().min(2000).max(2100),
  /** "I" (new cases), "II" (follow-up), or null for the body of the report */
  annex: z.enum(['I', 'II']).nullable(),
  /** paragraph number(s) as printed: "12", or "12-13" for a case over two paragraphs */
  paragraph: z.string().nullable(),
  kind: z.enum(['new', 'follow-up']),
  page: z.number().int().positive().nullable(),
});
export type Appearance = z.infer<typeof Appearance>;

/** Special procedures communication types: allegation letter, urgent appeal, joint ones, other letter. */
export const CommunicationType = z.enum(['AL', 'UA', 'JAL', 'JUA', 'OL']);
export type CommunicationType = z.infer<typeof CommunicationType>;

/** "CHN 15/2011": State code, number / year, as OHCHR and the reports cite them. */
export const CommunicationReference = z.string().regex(/^[A-Z]{3} \d{1,4}\/\d{4}$/);

export const SpCommunication = z.object({
  /** OHCHR's id of the communication in its search (gId), when known */
  ohchrId: z.string().nullable(),
  reference: CommunicationReference,
  /** null for references that name no State ("OTH 16/2016", letters to other actors) */
  state: StateCode.nullable(),
  date: z.string().nullable(),
  type: CommunicationType,
  /** the mandates that sent it, as printed ("SR on human rights defenders") */
  mandates: z.array(z.string()),
  /** null when the source does not say */
  replyReceived: z.boolean().nullable(),
  replyDates: z.array(z.string()),
  /** the case this communication concerns, once a person has linked it (or a rule suggested it) */
  caseId: CaseId.nullable(),
});
export type SpCommunication = z.infer<typeof SpCommunication>;

/** The registry's own keys of a record held elsewhere (Uwazi sharedId of ISHR's entity). */
export const ExternalIds = z.object({
  uwaziSharedId: z.string().nullable(),
  uwaziUrl: z.string().nullable(),
});

export const ReprisalCase = z.object({
  caseId: CaseId,
  reportYear: z.number().int().min(2000).max(2100),
  country: StateCode,
  /** region as the source coded it (ISHR's "From Region"); the UN regional group follows from country */
  region: z.string().nullable(),
  recordType: RecordType,
  recordTypeCodedAs: z.string().nullable(),
  /** the public name of the case: never the victim's name, e.g. "Lawyer, Hunan (2017)" */
  pseudonym: z.string(),
  /** the victim's or organisation's name (ISHR's entity title for named records) */
  victimName: z.string().nullable(),
  relatives: z.string().nullable(),
  contact: z.string().nullable(),
  gender: Gender.nullable(),
  genderCodedAs: z.string().nullable(),
  foreignNational: z.boolean().nullable(),
  minor: z.boolean().nullable(),
  civilServant: z.boolean().nullable(),
  /** the people concerned as a group ("Civil society actors", "lawyers", "Uyghurs") */
  affectedGroups: z.array(z.string()),
  /** ISHR's "Individual's/organization's activity" */
  activity: z.string().nullable(),
  rightsDefended: z.array(z.string()),
  priorUnAction: PriorUnAction.nullable(),
  /** the UN bodies the person engaged with (ISHR's "Engagement with UN body") */
  engagements: z.array(Engagement),
  /** how (ISHR's "Type of attempted engagement"): coded per case, not per body, as ISHR does */
  engagementTypes: z.array(coded(EngagementType)),
  trigger: z.string().nullable(),
  reprisalDates: z.string().nullable(),
  /** where it happened as printed ("Changsha, Hunan Province"): precise places identify people */
  reprisalLocation: z.string().nullable(),
  /** the report's own account of the reprisal */
  reprisalInformation: z.string().nullable(),
  acts: z.array(CodedAct),
  perpetrators: z.array(z.string()),
  basedOnNewLegislation: z.boolean().nullable(),
  /** ISHR: "Does the report make general comment about country's environment for engagement with UN?" */
  generalEnvironmentComment: z.boolean().nullable(),
  governmentResponses: z.array(GovernmentResponse),
  status: CaseStatus,
  appearances: z.array(Appearance),
  /** special procedures communication references linked to this case ("CHN 15/2011") */
  communicationRefs: z.array(CommunicationReference),
  externalIds: ExternalIds,
  /** fields of the source that have no place in the model, kept verbatim (label → values) */
  otherFields: z.record(z.string(), z.array(z.string())),
  /** a machine draft until a person confirms it (DESIGN §4) */
  review: z.enum(['draft', 'confirmed']),
  notes: z.string().nullable(),
});
export type ReprisalCase = z.infer<typeof ReprisalCase>;

/**
 * A follow-up paragraph of annex II, not yet attached to a case: what it points back to, so a
 * person (or linkFollowUps) can find the earlier case.
 */
export const FollowUpLink = z.object({
  country: StateCode,
  appearance: Appearance,
  /** earlier report cited in the paragraph, e.g. A/HRC/42/30, annex I, para. 12 */
  earlier: z.array(
    z.object({
      symbol: z.string(),
      annex: z.enum(['I', 'II']).nullable(),
      paragraphs: z.array(z.string()),
    }),
  ),
  /** the name read from the paragraph ("Mr. X"): a matching key, confidential like victimName */
  victimName: z.string().nullable(),
  /** the paragraph's first words, for a person to recognise the case */
  description: z.string(),
  /** the government's answers the paragraph reports */
  governmentResponses: z.array(GovernmentResponse),
  /** special procedures references the paragraph cites */
  communicationRefs: z.array(CommunicationReference),
  /** the case it was matched to, with how */
  caseId: CaseId.nullable(),
  matchedBy: z.enum(['appearance', 'name', 'person']).nullable(),
});
export type FollowUpLink = z.infer<typeof FollowUpLink>;

/** Why a rule suggested a value of a draft (DESIGN §4: labels with reasons). */
export const DraftReason = z.object({
  field: z.string(),
  rule: z.string(),
  /** the words of the paragraph that fired the rule */
  matched: z.string(),
});
export type DraftReason = z.infer<typeof DraftReason>;

/** A case read from a report paragraph, waiting for a person to confirm or correct it. */
export const CaseDraft = z.object({
  case: ReprisalCase,
  reasons: z.array(DraftReason),
  /** the paragraph(s) as read: names people, so confidential like reprisalInformation */
  passage: z.string(),
  line: z.number().int().positive(),
});
export type CaseDraft = z.infer<typeof CaseDraft>;

/** Every field of a case, in schema order: the confidentiality table and the CSV follow it. */
export const REPRISAL_CASE_FIELDS = Object.keys(ReprisalCase.shape) as (keyof ReprisalCase)[];
