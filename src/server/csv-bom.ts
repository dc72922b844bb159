import type { FastifyInstance } from 'fastify';
import { withBom } from '../analysis/csv.js';

const NO_BOM = new Set(['false', '0', 'no']);

/**
 * Every CSV the API sends (content-type text/csv) starts with the UTF-8 byte-order mark so a
 * downloaded file opens correctly in Excel (analysis/csv.ts says why); `bom=false` leaves it out.
 * One hook, so a new CSV route gets it without remembering to.
 */
export function addCsvByteOrderMark(app: FastifyInstance): void {
  app.addHook('onSend', async (req, reply, payload) => {
    if (typeof payload !== 'string') return payload;
    const type = String(reply.getHeader('content-type') ?? '');
    if (!type.startsWith('text/csv')) return payload;
    const bom = (req.query as Record<string, unknown> | undefined)?.bom;
    return withBom(payload, !(typeof bom === 'string' && NO_BOM.has(bom.toLowerCase())));
  });
}
