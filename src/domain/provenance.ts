import { z } from 'zod';

/**
 * Where in a source document a record came from. Lines are 1-based and count the lines of the file
 * as stored (header included), so a reader can open the file and find the passage.
 */
export const Locator = z.object({
  line: z.number().int().positive(),
  /** Paragraph number where the document numbers them (e.g. "28.1" in a UPR report). */
  paragraph: z.string().optional(),
  /** PDF page the line is printed on, when the document was read from a PDF */
  page: z.number().int().positive().optional(),
});
export type Locator = z.infer<typeof Locator>;

/** A problem met while parsing: never thrown, always returned with its place. */
export const ParseProblem = z.object({
  file: z.string().optional(),
  line: z.number().int().nonnegative(),
  code: z.string(),
  message: z.string(),
  /** The offending text, cut short, so the reader sees what was not read. */
  excerpt: z.string().optional(),
  /** fatal problems reject the whole document; warnings are reported and the rest is kept. */
  severity: z.enum(['fatal', 'warning']),
});
export type ParseProblem = z.infer<typeof ParseProblem>;

export const SourceDocumentMeta = z.object({
  /** UN symbol such as ECOSOC/6731 or NGO/925, when the document shows one. */
  symbol: z.string().nullable(),
  url: z.string().nullable(),
  title: z.string().nullable(),
  /** ISO date when known; year alone is kept in `year` when only the year is known. */
  date: z.string().nullable(),
  year: z.number().int().nullable(),
  language: z.string().default('en'),
});
export type SourceDocumentMeta = z.infer<typeof SourceDocumentMeta>;
