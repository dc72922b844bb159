import { vocabularyKey } from '../../domain/reprisals-vocabulary.js';

/**
 * One case as a coding system holds it, before it is mapped to our model: its fields by label
 * (Uwazi property label or name), each with the values as the source prints them. Both readers of
 * ISHR's End Reprisals data produce it: the Uwazi API's entity JSON (uwazi-json.ts) and the text of
 * a public entity page (ishr-page.ts); one mapping (ishr-mapping.ts) turns it into a case.
 */
export interface CodedRecord {
  /** Uwazi's sharedId: the same across an entity's language versions */
  sharedId: string | null;
  url: string | null;
  title: string;
  template: string | null;
  language: string | null;
  fields: CodedField[];
  /** 1-based line (page text) or 1-based position in the JSON's list of entities */
  line: number;
}

export interface CodedField {
  /** the label (page) or the property name (API), as found */
  label: string;
  values: string[];
  line: number;
}

/**
 * A label or an Uwazi property name as one lookup key. Uwazi names a property after its label
 * (`safeName`: every character but a–z and 0–9 becomes "_", lower case; newer instances keep more
 * characters), so "Was the victim a minor?" and "was_the_victim_a_minor_" fold to the same key:
 * the vocabulary's own folding does exactly that.
 */
export const fieldKey = vocabularyKey;
