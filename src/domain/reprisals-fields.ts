import { z } from 'zod';
import type { FollowUpLink, ReprisalCase, SpCommunication } from './reprisals.js';

/**
 * How secret each field of the reprisals registry is, as data (DESIGN §5): the security policy
 * (src/security/policies.ts, `entityFromClassification`) reads these tables, the store encrypts the
 * confidential ones, exports and API responses leave out what a role may not read.
 *
 * - public: anyone, also without login; public views show the pseudonym, never a name.
 * - restricted: logged-in researchers and up. Short coded text that may point to someone without
 *   naming them (activity, dates), and keys that lead to a named page elsewhere (Uwazi id/URL, a
 *   special procedures reference, whose published letter names the person).
 * - confidential: editors and admins; encrypted at rest, every read audited. Whatever names or
 *   locates a person: name, relatives, contact, precise place, and every text quoted from the
 *   report (its account, the trigger, the government's answer), which names people.
 *
 * The tables are typed `Record<keyof Entity, …>`, so a field added to the schema without a
 * classification does not compile; reprisals-fields.test.ts checks the same at run time.
 */

export const Confidentiality = z.enum(['public', 'restricted', 'confidential']);
export type Confidentiality = z.infer<typeof Confidentiality>;

export const REPRISAL_CASE_CONFIDENTIALITY: Readonly<Record<keyof ReprisalCase, Confidentiality>> =
  {
    caseId: 'public',
    reportYear: 'public',
    country: 'public',
    region: 'public',
    recordType: 'public',
    recordTypeCodedAs: 'public',
    pseudonym: 'public',
    victimName: 'confidential',
    relatives: 'confidential',
    contact: 'confidential',
    gender: 'public',
    genderCodedAs: 'public',
    foreignNational: 'public',
    minor: 'public',
    civilServant: 'public',
    affectedGroups: 'public',
    activity: 'restricted',
    rightsDefended: 'public',
    priorUnAction: 'public',
    engagements: 'public',
    engagementTypes: 'public',
    // ISHR quotes the report here, and the report names other people beside the victim
    trigger: 'confidential',
    reprisalDates: 'restricted',
    reprisalLocation: 'confidential',
    reprisalInformation: 'confidential',
    acts: 'public',
    perpetrators: 'public',
    basedOnNewLegislation: 'public',
    generalEnvironmentComment: 'public',
    governmentResponses: 'confidential',
    status: 'public',
    appearances: 'public',
    communicationRefs: 'restricted',
    externalIds: 'restricted',
    // verbatim fields of a source with no place in the model: unknown content, so the strictest
    otherFields: 'confidential',
    review: 'public',
    notes: 'confidential',
  };

export const SP_COMMUNICATION_CONFIDENTIALITY: Readonly<
  Record<keyof SpCommunication, Confidentiality>
> = {
  ohchrId: 'restricted',
  reference: 'restricted',
  state: 'public',
  date: 'public',
  type: 'public',
  mandates: 'public',
  replyReceived: 'public',
  replyDates: 'public',
  // which case a letter concerns ties a published, named letter to the case: as secret as the name
  caseId: 'confidential',
};

export const FOLLOW_UP_LINK_CONFIDENTIALITY: Readonly<Record<keyof FollowUpLink, Confidentiality>> =
  {
    country: 'public',
    appearance: 'public',
    earlier: 'public',
    victimName: 'confidential',
    description: 'confidential',
    governmentResponses: 'confidential',
    communicationRefs: 'restricted',
    caseId: 'public',
    matchedBy: 'public',
  };

/** The entities of this module and their tables, by the names the policy engine registers. */
export const REPRISALS_CLASSIFICATION = {
  reprisalCase: REPRISAL_CASE_CONFIDENTIALITY,
  spCommunication: SP_COMMUNICATION_CONFIDENTIALITY,
  reprisalFollowUpLink: FOLLOW_UP_LINK_CONFIDENTIALITY,
} as const;

/** Fields of `entity` at or below a clearance: what a role cleared for `levels` may see. */
export function fieldsVisibleAt<K extends string>(
  table: Readonly<Record<K, Confidentiality>>,
  levels: readonly Confidentiality[],
): K[] {
  return (Object.keys(table) as K[]).filter((k) => levels.includes(table[k]));
}
