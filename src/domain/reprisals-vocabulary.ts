import type { EngagementType, Gender, RecordType, ReprisalAct, UnBody } from './reprisals.js';

/**
 * ISHR End Reprisals coding labels → our codes. The labels are the ones printed on ISHR's public
 * case pages (https://endreprisals.ishr.ch, template "Cases"); those marked "seen" appear in the
 * five records of ../shared/data (four China cases and the IDSN record); the others are the
 * neighbouring categories of the same thesauri as ISHR's methodology names them, so a full export
 * maps without a problem per row. A label not listed here is never guessed: the importer reports it
 * and keeps it under the case's `otherFields`.
 */

/** Labels fold like this before lookup: case, quotes, spacing and punctuation do not matter. */
// the same few labels recur on every record of an export: remember their keys (bounded)
const keys = new Map<string, string>();

export function vocabularyKey(label: string): string {
  const hit = keys.get(label);
  if (hit !== undefined) return hit;
  const key = label
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  if (keys.size >= 4096) keys.clear();
  keys.set(label, key);
  return key;
}

const table = <T extends string>(rows: Record<string, T>): ReadonlyMap<string, T> =>
  new Map(Object.entries(rows).map(([label, code]) => [vocabularyKey(label), code]));

export const RECORD_TYPE_LABELS = table<RecordType>({
  'Named individual': 'named-individual', // seen
  'Named organization': 'organisation', // seen (IDSN)
  'Unnamed individual/group/organization': 'unnamed-individual', // seen; groups: see recordTypeOf
  'Unnamed individual': 'unnamed-individual',
  'Unnamed group': 'group',
  'Named group': 'group',
  'General situation addressed': 'general-situation', // seen
});

export const GENDER_LABELS = table<Gender>({
  Female: 'female', // seen
  Male: 'male', // seen
  'Gender unclear': 'unclear', // seen
  Mixed: 'mixed',
  'Female and male': 'mixed',
});

/**
 * UN bodies. ISHR prints a nested thesaurus as "Group: Item" ("UN Special Procedures: Thematic");
 * the group decides the body, so every item of a known group maps.
 */
export const UN_BODY_GROUPS = table<UnBody>({
  'UN Human Rights Council': 'hrc-session', // seen as group of "UPR"; the UPR item is matched first
  'UN Special Procedures': 'special-procedures', // seen
  'UN Treaty Bodies': 'treaty-bodies', // seen
  OHCHR: 'ohchr', // seen
  'UN ECOSOC': 'ngo-committee', // seen (IDSN: consultative status goes through the NGO Committee)
  'ECOSOC NGO Committee': 'ngo-committee',
  'Assistant Secretary-General': 'assistant-secretary-general', // seen
  'UN Secretary-General': 'un-other',
  'UN agencies': 'un-other',
  'UN peace operations': 'un-other',
  Unclear: 'unclear', // seen
});

export const UN_BODY_ITEMS = table<UnBody>({
  UPR: 'upr', // seen ("UN Human Rights Council: UPR")
  'Universal Periodic Review': 'upr',
  'Council session': 'hrc-session',
});

export const ENGAGEMENT_TYPE_LABELS = table<EngagementType>({
  'Meeting with UN officials during country visit / with locally present UN officials':
    'country-visit-meeting', // seen
  'Submission of information to UN': 'submission-of-information', // seen
  'Participation in meeting on UN premises': 'meeting-on-un-premises', // seen
  'Participation in UN training': 'training',
  'Communication with special procedures': 'communication',
  Other: 'other', // seen
  Unclear: 'unclear', // seen
});

export const REPRISAL_ACT_LABELS = table<ReprisalAct>({
  'Threats/Intimidations (incl. "fear of reprisal")': 'threats-intimidation', // seen
  'Travel restriction': 'travel-restriction', // seen
  'Disappearance/Kidnapping': 'disappearance', // seen
  'Property damage/raid/search/confiscation': 'property', // seen
  Surveillance: 'surveillance', // seen
  'Physical attack: Torture/Cruel, inhuman, degrading treatment': 'torture-ill-treatment', // seen
  'Administrative reprisal': 'administrative', // seen (IDSN)
  'Arrest/Detention': 'detention',
  'Detention/Imprisonment': 'detention',
  'Physical attack: Killing': 'killing',
  'Physical attack: Other': 'physical-attack',
  'Judicial harassment': 'legal-action',
  'Legal action': 'legal-action',
  'Smear campaign/Stigmatization': 'defamation',
  'Threats to relatives': 'threats-to-relatives',
  'Reprisals against family members': 'threats-to-relatives',
  'Loss of employment': 'loss-of-employment',
  'Restrictions on organization': 'restriction-on-organisation',
  'Online harassment': 'online-harassment',
  Other: 'other',
});

export const CASE_STATUS_LABELS = table<'unresolved' | 'resolved' | 'unknown'>({
  Unresolved: 'unresolved', // seen
  Resolved: 'resolved',
  Unknown: 'unknown',
});

/** Yes/No fields; ISHR prints "Yes" and "No", editors type the rest. */
export function yesNo(label: string): boolean | undefined {
  const key = vocabularyKey(label);
  if (key === 'yes' || key === 'true' || key === 'y') return true;
  if (key === 'no' || key === 'false' || key === 'n') return false;
  return undefined;
}

/** One UN body label ("UN Special Procedures: Thematic", "Assistant Secretary-General") as a code. */
export function unBodyOf(label: string): UnBody | undefined {
  const colon = label.indexOf(':');
  const group = colon >= 0 ? label.slice(0, colon) : label;
  const item = colon >= 0 ? label.slice(colon + 1) : label;
  return UN_BODY_ITEMS.get(vocabularyKey(item)) ?? UN_BODY_GROUPS.get(vocabularyKey(group));
}
