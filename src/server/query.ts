import { z } from 'zod';
import { ApiError } from './errors.js';

export const yearParam = z.coerce.number().int().min(1900).max(2100);
export const pageParams = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
};

/** Validates a query string against a schema; a bad parameter is a 400 naming it. */
export function parseQuery<T extends z.ZodType>(schema: T, query: unknown): z.infer<T> {
  const result = schema.safeParse(query);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.join('.') || 'query';
    throw new ApiError(400, 'bad-request', `${where}: ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}
