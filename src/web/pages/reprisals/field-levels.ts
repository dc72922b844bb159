/**
 * Which case fields are confidential or restricted, to mark them on the case page ("confidential":
 * shown because the reader's role may read it, and the reading was audited). The server decides
 * what is sent (src/domain/reprisals-fields.ts); these lists only label what arrived, and
 * field-levels.test.ts checks them against that table so they cannot drift apart.
 */
export const CONFIDENTIAL_CASE_FIELDS: ReadonlySet<string> = new Set([
  'victimName',
  'relatives',
  'contact',
  'trigger',
  'reprisalLocation',
  'reprisalInformation',
  'governmentResponses',
  'otherFields',
  'notes',
]);

export const RESTRICTED_CASE_FIELDS: ReadonlySet<string> = new Set([
  'activity',
  'reprisalDates',
  'communicationRefs',
  'externalIds',
]);

/** The UN's permanent address of a document by its symbol (redirects to the Official Document System). */
export const documentUrl = (symbol: string) => `https://undocs.org/en/${symbol}`;
