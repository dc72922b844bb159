/**
 * The reprisals registry's vocabularies as plain lists: the case schema (./reprisals.ts) builds its
 * zod enums from them, and the web's editor form reads them without loading zod into its bundle.
 */

/** ISHR's "Type of record", in our words (ISHR folds unnamed individuals and groups into one label). */
export const RECORD_TYPES = [
  'named-individual',
  'unnamed-individual',
  'group',
  'organisation',
  'general-situation',
] as const;

/** "mixed" is ours for groups of both; ISHR's "Gender unclear" is "unclear". */
export const GENDERS = ['female', 'male', 'mixed', 'unclear'] as const;

/** The UN actor a person cooperated with (or that raised the case before the report). */
export const UN_BODIES = [
  'upr',
  'hrc-session',
  'special-procedures',
  'treaty-bodies',
  'ohchr',
  'ngo-committee',
  'assistant-secretary-general',
  'un-other',
  'unclear',
] as const;

/** How the person engaged (ISHR's "Type of attempted engagement"). */
export const ENGAGEMENT_TYPES = [
  'country-visit-meeting',
  'submission-of-information',
  'meeting-on-un-premises',
  'training',
  'communication',
  'other',
  'unclear',
] as const;

/** Reprisal acts: ISHR's "Types of reprisals suffered" as canonical codes. */
export const REPRISAL_ACTS = [
  'detention',
  'travel-restriction',
  'surveillance',
  'disappearance',
  'torture-ill-treatment',
  'physical-attack',
  'killing',
  'threats-intimidation',
  'threats-to-relatives',
  'defamation',
  'property',
  'legal-action',
  'loss-of-employment',
  'restriction-on-organisation',
  'administrative',
  'online-harassment',
  'other',
] as const;

export const CASE_STATUSES = ['unresolved', 'resolved', 'unknown'] as const;
