import type { Kysely } from 'kysely';
import type { DialectName } from '../dialect.js';

type AnyDb = Kysely<unknown>;

/** Tables of UPR recommendations, responses and their labels. */
export function upr(dialect: DialectName) {
  void dialect;
  return {
    async up(db: AnyDb): Promise<void> {
      void db;
    },
  };
}
