import { z } from 'zod';
import { PressApplication, PressVote } from '../../../domain/ngo-committee.js';
import { SourceDocumentMeta } from '../../../domain/provenance.js';

export interface NgoPressRelease {
  meta: SourceDocumentMeta;
  /** the session the lead paragraph names (NGO-2019-regular), when it names one */
  session: string | null;
  applications: PressApplication[];
  votes: PressVote[];
}

/** The result's shape as a schema, for importers and the fuzz test. */
export const NgoPressReleaseSchema = z.object({
  meta: SourceDocumentMeta,
  session: z
    .string()
    .regex(/^NGO-\d{4}-(regular|resumed)$/)
    .nullable(),
  applications: z.array(PressApplication),
  votes: z.array(PressVote),
});
