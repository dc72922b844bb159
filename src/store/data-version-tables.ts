/*
 * Which tables change the data version (src/store/data-version.ts), read by migration 008 and
 * by the test that checks every table of the schema is either here or named as derived.
 */

/** Tables whose writes change what a figure says: every write to them raises the version. */
export const DATA_VERSION_TABLES = [
  'source_documents',
  'organizations',
  'organization_aliases',
  'organization_reviews',
  'ngo_events',
  'ngo_questions',
  'ngo_question_topics',
  'ngo_votes',
  'ngo_ballots',
  'hrc_voting_texts',
  'hrc_ballots',
  'hrc_text_targets',
  'hrc_text_themes',
  'hrc_text_sponsors',
  'hrc_unga_issues',
  'upr_recommendations',
  'upr_recommendation_states',
  'upr_source_issues',
  'upr_themes',
  'upr_addendum_responses',
  'document_pages',
  'meta',
] as const;

export type DataVersionTable = (typeof DATA_VERSION_TABLES)[number];

/** The reprisals registry's tables: their triggers come with migration 010 (after 008). */
export const REPRISALS_DATA_VERSION_TABLES = [
  'reprisal_cases',
  'reprisal_case_acts',
  'reprisal_appearances',
  'reprisal_draft_reasons',
  'reprisal_follow_up_links',
  'sp_communications',
] as const;

/** The organisation registry's editorial tables: their triggers come with migration 013. */
export const GONGO_DATA_VERSION_TABLES = [
  'organization_names',
  'gongo_evidence',
  'gongo_classifications',
] as const;

/** Council participation (issue 14): their triggers come with migration 012. */
export const PARTICIPATION_DATA_VERSION_TABLES = [
  'hrc_statements',
  'hrc_statement_cosigners',
  'hrc_speaker_tallies',
  'hrc_points_of_order',
] as const;

/**
 * On SQLite (row triggers only) the tables whose INSERTs fire too. Every import writes a
 * `source_documents` row in the transaction that writes its records, and review decisions write
 * the organisation tables, so a new record never arrives without one of these rows; the record
 * tables themselves (hundreds of thousands of ballots) fire on UPDATE and DELETE only.
 */
export const DATA_VERSION_ROW_TABLES: readonly DataVersionTable[] = [
  'source_documents',
  'organizations',
  'organization_aliases',
  'organization_reviews',
  'meta',
];

/**
 * Tables that hold only what is derived from the others (caches, indexes built from the data) or
 * bookkeeping: writing them must not change the version, or a cache stored under a version would
 * invalidate itself.
 */
export const DATA_VERSION_EXEMPT: Readonly<Record<string, string>> = {
  data_version: 'the version itself',
  kysely_migration: 'migration bookkeeping (a migration that changes data bumps by its own writes)',
  kysely_migration_lock: 'migration bookkeeping',
  upr_search_index:
    'derived: the UPR search index, rebuilt from the UPR tables in the transaction that writes them (migration 007)',
  // migration 009 (security): who may read what, not what the records say. Routes whose answer
  // depends on who asks (session-bound) are never cached (src/server/figure-cache.ts).
  users: 'accounts',
  sessions: 'sign-in sessions',
  audit_log: 'written on reads of confidential fields too; a figure does not read it',
  encryption_keys: 'key ids and check values',
  confidential_values: 'encrypted field values, served to signed-in roles only (never cached)',
};

export function dataVersionTriggerName(table: string, event: string): string {
  return `data_version_${table}_${event}`;
}
