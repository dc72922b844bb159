import type { Command } from 'commander';
import type { CliContext } from '../context.js';

/** `groundpass upr …`: UPR recommendations, responses, search. */
export function registerUpr(program: Command, ctx: CliContext): void {
  void program;
  void ctx;
}
