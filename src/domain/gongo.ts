import { z } from 'zod';

/*
 * The GONGO evidence register (issue 14): what an indicator, a piece of evidence and an editorial
 * classification are. A classification is a label with reasons (DESIGN §4): an editor, a date, a
 * reason and a source, and never a label other than `unknown` without evidence on record.
 */

/** What a published source can show about an organisation's ties to a State or ruling party. */
export const INDICATORS = [
  'state-funding',
  'leaders-state-posts',
  'state-founded-or-supervised',
  'shared-address-or-staff',
  'named-by-investigation',
] as const;
export const Indicator = z.enum(INDICATORS);
export type Indicator = z.infer<typeof Indicator>;

export const CLASSIFICATIONS = ['independent', 'state-linked', 'gongo', 'unknown'] as const;
export const Classification = z.enum(CLASSIFICATIONS);
export type Classification = z.infer<typeof Classification>;

const URL_PATTERN = /^https?:\/\/[^\s/$.?#][^\s]*$/i;
/** A UN document symbol: A/HRC/55/2, E/2024/32 (Part II), E/C.2/2023/CRP.1, ECOSOC/6731, NGO/925 */
const SYMBOL_PATTERN = /^[A-Z][A-Z0-9.]*(?:\/[A-Za-z0-9.()-]+)+(?: \(Part [IV]+\))?$/;

/** A source is a web address or a UN symbol; anything else is refused. */
export const SourceRef = z
  .string()
  .trim()
  .min(1, 'a source is required')
  .max(2000)
  .refine((s) => URL_PATTERN.test(s) || SYMBOL_PATTERN.test(s), {
    message: 'a source is a URL (https://…) or a UN document symbol (A/HRC/55/2)',
  });

export function isUrl(source: string): boolean {
  return URL_PATTERN.test(source);
}

/** A date as precise as the source gives it: 2025-04-28, 2025-04 or 2025. */
export const SourceDate = z
  .string()
  .trim()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date reads 2025-04-28, 2025-04 or 2025');

/** What an editor records: the indicator, what the source says, where, and when. */
export const EvidenceInput = z
  .object({
    indicator: Indicator,
    /** state-funding only: the share of the organisation's funding from the State or party, 0–1 */
    share: z.number().min(0).max(1).nullable().default(null),
    /** the editor's one-line statement of what the source shows */
    statement: z.string().trim().min(1).max(2000),
    source: SourceRef,
    /** the passage of the source that shows it, quoted */
    passage: z.string().trim().min(1, 'quote the passage that shows it').max(4000),
    sourceDate: SourceDate,
  })
  .superRefine((e, ctx) => {
    if (e.indicator === 'state-funding' && e.share === null)
      ctx.addIssue({
        code: 'custom',
        path: ['share'],
        message: 'state-funding evidence gives the share of funding (0–1, or 40%)',
      });
    if (e.indicator !== 'state-funding' && e.share !== null)
      ctx.addIssue({
        code: 'custom',
        path: ['share'],
        message: 'a share belongs to state-funding evidence only',
      });
  });
export type EvidenceInput = z.infer<typeof EvidenceInput>;

export const ClassificationInput = z.object({
  classification: Classification,
  reason: z.string().trim().min(1, 'say why').max(4000),
  source: SourceRef,
});
export type ClassificationInput = z.infer<typeof ClassificationInput>;

export const NameLanguage = z.enum(['en', 'zh']);
export type NameLanguage = z.infer<typeof NameLanguage>;

export const NameInput = z.object({
  name: z.string().trim().min(1).max(500),
  language: NameLanguage,
  kind: z.enum(['alias', 'abbreviation']).default('alias'),
  source: SourceRef.nullable().default(null),
});
export type NameInput = z.infer<typeof NameInput>;

/** "40%", "0.4" or "40" (a number above 1 is read as a percentage) → 0.4; undefined if neither. */
export function parseShare(text: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(%?)\s*$/.exec(text);
  if (!m) return undefined;
  const n = Number(m[1]);
  const share = m[2] === '%' || n > 1 ? n / 100 : n;
  return share >= 0 && share <= 1 ? share : undefined;
}
