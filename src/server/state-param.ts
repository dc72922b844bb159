import { z } from 'zod';
import {
  resolveStateArg,
  resolveStateArgs,
  StateArgError,
} from '../domain/reference/states-arg.js';

/**
 * A state in a query or path parameter, read as every CLI command reads it
 * (domain/reference/states-arg.ts): ISO alpha-3 in any case or a UN name in English or Chinese.
 * Yields the code; an ambiguous or unknown name is a 400 whose message lists the candidates.
 */
export const stateParam = z.string().transform((v, ctx) => {
  const r = resolveStateArg(v);
  if (!r.ok) {
    ctx.addIssue({ code: 'custom', message: r.error.message });
    return z.NEVER;
  }
  return r.state.code;
});

/** "CHN,Russia,美国" → codes, for parameters that take several states. */
export const stateListParam = z.string().transform((v, ctx) => {
  try {
    return resolveStateArgs(v).map((s) => s.code);
  } catch (e) {
    if (!(e instanceof StateArgError)) throw e;
    ctx.addIssue({ code: 'custom', message: e.message });
    return z.NEVER;
  }
});
