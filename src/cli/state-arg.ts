import {
  resolveStateArg,
  resolveStateArgs,
  StateArgError,
} from '../domain/reference/states-arg.js';
import { CliFailure } from './context.js';
import type { Messages } from './messages.js';

/**
 * Commander argument parsers for a state, the same in every command: an ISO 3166 alpha-3 code in
 * any case or a UN name in English or Chinese (resolveStateArg). A name that fits no state or
 * several is a usage error (exit 2) that lists the candidates.
 */
export function stateArg(t: Messages) {
  return (value: string): string => {
    const r = resolveStateArg(value);
    if (!r.ok) throw new CliFailure(t.badState(r.error), 2);
    return r.state.code;
  };
}

/** "CHN,Russia,美国" → ["CHN", "RUS", "USA"]. */
export function stateListArg(t: Messages) {
  return (value: string): string[] => {
    try {
      return resolveStateArgs(value).map((s) => s.code);
    } catch (e) {
      if (e instanceof StateArgError) throw new CliFailure(t.badState(e), 2);
      throw e;
    }
  };
}
