import type { Kysely } from 'kysely';
import type { DialectName } from '../dialect.js';

type AnyDb = Kysely<unknown>;

/** Tables of HRC / CHR / UNGA recorded votes. */
export function hrcVotes(dialect: DialectName) {
  void dialect;
  return {
    async up(db: AnyDb): Promise<void> {
      void db;
    },
  };
}
