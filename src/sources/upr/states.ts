import { resolveState, stateKey, stateKeys } from '../../domain/reference/states.js';

// The matrices carry a few names split by a stray space ("Sierra Le one", "Plurinational S tate
// of"): a second index on keys without spaces finds them. Built once, on first use.
let compactIndex: Map<string, string> | null = null;

function compact(key: string): string {
  return key.replace(/ /g, '');
}

/** A printed state name as ISO alpha-3, forgiving a space typed inside a word; undefined if unknown. */
export function resolvePrintedState(printed: string): string | undefined {
  const direct = resolveState(printed);
  if (direct !== undefined) return direct;
  if (compactIndex === null) {
    compactIndex = new Map();
    for (const [key, code] of stateKeys()) {
      const c = compact(key);
      const prior = compactIndex.get(c);
      // Two states folding to one compact key would make the fallback a guess: drop both.
      compactIndex.set(c, prior !== undefined && prior !== code ? '' : code);
    }
  }
  const code = compactIndex.get(compact(stateKey(printed)));
  return code === undefined || code === '' ? undefined : code;
}
