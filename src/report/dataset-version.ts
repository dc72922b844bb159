import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import type { DatasetVersion } from './types.js';

/**
 * The data a report was built from: a SHA-256 over the sorted SHA-256 of every imported source
 * document, one per line. Unlike the store's data version (a counter raised by every write), it
 * depends only on the documents, so two databases that imported the same files give the same
 * version, and so the same report, byte for byte.
 */
export async function datasetVersion(db: Kysely<Database>): Promise<DatasetVersion> {
  const rows = await db.selectFrom('sourceDocuments').select(['sha256', 'kind']).execute();
  const hashes = [...new Set(rows.map((r) => r.sha256))].sort();
  const byKind = new Map<string, number>();
  for (const r of rows) byKind.set(r.kind, (byKind.get(r.kind) ?? 0) + 1);
  return {
    hash: createHash('sha256')
      .update(hashes.map((h) => `${h}\n`).join(''))
      .digest('hex'),
    documents: hashes.length,
    byKind: [...byKind.entries()]
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map(([kind, documents]) => ({ kind, documents })),
  };
}
