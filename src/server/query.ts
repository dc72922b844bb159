import { z } from 'zod';
import { ApiError } from './errors.js';

/**
 * The largest integer a parameter may carry: PostgreSQL's `integer` (ids, and what a query binds
 * beside them) holds no more, and SQLite must answer the same 4xx as PostgreSQL, not a 404.
 */
export const MAX_INT = 2_147_483_647;

/** A stored row's id: a positive 32-bit integer. */
export const idParam = z.coerce.number().int().positive().max(MAX_INT);

export const yearParam = z.coerce.number().int().min(1900).max(2100);
export const pageParams = {
  page: z.coerce.number().int().min(1).max(MAX_INT).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
};

/**
 * Most ids one request may ask to resolve. Under SQLite's 32,766 bound parameters per statement
 * (and PostgreSQL's 65,535), with room for the page and filters; the largest evidence list of a
 * figure on the real data (14,558 UPR recommendations) fits twice over.
 */
export const MAX_EVIDENCE_IDS = 30_000;

/**
 * The JSON body of the POST form of an evidence list: the ids a figure carries, which can be more
 * than a query string holds (431), paginated as the GET list is.
 */
export const evidenceIdsBody = z.object({
  ids: z.array(z.number().int().positive().max(MAX_INT)).min(1).max(MAX_EVIDENCE_IDS),
  page: z.number().int().min(1).max(MAX_INT).default(1),
  pageSize: z.number().int().min(1).max(500).default(50),
});

/** The OpenAPI request body of evidenceIdsBody, kept beside it so the two cannot drift. */
export const evidenceIdsRequestBody = {
  required: true,
  content: {
    'application/json': {
      schema: {
        type: 'object',
        required: ['ids'],
        properties: {
          ids: {
            type: 'array',
            items: { type: 'integer', minimum: 1, maximum: MAX_INT },
            minItems: 1,
            maxItems: MAX_EVIDENCE_IDS,
          },
          page: { type: 'integer', minimum: 1, maximum: MAX_INT, default: 1 },
          pageSize: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
        },
      },
    },
  },
} as const;

/**
 * The first place in `value` that no database column can hold: a string with a NUL byte
 * (PostgreSQL refuses it in text, SQLite cuts the string there) or a number outside 32 bits.
 */
function unstorable(value: unknown, path: string[]): string | undefined {
  if (typeof value === 'string') {
    return value.includes('\u0000')
      ? `${path.join('.') || 'query'}: contains a NUL byte`
      : undefined;
  }
  if (typeof value === 'number') {
    return Math.abs(value) > MAX_INT
      ? `${path.join('.') || 'value'}: must be between -${MAX_INT} and ${MAX_INT}`
      : undefined;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = unstorable(value[i], [...path, String(i)]);
      if (found) return found;
    }
    return undefined;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = unstorable(item, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * Validates a query string (or path parameters, or a JSON body) against a schema; a bad parameter
 * is a 400 naming it. Input no database can hold is refused here for every route alike, before
 * and after the schema, so SQLite and PostgreSQL answer the same 400 instead of a 404 and a 500.
 */
export function parseQuery<T extends z.ZodType>(schema: T, query: unknown): z.infer<T> {
  const before = unstorable(query, []);
  if (before) throw new ApiError(400, 'bad-request', before);
  const result = schema.safeParse(query);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.join('.') || 'query';
    throw new ApiError(400, 'bad-request', `${where}: ${issue?.message ?? 'invalid'}`);
  }
  const after = unstorable(result.data, []);
  if (after) throw new ApiError(400, 'bad-request', after);
  return result.data;
}
