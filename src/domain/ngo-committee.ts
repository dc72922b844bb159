import { z } from 'zod';
import { Locator } from './provenance.js';

/** ISO 3166-1 alpha-3, or a stable code of ours for UN observers and historical states. */
export const StateCode = z.string().regex(/^[A-Z]{3}$/);
export type StateCode = z.infer<typeof StateCode>;

export const ApplicationStatus = z.enum([
  'general',
  'special',
  'roster',
  'reclassification',
  'quadrennial-report',
  'unknown',
]);
export type ApplicationStatus = z.infer<typeof ApplicationStatus>;

export const NgoAction = z.enum([
  'deferred',
  'recommended',
  'closed',
  'withdrawn',
  'not-recommended',
  'report-noted',
  'report-deferred',
  /** consultative status withdrawn (at the NGO's request or by ECOSOC), not an application */
  'status-withdrawn',
]);
export type NgoAction = z.infer<typeof NgoAction>;

export const QuestionTopic = z.enum([
  'un-terminology',
  'funding',
  'activities',
  'partners-members',
  'branches-registration',
  'un-engagement',
  'other',
]);
export type QuestionTopic = z.infer<typeof QuestionTopic>;

/** A classification is a label with its reason: the rule that fired and the phrase it matched. */
export const TopicLabel = z.object({
  topic: QuestionTopic,
  ruleId: z.string(),
  phrase: z.string(),
});
export type TopicLabel = z.infer<typeof TopicLabel>;

export const PressQuestion = z.object({
  state: StateCode,
  /** The state as the release names it ("China ’s", "Türkiye"), kept for review. */
  stateAsPrinted: z.string(),
  text: z.string(),
  topics: z.array(TopicLabel),
  locator: Locator,
});
export type PressQuestion = z.infer<typeof PressQuestion>;

export const PressApplication = z.object({
  organization: z.string(),
  /** Country of registration as printed in the release, null when not given. */
  country: z.string().nullable(),
  countryCode: StateCode.nullable(),
  status: ApplicationStatus,
  action: NgoAction,
  questions: z.array(PressQuestion),
  locator: Locator,
  passage: z.string(),
});
export type PressApplication = z.infer<typeof PressApplication>;

export const VoteCounts = z.object({
  yes: z.number().int().nonnegative().nullable(),
  no: z.number().int().nonnegative().nullable(),
  abstain: z.number().int().nonnegative().nullable(),
  absent: z.number().int().nonnegative().nullable(),
});
export type VoteCounts = z.infer<typeof VoteCounts>;

export const PressVote = z.object({
  /** The organisation (or question) voted on. */
  subject: z.string().nullable(),
  /** What was put to the vote, e.g. "close the application", "grant special consultative status". */
  motion: z.string(),
  outcome: z.enum(['adopted', 'rejected']).nullable(),
  yes: z.array(StateCode),
  no: z.array(StateCode),
  abstain: z.array(StateCode),
  absent: z.array(StateCode),
  counts: VoteCounts,
  locator: Locator,
  passage: z.string(),
});
export type PressVote = z.infer<typeof PressVote>;

export const BallotValue = z.enum(['yes', 'no', 'abstain', 'absent']);
export type BallotValue = z.infer<typeof BallotValue>;
