import { z } from 'zod';

/**
 * Who holds the microphone at the Human Rights Council (issue 14): oral statements, counts of
 * speakers a summary gives without names, and points of order. Read from meeting summaries (press
 * releases), meeting transcripts and narrative reports; every record keeps its line and passage.
 * Organisations are kept as printed plus a normalised key: the organisation registry (migration 013)
 * joins keys to organisations, not this module.
 */

export const SpeakerKind = z.enum(['ngo', 'state', 'other']);
export type SpeakerKind = z.infer<typeof SpeakerKind>;

/** How the session was known: printed in the text, or inferred from the date (three sessions a year). */
export const SessionBy = z.enum(['text', 'date']);

/** Where a record came from within its document. */
const Located = z.object({
  /** 1-based line of the file (header lines counted) */
  line: z.number().int().positive(),
  /** the sentence or lines read, cut to 400 characters */
  passage: z.string(),
  /** hh:mm:ss from the start of the recording (transcripts with times) */
  moment: z.string().nullable(),
  momentUrl: z.string().nullable(),
});

const Meeting = z.object({
  /** HRC55, HRC-S35 */
  session: z.string().nullable(),
  sessionBy: SessionBy.nullable(),
  /** "morning", "afternoon", "58th meeting" as printed */
  meeting: z.string().nullable(),
  /** agenda item number as printed ("4") */
  agendaItem: z.string().nullable(),
  /** "general debate on item 4", "interactive dialogue with the Special Rapporteur on …" */
  debate: z.string().nullable(),
  date: z.string().nullable(),
});

export const OralStatement = Meeting.merge(Located).extend({
  speakerKind: SpeakerKind,
  /** the organisation (or State) as printed */
  speaker: z.string().min(1),
  /** normalizeOrgName of the speaker, for joining to the organisation registry */
  speakerKey: z.string(),
  /** ISO alpha-3 when the speaker is a State */
  state: z.string().nullable(),
  /** the person who spoke, when named */
  person: z.string().nullable(),
  /** a joint statement: on behalf of others */
  joint: z.boolean(),
  /** "on behalf of 12 organizations": how many the statement speaks for, when said */
  jointCount: z.number().int().positive().nullable(),
  cosigners: z.array(z.string()),
  /** the statement's words, where the source has them (transcripts, published statements) */
  text: z.string().nullable(),
  /** the rule that read it (list form, transcript turn, narrative) */
  form: z.string(),
  /** false when the list says it names only some speakers ("included") */
  listComplete: z.boolean(),
});
export type OralStatement = z.infer<typeof OralStatement>;

/** "… and 75 non-governmental organizations": speakers counted, not named. */
export const SpeakerTally = Meeting.merge(Located).extend({
  speakerKind: SpeakerKind,
  count: z.number().int().nonnegative(),
});
export type SpeakerTally = z.infer<typeof SpeakerTally>;

export const PointOfOrderOutcome = z.enum([
  /** the President let the interrupted speaker go on */
  'speaker-continued',
  /** the point of order was rejected or not upheld, in those words */
  'rejected',
  /** the speaker was stopped or the point upheld */
  'upheld',
  /** the statement was interrupted (a moment of silence cut short), no ruling stated */
  'interrupted',
  'unknown',
]);
export type PointOfOrderOutcome = z.infer<typeof PointOfOrderOutcome>;

export const PointOfOrder = Meeting.merge(Located).extend({
  /** ISO alpha-3 of the State raising it; null when the text does not say who */
  raisedBy: z.string().nullable(),
  raisedByAsPrinted: z.string().nullable(),
  /** the speaker interrupted (a person) and the organisation whose slot it was */
  targetSpeaker: z.string().nullable(),
  targetOrganization: z.string().nullable(),
  targetOrganizationKey: z.string().nullable(),
  /** the President's words, when given */
  ruling: z.string().nullable(),
  rulingLine: z.number().int().positive().nullable(),
  outcome: PointOfOrderOutcome,
  form: z.string(),
});
export type PointOfOrder = z.infer<typeof PointOfOrder>;

/** A sentence that looks like a speaker list or a point of order but was not read, and why. */
export const UnreadCandidate = z.object({
  kind: z.enum(['speaker-list', 'point-of-order', 'statement']),
  line: z.number().int().positive(),
  text: z.string(),
  why: z.string(),
});
export type UnreadCandidate = z.infer<typeof UnreadCandidate>;

/**
 * A Council session code as a user types it ("hrc55", "HRC-55", "HRC-S35") in the stored form
 * ("HRC55", "HRC-S35"), or null when it is not one. One reading for the API and the CLI.
 */
export function normalizeSessionCode(raw: string): string | null {
  const code = raw.toUpperCase().replace(/^HRC-?(\d)/, 'HRC$1');
  return /^HRC(?:-S)?\d{1,2}$/.test(code) ? code : null;
}
