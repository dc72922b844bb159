import {
  STATES,
  canonicalStateCode,
  nonStateReason,
  resolveState,
  stateByCode,
  stateKey,
} from './states.js';
import type { State } from './states.js';
import { stateArgMessage } from './state-arg-message.js';

export { stateArgMessage };

/**
 * A state as a person types it: in a CLI argument (`votes record China`, `upr stats --sur chn`)
 * or an API query parameter. Every command and route resolves states through here, so what is
 * accepted, and what an error says, is the same everywhere.
 *
 * Accepted: an ISO 3166 alpha-3 code in any case (and the legacy dataset aliases canonicalStateCode
 * knows, GER → DEU), or any name the reference table lists for the state — the UN English short
 * name, older UN names and common variants, the UN Chinese name and common Chinese short forms —
 * folded by stateKey (case, diacritics, punctuation). Nothing else is accepted: a partial name
 * that happens to fit one state ("Solomon") is offered as a candidate, not taken, because a figure
 * computed for a guessed state is worse than an error.
 */
export type StateArgErrorKind = 'empty' | 'unknown' | 'ambiguous' | 'not-a-state';

export class StateArgError extends Error {
  constructor(
    readonly kind: StateArgErrorKind,
    readonly input: string,
    /** ambiguous: every state the input is part of a name of; unknown: near spellings. */
    readonly candidates: readonly State[],
    /** not-a-state: why the name is deliberately not resolved (reference data). */
    readonly reason?: string,
  ) {
    super('');
    this.name = 'StateArgError';
    this.message = stateArgMessage(this, 'en');
  }
}

export type StateArgResult = { ok: true; state: State } | { ok: false; error: StateArgError };

const MAX_CANDIDATES = 8;
const HAN = /\p{Script=Han}/u;

interface NameEntry {
  key: string;
  state: State;
}
const NAMES: readonly NameEntry[] = STATES.flatMap((state) =>
  [state.nameEn, state.nameZh, ...state.variants, ...state.variantsZh].map((name) => ({
    key: stateKey(name),
    state,
  })),
);

/** Optimal string alignment distance (Levenshtein plus adjacent transposition), capped. */
function distance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0]!.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]!.push(d);
    }
  }
  return rows[a.length]![b.length]!;
}

// Members before observers before former states, then by UN name: the order a person expects.
const KIND_ORDER = { member: 0, observer: 1, historical: 2 } as const;
function ordered(states: Iterable<State>): State[] {
  return [...new Map([...states].map((s) => [s.code, s])).values()]
    .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.nameEn.localeCompare(b.nameEn))
    .slice(0, MAX_CANDIDATES);
}

/** States with a name the input is a part of: whole words from a word start, or Han substring. */
function partialMatches(key: string): State[] {
  const han = HAN.test(key);
  return ordered(
    NAMES.filter(({ key: name }) =>
      han ? name.includes(key) : ` ${name}`.includes(` ${key}`),
    ).map((n) => n.state),
  );
}

function nearSpellings(key: string): State[] {
  const cap = key.length <= 4 ? 1 : 2;
  const scored = NAMES.map((n) => ({ state: n.state, d: distance(key, n.key, cap) })).filter(
    (x) => x.d <= cap,
  );
  scored.sort((a, b) => a.d - b.d);
  return ordered(scored.map((x) => x.state));
}

export function resolveStateArg(input: string): StateArgResult {
  const raw = input.trim();
  const fail = (kind: StateArgErrorKind, candidates: State[] = [], reason?: string) => ({
    ok: false as const,
    error: new StateArgError(kind, raw, candidates, reason),
  });
  if (raw === '') return fail('empty');
  const code =
    (/^[A-Za-z]{3}$/.test(raw) ? canonicalStateCode(raw) : undefined) ?? resolveState(raw);
  const state = code === undefined ? undefined : stateByCode(code);
  if (state) return { ok: true, state };

  const reason = nonStateReason(raw);
  if (reason !== undefined) return fail('not-a-state', [], reason);
  const key = stateKey(raw);
  if (key === '') return fail('unknown');
  const partial = partialMatches(key);
  if (partial.length > 1) return fail('ambiguous', partial);
  if (partial.length === 1) return fail('unknown', partial);
  return fail('unknown', nearSpellings(key));
}

/** The state, or a StateArgError (message in English; use stateArgMessage for another language). */
export function stateOrThrow(input: string): State {
  const r = resolveStateArg(input);
  if (!r.ok) throw r.error;
  return r.state;
}

/** "CHN,Russia,美国" → the three states, in order; throws on the first item that does not resolve. */
export function resolveStateArgs(input: string): State[] {
  return input
    .split(/[,，]/)
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map(stateOrThrow);
}
