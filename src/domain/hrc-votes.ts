import { z } from 'zod';
import { StateCode } from './ngo-committee.js';
import { Locator } from './provenance.js';

/**
 * Recorded votes of the Human Rights Council, the Commission on Human Rights before it, and the
 * General Assembly (so a state's Council record can be set beside its Assembly record).
 * One schema per entity; the parsers in sources/hrc-votes return these, the store keeps them.
 */

export const VotingBody = z.enum(['HRC', 'CHR', 'UNGA']);
export type VotingBody = z.infer<typeof VotingBody>;

/** One state's vote on one text. "absent" = member present in the roll-call but not voting. */
export const VoteValue = z.enum(['yes', 'no', 'abstain', 'absent']);
export type VoteValue = z.infer<typeof VoteValue>;

/** What was voted on. A "draft" is an L-document voted on and rejected (so it never got a RES symbol). */
export const TextKind = z.enum(['resolution', 'decision', 'amendment', 'draft', 'motion', 'other']);
export type TextKind = z.infer<typeof TextKind>;

export const VoteOutcome = z.enum([
  'adopted',
  'rejected',
  'withdrawn',
  'not-considered',
  'unknown',
]);
export type VoteOutcome = z.infer<typeof VoteOutcome>;

export const TextTheme = z.enum([
  'civil-society-space',
  'reprisals',
  'human-rights-defenders',
  'mutually-beneficial-cooperation',
  'development',
  'unilateral-coercive-measures',
  'peaceful-protests',
  'freedom-of-expression',
  'other',
]);
export type TextTheme = z.infer<typeof TextTheme>;

/** A classification is a label with its reason (DESIGN §4): the rule that fired, the text it matched. */
export const TargetLabel = z.object({
  state: StateCode,
  ruleId: z.string(),
  matched: z.string(),
});
export type TargetLabel = z.infer<typeof TargetLabel>;

export const ThemeLabel = z.object({
  theme: TextTheme,
  ruleId: z.string(),
  matched: z.string(),
});
export type ThemeLabel = z.infer<typeof ThemeLabel>;

export const VoteCounts = z.object({
  yes: z.number().int().nonnegative(),
  no: z.number().int().nonnegative(),
  abstain: z.number().int().nonnegative(),
});
export type VoteCounts = z.infer<typeof VoteCounts>;

/**
 * Totals as a text prints them: a release may state the votes for and against and no abstentions
 * ("by a vote of 22 in favour and 11 against"); the abstentions are then unknown (null), never 0.
 */
export const PrintedCounts = z.object({
  yes: z.number().int().nonnegative(),
  no: z.number().int().nonnegative(),
  abstain: z.number().int().nonnegative().nullable(),
});
export type PrintedCounts = z.infer<typeof PrintedCounts>;

/** One text put to a vote (or adopted without one), as one source records it. */
export const VotingText = z.object({
  /**
   * Stable key of the record within its source, so re-imports and several sources line up:
   * "ohchr:25269" (OHCHR Search Library record id), "unvotes:9147" (UNGA rcid),
   * "press:<date|undated>:<hash of subject and counts>" for a press release (a re-saved copy keys alike).
   */
  sourceKey: z.string(),
  body: VotingBody,
  /** UN symbol as printed (A/HRC/RES/32/31, A/HRC/32/L.54, A/RES/74/19); null when the source gives none */
  symbol: z.string().nullable(),
  title: z.string(),
  date: z.string().nullable(),
  year: z.number().int().nullable(),
  /** "HRC32", "CHR61", "GA74" when known */
  session: z.string().nullable(),
  kind: TextKind,
  outcome: VoteOutcome,
  /** true when the source holds a recorded (roll-call) vote */
  recorded: z.boolean(),
  /** the source's own wording of how it was decided ("RECORDED", "ADOPTED WITHOUT VOTE", …) */
  voteTypeRaw: z.string().nullable(),
  agendaItem: z.string().nullable(),
  agendaTitle: z.string().nullable(),
  /** main sponsors as printed (state names or groups) */
  sponsors: z.array(z.string()),
  /** resolved sponsor states, where a name resolves */
  sponsorStates: z.array(StateCode),
  /** the L-document the text was adopted from */
  draftSymbol: z.string().nullable(),
  /** for an amendment: the L-symbol of the draft it would amend, when the source says */
  amendsSymbol: z.string().nullable(),
  /** official totals as the source prints them (not computed from ballots) */
  officialCounts: PrintedCounts.nullable(),
  targets: z.array(TargetLabel),
  themes: z.array(ThemeLabel),
  url: z.string().nullable(),
  locator: Locator,
});
export type VotingText = z.infer<typeof VotingText>;

export const Ballot = z.object({
  sourceKey: z.string(),
  state: StateCode,
  vote: VoteValue,
  locator: Locator,
});
export type Ballot = z.infer<typeof Ballot>;

/** What a press release says about one vote: the exact shape of `parse hrc-vote-press --json`. */
export const PressVote = z.object({
  subject: z.string(),
  outcome: VoteOutcome,
  counts: PrintedCounts,
  yes: z.array(StateCode),
  no: z.array(StateCode),
  abstain: z.array(StateCode),
  /** the UN symbol of the text, when the release prints it */
  symbol: z.string().nullable(),
  kind: TextKind,
  language: z.enum(['en', 'fr', 'zh']),
  locator: Locator,
});
export type PressVote = z.infer<typeof PressVote>;
