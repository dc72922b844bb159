/** Response shapes shared by every part of the OpenAPI document (src/server/openapi.ts). */

/** A JSON answer. */
export const jsonResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { type: 'object' } } },
});

/** Every error, whatever raised it: the code says what happened, the message says it in words. */
export const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});
