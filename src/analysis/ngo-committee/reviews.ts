import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.js';

export interface ReviewItem {
  id: number;
  organizationId: number;
  name: string;
  candidateOrganizationId: number;
  candidateName: string;
  similarity: number;
  fileName: string;
  line: number;
}

/** Near-identical organisation names that were kept apart until a person decides. */
export async function openReviews(db: Kysely<Database>): Promise<ReviewItem[]> {
  return db
    .selectFrom('organizationReviews as r')
    .innerJoin('organizations as a', 'a.id', 'r.organizationId')
    .innerJoin('organizations as b', 'b.id', 'r.candidateOrganizationId')
    .innerJoin('sourceDocuments as d', 'd.id', 'r.documentId')
    .select([
      'r.id',
      'r.organizationId',
      'a.name',
      'r.candidateOrganizationId',
      'b.name as candidateName',
      'r.similarity',
      'd.fileName',
      'r.line',
    ])
    .where('r.status', '=', 'open')
    .orderBy('r.similarity', 'desc')
    .orderBy('r.id')
    .execute();
}
