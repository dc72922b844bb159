import { z } from 'zod';
import { PressApplication, PressVote } from '../../../domain/ngo-committee.js';
import { SourceDocumentMeta } from '../../../domain/provenance.js';

export interface NgoPressRelease {
  meta: SourceDocumentMeta;
  applications: PressApplication[];
  votes: PressVote[];
}

/** The result's shape as a schema, for importers and the fuzz test. */
export const NgoPressReleaseSchema = z.object({
  meta: SourceDocumentMeta,
  applications: z.array(PressApplication),
  votes: z.array(PressVote),
});
