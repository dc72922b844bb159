import { z } from 'zod';
import { StateCode } from './ngo-committee.js';
import { Locator } from './provenance.js';

/**
 * Universal Periodic Review recommendations and the state's responses.
 * Unit: one recommendation as the source holds it. In the UPR Info export that is one recommending
 * state's part of a paragraph (so counts agree with the export); in a UN matrix or report it is one
 * numbered paragraph, which may carry several recommending states.
 */

export const UprResponse = z.enum(['supported', 'partially', 'noted', 'rejected', 'pending']);
export type UprResponse = z.infer<typeof UprResponse>;

export const ActionCategory = z.number().int().min(1).max(5);

/** Labels with reasons (DESIGN §4): the rule that fired and the words it matched. */
export const ActionLabel = z.object({
  category: ActionCategory,
  ruleId: z.string(),
  matched: z.string(),
});
export type ActionLabel = z.infer<typeof ActionLabel>;

export const UprThemeLabel = z.object({
  /** a theme in the UPR Info issue vocabulary ("Human rights defenders", "Civil society", …) */
  theme: z.string(),
  /** "source" when the source tagged it, else the rule id */
  ruleId: z.string(),
  matched: z.string(),
});
export type UprThemeLabel = z.infer<typeof UprThemeLabel>;

export const Tone = z.enum(['critical', 'supportive', 'neutral']);
export type Tone = z.infer<typeof Tone>;

export const ToneLabel = z.object({ tone: Tone, ruleId: z.string(), matched: z.string() });
export type ToneLabel = z.infer<typeof ToneLabel>;

/** A recommendation that adopts the reviewed state's own narrative ("combat separatism", …). */
export const NarrativeLabel = z.object({ ruleId: z.string(), matched: z.string() });
export type NarrativeLabel = z.infer<typeof NarrativeLabel>;

export const UprRecommendation = z.object({
  /** stable key within the source: "upr-info:<row>", "matrix:A/HRC/40/6:28.14", … */
  sourceKey: z.string(),
  cycle: z.number().int().min(1).max(4),
  session: z.number().int().positive().nullable(),
  /** state under review */
  sur: StateCode,
  /** recommending states, in the order printed */
  from: z.array(StateCode),
  /** recommending states as printed, for review */
  fromAsPrinted: z.array(z.string()),
  text: z.string(),
  /** language of `text` (BCP 47: en, zh, fr…); search segments Chinese text into words */
  language: z.string().default('en'),
  /** response wording as the source gives it ("Accepted", "accepted and being implemented", …) */
  responseRaw: z.string().nullable(),
  response: UprResponse,
  /** paragraph number in the Working Group report ("28.14"), when known */
  paragraph: z.string().nullable(),
  /** Working Group report symbol (A/HRC/40/6), when known */
  reportSymbol: z.string().nullable(),
  /** where the position comes from (A/HRC/40/6/Add.1 - Para. 2), when known */
  positionSource: z.string().nullable(),
  /** the source's own action category (UPR Info human label), kept apart from ours */
  sourceAction: ActionCategory.nullable(),
  /** the source's own issue/theme tags */
  sourceIssues: z.array(z.string()),
  locator: Locator,
});
export type UprRecommendation = z.infer<typeof UprRecommendation>;

/** What our rules say of a recommendation's wording (machine suggestions, DESIGN §4). */
export const UprClassification = z.object({
  action: ActionLabel,
  themes: z.array(UprThemeLabel),
  tone: ToneLabel,
  narrative: NarrativeLabel.nullable(),
  /** "as recommended previously" and similar wording; close wording across cycles is found in analysis */
  saysRepeated: z.boolean(),
});
export type UprClassification = z.infer<typeof UprClassification>;
