import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';

/**
 * LIKE with client or document text inside the pattern. The escape character is `!`, named in an
 * ESCAPE clause: SQLite has no default escape character and PostgreSQL's is the backslash, so
 * without the clause `%` and `_` in the text would act as wildcards (`symbol=%` matching any
 * text) on one dialect or the other.
 */
export function escapeLike(text: string): string {
  return text.replace(/[!%_]/g, (c) => `!${c}`);
}

/** `expression LIKE pattern ESCAPE '!'`; put text in `pattern` through escapeLike only. */
export function likeEscaped(expression: Expression<unknown>, pattern: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`${expression} like ${pattern} escape '!'`;
}
