import { z } from 'zod';
import {
  CODE_ALIASES,
  HISTORICAL_ROWS,
  MEMBER_ROWS,
  NON_STATE_NAMES,
  OBSERVER_ROWS,
  SEAT_SUCCESSIONS,
  type StateRow,
} from './states-data.js';

export { SEAT_SUCCESSIONS, type SeatSuccession } from './states-data.js';

/**
 * UN regional groups as used for elections. The United States belongs to none but attends WEOG
 * as an observer and is counted with it for voting purposes, so it is marked WEOG; Türkiye
 * takes part in both WEOG and Asia-Pacific and counts as WEOG for elections. See
 * docs/reference-data.md.
 */
export const RegionalGroup = z.enum(['African', 'Asia-Pacific', 'EEG', 'GRULAC', 'WEOG', 'none']);
export type RegionalGroup = z.infer<typeof RegionalGroup>;

export const StateKind = z.enum(['member', 'observer', 'historical']);
export type StateKind = z.infer<typeof StateKind>;

export const State = z.object({
  /** ISO 3166-1 alpha-3, a withdrawn ISO code for a former state, or YAR / ZAN (ours). */
  code: z.string().regex(/^[A-Z]{3}$/),
  /** The UN's English short name as it prints it today (for a former state, its last UN name). */
  nameEn: z.string().min(1),
  /** The UN's Chinese short name. */
  nameZh: z.string().min(1),
  group: RegionalGroup,
  kind: StateKind,
  /** Other names the UN has printed for the state over time (Turkey, Russia, Vietnam…). */
  variants: z.array(z.string().min(1)),
  /** Other Chinese names (common short forms such as 美国, 英国, 俄罗斯). */
  variantsZh: z.array(z.string().min(1)).default([]),
});
export type State = z.infer<typeof State>;

/**
 * Folds a printed state name to a lookup key: case, diacritics, apostrophe and dash variants,
 * a leading "the", and the stray space before a possessive ("China ’s") all vanish; "&" reads
 * "and" and "St"/"St." reads "Saint". Han characters are kept, so Chinese names resolve too.
 */
export function stateKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/\s*'s\s*$/, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9\p{Script=Han}]+/gu, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(/\bst\b/g, 'saint');
}

function toState(row: StateRow, kind: StateKind): State {
  const [code, group, nameEn, nameZh, variants = [], variantsZh = []] = row;
  return State.parse({ code, group, nameEn, nameZh, kind, variants, variantsZh });
}

export const STATES: readonly State[] = [
  ...MEMBER_ROWS.map((row) => toState(row, 'member')),
  ...OBSERVER_ROWS.map((row) => toState(row, 'observer')),
  ...HISTORICAL_ROWS.map((row) => toState(row, 'historical')),
];

const byCode = new Map<string, State>();
const byKey = new Map<string, string>();
for (const s of STATES) {
  if (byCode.has(s.code)) throw new Error(`states: duplicate code ${s.code}`);
  byCode.set(s.code, s);
}
for (const s of STATES) {
  for (const name of [s.nameEn, s.nameZh, ...s.variants, ...s.variantsZh]) {
    const key = stateKey(name);
    const prior = byKey.get(key);
    if (key === '' || (prior !== undefined && prior !== s.code)) {
      throw new Error(`states: name "${name}" of ${s.code} folds to "${key}", taken by ${prior}`);
    }
    byKey.set(key, s.code);
  }
}

/** Every folded name the index knows, for tests and diagnostics. */
export function stateKeys(): ReadonlyMap<string, string> {
  return byKey;
}

// Imports call resolveState hundreds of thousands of times with a few hundred distinct strings:
// remember the raw string's answer (bounded, so probing free text cannot grow it without end).
const MEMO_LIMIT = 8192;
const memo = new Map<string, string | null>();

/** The state a printed name refers to, or undefined when the name is not a known state name. */
export function resolveState(printed: string): string | undefined {
  const hit = memo.get(printed);
  if (hit !== undefined) return hit ?? undefined;
  const code = byKey.get(stateKey(printed));
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(printed, code ?? null);
  return code;
}

export function stateByCode(code: string): State | undefined {
  return byCode.get(code);
}

/**
 * A dataset's state code as ours: upper-cased, legacy aliases (GER for the Federal Republic of
 * Germany, ROM, ZAR, TMP, BUR…) mapped; undefined when the code names no state we know.
 */
export function canonicalStateCode(code: string): string | undefined {
  const upper = code.trim().toUpperCase();
  const canonical = CODE_ALIASES[upper] ?? upper;
  return byCode.has(canonical) ? canonical : undefined;
}

const nonStateByKey = new Map(
  Object.entries(NON_STATE_NAMES).map(([name, reason]) => [stateKey(name), reason]),
);

/**
 * Why a name printed in a state column is deliberately not resolved ("(Unknown)", "Taiwan" for
 * the pre-1971 China seat…), or undefined when it is not one of those known non-state names.
 */
export function nonStateReason(printed: string): string | undefined {
  return nonStateByKey.get(stateKey(printed));
}

/**
 * resolveState, then the seat that name stood for on `isoDate` (YYYY-MM-DD; a bare year is
 * compared as the year's first day). Use it for roll-calls, where "Yemen" in 1980 is the Yemen
 * Arab Republic and "Russia" in 1960 is the USSR.
 */
export function resolveStateOn(printed: string, isoDate: string): string | undefined {
  const code = resolveState(printed);
  if (code === undefined) return undefined;
  for (const rule of SEAT_SUCCESSIONS) {
    if (rule.code !== code) continue;
    if (rule.from !== undefined && isoDate < rule.from) continue;
    if (rule.until !== undefined && isoDate >= rule.until) continue;
    return rule.to;
  }
  return code;
}
